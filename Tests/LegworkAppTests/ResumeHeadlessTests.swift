import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// A session killed at any kind of step resumes there: the snapshot saved after each completed step is
/// read back by a new launch, the question says where it continues, and Enter opens the runner at it.
@Suite struct ResumeHeadlessTests {
    enum Kind: String, CaseIterable { case getReady, rep, hold, switchSides, rest, logForm }

    static func matches(_ kind: Kind, _ engine: SessionEngine) -> Bool {
        let step = engine.currentStep
        switch (kind, step.kind, step.work) {
        case (.getReady, .getReady, _), (.switchSides, .switchSides, _), (.rest, .rest, _), (.logForm, .log, _): return true
        case (.rep, .work, .reps?): return true
        case (.hold, .work, .timed?): return true
        default: return false
        }
    }

    /// Runs `plan` as the runner would, saving after each completed step, until a step of `kind` is current.
    static func runUntil(_ kind: Kind, persistence: SessionPersistence) throws -> (SessionEngine, Moment) {
        var engine = SessionEngine(plan: everyStepPlan())
        var now = Moment.origin
        _ = engine.start(at: now)
        try persistence.begin(engine)
        while !matches(kind, engine) {
            try #require(!engine.isEnded, "no \(kind) step")
            let before = engine.stepIndex
            if engine.isAwaitingLog, let item = engine.currentStep.item {
                _ = engine.handle(.log(.planned(for: engine.plan.items[item])), at: now)
            } else {
                now = now + (engine.status(at: now).remaining ?? .seconds(1))
                _ = engine.handle(.tick, at: now)
            }
            if engine.stepIndex != before { try persistence.save(engine) }
        }
        return (engine, now)
    }

    @Test(arguments: Kind.allCases) func aKilledSessionResumesAtTheStepItWasOn(_ kind: Kind) throws {
        let app = try TestApp()
        let (killed, _) = try Self.runUntil(kind, persistence: app.persistence())
        // The process is gone; a new launch finds what was saved.
        let pending = try #require(try SessionPersistence.pending(in: app.context.store, kind: .strength))
        #expect(pending.snapshot.stepIndex == killed.stepIndex)
        #expect(try SessionPersistence.pending(in: app.context.store, kind: .stretch) == nil, "a strength session is not a stretch")

        let question = SessionStart(context: app.context).resumeQuestion(pending, otherwise: HomeScreen())
        let words = SessionStart.resumePoint(killed.currentStep, engine: killed)
        #expect((question as? ChoiceScreen)?.lines.contains("It continues at: \(words).") == true)

        let tui = App(environment: app.environment)
        var model = App.Model(root: question)
        let later = Moment.seconds(3_600)
        try drive(tui, &model, .start, at: later)
        try drive(tui, &model, .resize(Size(width: 80, height: 24)), at: later)
        try drive(tui, &model, .key(.enter), at: later)
        let runner = try #require(model.top as? SessionRunnerScreen)
        #expect(runner.engine.stepIndex == killed.stepIndex)
        #expect(Self.matches(kind, runner.engine))
        #expect(runner.engine.records == killed.records, "the sets done before the kill are kept")
        #expect(runner.engine.logs == killed.logs)
        // A set (a rep or a hold) interrupted part-way waits for the runner, paused; other steps run on.
        #expect(runner.engine.isPaused == (kind == .rep || kind == .hold))
    }

    /// `n` closes the interrupted session as stopped early and goes on to the other screen.
    @Test func startingAnewClosesTheInterruptedSession() throws {
        let app = try TestApp()
        _ = try Self.runUntil(.rest, persistence: app.persistence())
        let pending = try #require(try SessionPersistence.pending(in: app.context.store, kind: .strength))
        var environment = app.environment
        environment.launch = nil
        let tui = App(environment: environment)
        var model = App.Model(root: SessionStart(context: app.context).resumeQuestion(pending, otherwise: HomeScreen()))
        try drive(tui, &model, .start, at: .origin)
        // The launch discards through its persistence; here the store is asked directly.
        try SessionPersistence.discard(pending, in: app.context.store)
        try drive(tui, &model, .key(.character("n")), at: .origin)
        #expect(model.top is HomeScreen)
        #expect(try SessionPersistence.pending(in: app.context.store, kind: .strength) == nil)
        let logged = try app.context.store.sessions(limit: 5)
        #expect(logged.first?.status == .abandoned)
    }

    /// A stretch routine is saved under its own key: resuming it never takes a strength session's place.
    @Test func aStretchResumesOnItsOwn() throws {
        let app = try TestApp()
        _ = try Self.runUntil(.hold, persistence: app.persistence())
        let routine = try StretchRoutineBuilder.build(minutes: 5, focus: nil, injuries: [], level: .beginner)
        var stretch = routine.sessionEngine(catalog: app.context.catalog)
        _ = stretch.start(at: .origin)
        let persistence = app.persistence()
        try persistence.begin(stretch)
        _ = stretch.handle(.tick, at: .origin + (stretch.status(at: .origin).remaining ?? .seconds(1)))
        try persistence.save(stretch)
        let strength = try #require(try SessionPersistence.pending(in: app.context.store, kind: .strength))
        let pendingStretch = try #require(try SessionPersistence.pending(in: app.context.store, kind: .stretch))
        #expect(strength.snapshot.plan.kind == .strength)
        #expect(pendingStretch.snapshot.plan.kind == .stretch)
        #expect(pendingStretch.snapshot.stepIndex == stretch.stepIndex)
        let resumed = try SessionEngine(resuming: pendingStretch.snapshot, at: .seconds(100))
        #expect(resumed.currentStep == stretch.currentStep)
    }
}
