import LegworkKit
import LegworkTUI

/// `legwork intake`: the profile form on its own (also the first screen of a first run).
package enum IntakeAction {
    package static func run(settings: AppSettings) throws {
        let context = try AppContext.open(settings)
        let before = try context.profile()
        try Interactive.run(root: IntakeScreen(profile: before, today: context.today()), context: context)
        // The form has closed with the terminal: say what became of the answers.
        let after = try? context.profile()
        Output.print(after != nil && after != before ? "Profile saved: your plan follows it from now on." : "Profile not changed.")
    }

    /// The first screen of `legwork`: the home menu, or the intake leading to it when no profile is stored.
    /// Only whether a profile is stored is asked: the home menu does not need it decoded, and decoding
    /// JSON at start costs memory the home screen does not otherwise use. A damaged profile is reported
    /// where it is read (the plan, the profile form, today's session). The home menu's line for today
    /// reads the plan right after the first frame, so the catalog is read ahead on another core meanwhile.
    static func firstScreen(_ context: AppContext) throws -> any Screen {
        guard try !context.hasProfile() else {
            AppContext.readCatalogAhead()
            return HomeScreen()
        }
        // The home menu replaces the form, so it gets the same test wrapping the root screen gets.
        return IntakeScreen(profile: nil, today: context.today(), onDone: .replace(FaultInjectingScreen.wrap(HomeScreen())),
                            onLeave: [.notice(Self.skippedNotice)])
    }

    /// Said on the home menu when the first-run form is left without a profile.
    static let skippedNotice = "No profile saved: sessions are general until you fill in Profile on this menu."
}
