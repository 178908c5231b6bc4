import Foundation
import LegworkKit
import LegworkStore
import LegworkTUI

/// What `legwork session` and `legwork stretch` share: the clock, the persistence, the pending session
/// (resumed, or discarded with --fresh) and the plain runner.
struct SessionLaunch {
    let context: AppContext
    let clock: SystemClock
    let persistence: SessionPersistence
    /// The session a kill left behind today, unless --fresh discarded it.
    let pending: PersistedSession?
    /// What to tell the runner about interrupted sessions of an earlier day, set aside at launch.
    let setAside: [String]

    /// - Parameters:
    ///   - kinds: the kinds of interrupted session this door resumes, first found first: `session`
    ///     resumes strength only, `stretch` a stretch routine only, Home either. `fresh` discards those kinds.
    ///   - starting: a session or stretch command, which takes the store's session lock first (and ends
    ///     with a message when another copy of Legwork runs a session). Other launches (home, browse) only
    ///     look: while another copy runs a session, its snapshot is not offered for resuming.
    ///   - today: the runner's date: a session interrupted on an earlier day is set aside, not resumed.
    init(context: AppContext, fresh: Bool, kinds: [SessionPlan.Kind], starting: Bool = false, today: CalendarDate) throws {
        self.context = context
        clock = SystemClock(speed: context.settings.speed, origin: ProgramStart.instant)
        persistence = SessionPersistence(store: context.store, wall: WallClockMapping(now: clock.now(), speed: context.settings.speed))
        if starting {
            try SessionLock.acquire(context.store)
        } else if SessionLock.heldElsewhere(context.store) != nil {
            pending = nil
            setAside = []
            return
        }
        (pending, setAside) = try SessionPersistence.resumable(context: context, kinds: kinds, fresh: fresh, today: today)
    }

    /// The pending session's engine, resumed at the start of the step that was running, adopted by the
    /// persistence so its log row continues.
    func resumedEngine(_ pending: PersistedSession) throws -> SessionEngine {
        let engine: SessionEngine
        do {
            engine = try SessionEngine(resuming: pending.snapshot, at: clock.now())
        } catch {
            throw Failure("the saved session cannot be resumed (\(error)); start with --fresh to discard it")
        }
        try persistence.adopt(pending, engine: engine)
        return engine
    }

    /// Runs `--plain`: the pending session when there is one (saying so), else `fresh()` after `preface`.
    /// The session runs in the app loop of the screens, through the line front-end (`LineTerminal`).
    func runPlain(voice: Bool, startAtRest: Bool = false, input: PlainInput? = nil, fresh: () throws -> (SessionEngine, [String])) throws {
        let origin = PlainLines(origin: clock.now())
        let speech = Speech.start(enabled: voice) { PlainOutput.write(origin.at(clock.now(), "Note: \($0)")) }
        defer { speech?.stop() }
        var engine: SessionEngine
        if let pending {
            engine = try resumedEngine(pending)
            PlainOutput.write(origin.at(clock.now(), "Resuming \"\(engine.plan.title)\" at \"\(SessionStart.resumePoint(engine.currentStep, engine: engine))\" "
                + "(stopped \(pending.savedAt.iso8601)); --fresh discards it and starts anew."))
        } else {
            let (fresh, preface) = try fresh()
            engine = fresh
            for line in preface { PlainOutput.write(line) }
            if startAtRest {
                // The benchmark's start: at the first rest, at once.
                let now = clock.now()
                _ = engine.start(at: now)
                while !engine.isEnded, engine.currentStep.kind != .rest { _ = engine.handle(.skip, at: now) }
            }
        }
        var environment = LegworkEnvironment(context: context)
        environment.launch = self
        let terminal = LineTerminal(input: input ?? PlainInput(), origin: pending == nil ? nil : origin.origin, emit: PlainOutput.write)
        let root = LineSessionScreen(runner: SessionRunnerScreen(engine: engine, voice: voice, unit: (try? context.loadUnit()) ?? .kg))
        let runtime = Runtime(program: App(environment: environment), model: App.Model(root: root), terminal: terminal, clock: clock,
                              speak: { speech?.say($0) })
        let status = try runtime.run()
        if let failure = (runtime.model.stack.first as? LineSessionScreen)?.failure { throw Failure(failure) }
        if status != 0 { throw ExitStatus(status) }
    }
}

/// Lines to standard output, unbuffered, so a pipe or a screen reader gets each one as it happens.
/// A failed write ends the program (`Output`): the session is saved step by step and resumes later.
enum PlainOutput {
    static func write(_ line: String) { Output.print(line) }
}

// The clock is only read, the persistence locks its own state and the context is shareable: the launch
// may cross into the app loop with the environment.
extension SessionLaunch: @unchecked Sendable {}
