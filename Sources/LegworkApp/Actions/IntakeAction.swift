import LegworkKit
import LegworkTUI

/// `legwork intake`: the profile form on its own (also the first screen of a first run).
package enum IntakeAction {
    package static func run(settings: AppSettings) throws {
        let context = try AppContext.open(settings)
        try Interactive.run(root: IntakeScreen(profile: context.profile(), today: context.today()), context: context)
    }

    /// The first screen of `legwork`: the home menu, or the intake leading to it when no profile is stored.
    /// Only whether a profile is stored is asked: the home menu does not need it decoded, and decoding
    /// JSON at start costs memory the home screen does not otherwise use. A damaged profile is reported
    /// where it is read (the plan, the profile form, today's session).
    static func firstScreen(_ context: AppContext) throws -> any Screen {
        guard try !context.hasProfile() else { return HomeScreen() }
        // The home menu replaces the form, so it gets the same test wrapping the root screen gets.
        return IntakeScreen(profile: nil, today: context.today(), onDone: .replace(FaultInjectingScreen.wrap(HomeScreen())))
    }
}
