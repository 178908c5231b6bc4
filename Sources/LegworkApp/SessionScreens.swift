import Foundation
import LegworkKit
import LegworkTUI

/// The screen side of `legwork session`, `legwork stretch` and `legwork` alone: the first screen (the
/// resume question when one was interrupted), then the app loop.
package enum SessionScreens {
    /// `legwork session` on the screens: the resume question when a strength session was interrupted,
    /// else the strength door (check-in, gate, runner). The benchmark options start the runner directly,
    /// still through the gate.
    static func run(_ request: StrengthRequest, launch: SessionLaunch, voice: Bool, exitAtEnd: Bool, startAtRest: Bool) throws {
        let sessions = SessionStart(context: launch.context, voice: voice, exitAtEnd: exitAtEnd)
        guard exitAtEnd || startAtRest else {
            try runWithResume(launch: launch, sessions: sessions, otherwise: sessions.strength(request))
            return
        }
        guard case let .run(plan, _) = try StrengthDoor.resolve(request, context: launch.context, checkIn: nil) else {
            throw Failure("no strength session to time today (see `legwork session \(request)`)")
        }
        var engine = SessionEngine(plan: plan)
        if exitAtEnd, !startAtRest {
            // A timer run to exit counts from the command's start, like any timer command: moment zero
            // is the process start, so start-up does not push the end back.
            _ = engine.start(at: .origin)
        }
        if startAtRest {
            // Start now, then skip to the first rest: the runner shows a running engine at once.
            let now = launch.clock.now()
            _ = engine.start(at: now)
            while !engine.isEnded, engine.currentStep.kind != .rest { _ = engine.handle(.skip, at: now) }
        }
        try runWithResume(launch: launch, sessions: sessions, otherwise: sessions.runner(engine))
    }

    static func runStretch(launch: SessionLaunch, routine: StretchRoutine, voice: Bool, exitAtEnd: Bool, notes: [String] = []) throws {
        let sessions = SessionStart(context: launch.context, voice: voice, exitAtEnd: exitAtEnd)
        // --exit-at-end is a timer that runs by itself (benchmarks): no list to confirm first.
        let start: any Screen
        if exitAtEnd {
            var engine = routine.sessionEngine(catalog: launch.context.catalog)
            _ = engine.start(at: .origin)   // counts from the command's start (see `run`)
            start = sessions.runner(engine)
        } else {
            start = sessions.stretchStart(routine, notes: notes)
        }
        try runWithResume(launch: launch, sessions: sessions, otherwise: start)
    }

    /// `legwork` alone: the home screen, or first the question whether to resume an interrupted session.
    package static func runHome(context: AppContext) throws {
        let launch = try SessionLaunch(context: context, fresh: false, kinds: [.strength, .stretch], today: context.today())
        try runWithResume(launch: launch, sessions: SessionStart(context: context), otherwise: IntakeAction.firstScreen(context))
    }

    /// Runs `otherwise`, or first asks whether to resume the interrupted session; before either, says
    /// which sessions of an earlier day were set aside (on standard error for a timer run that exits
    /// by itself, which must not wait for a key).
    static func runWithResume(launch: SessionLaunch, sessions: SessionStart, otherwise: any Screen) throws {
        var root = otherwise
        if let pending = launch.pending {
            launch.persistence.expectResume(pending)
            root = sessions.resumeQuestion(pending, otherwise: otherwise)
        }
        if !launch.setAside.isEmpty {
            if sessions.exitAtEnd {
                for message in launch.setAside { Output.error("legwork: \(message)") }
            } else {
                root = SessionStart.setAsideNote(launch.setAside, then: root)
            }
        }
        try Interactive.run(root: root, context: launch.context, launch: launch, voice: sessions.voice, exitAtEnd: sessions.exitAtEnd)
    }
}
