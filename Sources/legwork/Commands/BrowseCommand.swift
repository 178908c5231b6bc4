import ArgumentParser
import LegworkKit
import LegworkTUI

/// `legwork browse`: the exercise browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse the exercise cards: filter, search, open a card.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext.open(global)
        try context.checkCatalog()
        try Interactive.run(root: BrowseCommand.screen(context), context: context)
    }

    /// The browser for this runner: the profile's equipment for the "mine" filter, its level marked.
    static func screen(_ context: AppContext) throws -> BrowserScreen {
        let profile = try context.profile()
        return BrowserScreen(catalog: context.catalog, myEquipment: profile?.equipment, level: profile?.level)
    }
}
