import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// Logging as you go reaches the training log: a set logged on the rest screen is stored as logged, a
/// set corrected to nothing leaves the log, and an exercise with no set done reads "skipped".
@Suite struct LogAsYouGoHeadlessTests {
    /// A session begun in the store, in the change of sides after the first set of the bridge (left).
    static func afterTheFirstSet(_ app: TestApp) throws -> (SessionPersistence, SessionEngine, Int64) {
        let persistence = app.persistence()
        var engine = SessionEngine(plan: everyStepPlan())
        _ = engine.start(at: at(0))
        try persistence.begin(engine)
        _ = engine.handle(.tick, at: at(23))
        let id = try #require(try app.context.store.sessions().first?.id)
        return (persistence, engine, id)
    }

    /// Skips every step from `start` seconds on, logging the planned entry where one is due, saving after each.
    static func skipToTheEnd(_ engine: inout SessionEngine, from start: Double, persistence: SessionPersistence) throws {
        var now = start
        while !engine.isEnded {
            now += 1
            if engine.isAwaitingLog, let item = engine.currentStep.item {
                _ = engine.handle(.log(.planned(for: engine.plan.items[item])), at: at(now))
            } else {
                _ = engine.handle(.skip, at: at(now))
            }
            try persistence.save(engine)
        }
    }

    /// everyStepPlan: ready 0–10, bridge set 1 left 10–22 (3 reps × 4 s), change of sides 22–32.
    @Test func aSetCorrectedToNothingLeavesTheLogAndTheSessionReadsSkipped() throws {
        let app = try TestApp()
        var (persistence, engine, id) = try Self.afterTheFirstSet(app)
        #expect(engine.setJustDone == SetPosition(item: 0, set: 1, side: .left))
        try persistence.save(engine)
        #expect(try app.context.store.sets(session: id).map(\.reps) == [3])

        _ = engine.handle(.logSet(item: 0, try SetEntry(set: 1, side: .left, reps: 0)), at: at(24))
        try persistence.save(engine)
        #expect(try app.context.store.sets(session: id).isEmpty)

        try Self.skipToTheEnd(&engine, from: 25, persistence: persistence)
        let session = try #require(try app.context.store.sessions().first)
        #expect(session.status == .completed)
        #expect(session.notes?.contains("Skipped: Single-leg glute bridge, Side plank.") == true)
        #expect(try app.context.store.sets(session: id).isEmpty)
        let text = HistoryText.plain(try HistoryAction.loggedSessions(app.context.store), names: [:])
        #expect(text.contains("Every step, skipped"))
        #expect(!text.contains("completed"))
    }

    /// A load logged on the rest screen is the set's own: the form's entry at the end does not replace it.
    @Test func aSetsOwnLoadIsStored() throws {
        let app = try TestApp()
        var (persistence, engine, id) = try Self.afterTheFirstSet(app)
        _ = engine.handle(.logSet(item: 0, try SetEntry(set: 1, side: .left, reps: 3, loadKg: 8)), at: at(24))
        try persistence.save(engine)
        #expect(try app.context.store.sets(session: id).map(\.loadKg) == [8])
    }
}

private func at(_ seconds: Double) -> Moment { .seconds(seconds) }
