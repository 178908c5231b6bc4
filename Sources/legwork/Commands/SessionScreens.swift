import Foundation
import LegworkKit
import LegworkTUI

/// The screen side of `legwork session` and `legwork stretch`.
enum SessionScreens {
    static func run(launch: SessionLaunch, voice: Bool, exitAtEnd: Bool, startAtRest: Bool, fresh: () throws -> SessionEngine) throws {
        throw Failure("the session screen is not in this build yet: add --plain")
    }

    static func runStretch(launch: SessionLaunch, routine: StretchRoutine, voice: Bool, exitAtEnd: Bool) throws {
        throw Failure("the stretch screen is not in this build yet: add --plain")
    }
}
