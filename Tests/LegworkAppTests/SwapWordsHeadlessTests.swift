import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// What a session swaps for the runner's equipment is said in plain words, and the overview never asks
/// for gear the runner does not own.
@Suite struct SwapWordsHeadlessTests {
    static func matOnly() -> Profile {
        var profile = DoorsHeadlessTests.runner()
        profile.injuries = []
        profile.equipment = [.mat]
        return profile
    }

    @Test func aOneCardSessionSaysWhatStandsInAndTheOverviewFetchesOnlyWhatTheRunnerOwns() throws {
        let app = try TestApp()
        try app.context.saveProfile(Self.matOnly(), today: app.context.today())
        guard case let .run(plan, preface) = try StrengthDoor.resolve(.card("goblet_squat"), context: app.context, checkIn: nil) else {
            Issue.record("the goblet squat should run with a backpack")
            return
        }
        #expect(plan.items.map(\.cardID) == ["goblet_squat"])
        #expect(preface.contains("Tempo goblet squat needs dumbbells: a loaded backpack hugged to the chest instead."))
        #expect(plan.items.allSatisfy { $0.dose.load?.words.contains("dumbbell") != true })

        let runner = try #require(SessionStart(context: app.context).runner(SessionEngine(plan: plan)) as? SessionRunnerScreen)
        let overview = SessionOverview(engine: runner.engine, equipment: runner.equipment, standIns: runner.standIns)
        #expect(overview.fetch.isEmpty)
        #expect(overview.standIns == ["Tempo goblet squat needs dumbbells: a loaded backpack hugged to the chest instead."])
    }

    @Test func aRunnerWithTheGearHearsOfNoSwap() throws {
        let app = try TestApp()
        var profile = Self.matOnly()
        profile.equipment = [.mat, .dumbbells]
        try app.context.saveProfile(profile, today: app.context.today())
        guard case let .run(plan, preface) = try StrengthDoor.resolve(.card("goblet_squat"), context: app.context, checkIn: nil) else {
            Issue.record("the goblet squat should run")
            return
        }
        #expect(!preface.contains { $0.contains("instead") })
        let runner = try #require(SessionStart(context: app.context).runner(SessionEngine(plan: plan)) as? SessionRunnerScreen)
        #expect(SessionOverview(engine: runner.engine, equipment: runner.equipment, standIns: runner.standIns).fetch == [.dumbbells])
    }

    /// An exercise left out from the overview is recorded as left out in the training log.
    @Test func anExerciseLeftOutIsRecordedAsSuch() throws {
        let app = try TestApp()
        let persistence = app.persistence()
        var engine = SessionEngine(plan: everyStepPlan())
        _ = engine.start(at: .origin)
        try persistence.begin(engine)
        engine = try #require(engine.replanned(everyStepPlan().leavingOut(1), at: .seconds(2))).engine
        try persistence.save(engine)
        try LogAsYouGoHeadlessTests.skipToTheEnd(&engine, from: 3, persistence: persistence)
        let sessions = try app.context.store.sessions()
        #expect(sessions.count == 1, "one run, one row")
        #expect(sessions.first?.notes?.contains("Left out today: Side plank.") == true)
    }
}
