import Testing
@testable import LegworkKit

/// The overview's swap and leave-out while getting ready: the plan changes, the run stays one run.
@Suite struct SessionReplanTests {
    func plan() -> SessionPlan {
        var items = [repsItem("a", sets: 1, reps: 2, rest: 0, name: "A"), repsItem("b", sets: 1, reps: 2, rest: 0, name: "B"),
                     repsItem("c", sets: 1, reps: 2, rest: 0, name: "C")]
        items[0].supersetWithNext = true
        return strengthPlan(items)
    }

    @Test func leavingOutRemovesTheExerciseAndRecordsIt() {
        let left = plan().leavingOut(1)
        #expect(left.items.map(\.cardID) == ["a", "c"])
        #expect(left.leftOut == ["B"])
        #expect(left.items[0].supersetWithNext == nil, "a superset that lost its half is no longer one")
        #expect(left.leavingOut(0).leavingOut(0).items.count == 1, "the last exercise is never left out")
        #expect(SessionPlan.leftOutSentence(left.leftOut ?? []) == "Left out today: B.")
    }

    @Test func replanningKeepsTheRunAndRestartsTheGetReady() throws {
        var engine = SessionEngine(plan: plan())
        _ = engine.start(at: at(0))
        let (next, cues) = try #require(engine.replanned(plan().leavingOut(2), at: at(6)))
        #expect(next.startedAt == engine.startedAt)
        #expect(next.plan.items.count == 2)
        #expect(next.currentStep.kind == .getReady)
        #expect(next.status(at: at(6)).remaining == .seconds(10))
        #expect(cues.first == .bell)
        #expect(next.summary.activeTime == .seconds(6), "the get-ready already spent stays spent")
        #expect(next.summary.leftOut == ["C"])
    }

    @Test func noReplanOnceTheFirstSetHasBegun() {
        var engine = SessionEngine(plan: plan())
        _ = engine.start(at: at(0))
        _ = engine.handle(.tick, at: at(11))
        #expect(engine.replanned(plan().leavingOut(2), at: at(11)) == nil)
    }

    @Test func theEasierVariantFollowsTheChainThroughTheGate() throws {
        let catalog = try Catalog.bundled()
        let mat = Profile(equipment: [.mat])
        let easier = try #require(TodaySession.easierVariant(of: "goblet_squat", catalog: catalog, profile: mat, level: .beginner) { _ in true })
        #expect(easier.cardID == "wall_sit")
        #expect(easier.why?.contains("easier variant") == true)
        // The gate has the last word: a variant it blocks is passed over.
        let blocked = TodaySession.easierVariant(of: "goblet_squat", catalog: catalog, profile: mat, level: .beginner) { $0.id != "wall_sit" }
        #expect(blocked?.cardID != "wall_sit")
        #expect(TodaySession.easierVariant(of: "wall_sit", catalog: catalog, profile: mat, level: .beginner) { _ in true } == nil)
    }
}
