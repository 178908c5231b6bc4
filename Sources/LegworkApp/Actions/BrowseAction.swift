import LegworkKit
import LegworkTUI

/// `legwork browse`: the exercise browser.
package enum BrowseAction {
    package static func run(settings: AppSettings) throws {
        let context = try AppContext.open(settings)
        try context.checkCatalog()
        try Interactive.run(root: screen(context), context: context)
    }

    /// The browser for this runner: the profile's equipment for the "mine" filter, its level marked.
    static func screen(_ context: AppContext) throws -> BrowserScreen {
        let profile = try context.profile()
        return BrowserScreen(catalog: context.catalog, myEquipment: profile?.equipment, level: profile?.level)
    }
}
