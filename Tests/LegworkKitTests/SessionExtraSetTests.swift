import Testing
@testable import LegworkKit

/// A side the strength check found behind does one more set alone, and that set is logged as its own
/// set on that side: by the count, by the rest screen's stepper and by the form's correction.
@Suite struct SessionExtraSetTests {
    /// Step-up 2 × 8 per side at 3-1-1, one more set on the left.
    static func engine() -> SessionEngine {
        var item = repsItem("step_up", sets: 2, reps: 8, rest: 30, unilateral: true, name: "Step-up")
        item.extraSetSide = .left
        var engine = SessionEngine(plan: strengthPlan([item, holdItem("plank", sets: 1, seconds: 30, rest: 0)]))
        _ = engine.start(at: at(0))
        return engine
    }

    @Test func theExtraSetIsCountedAsTheThirdSetOnTheLeftAlone() throws {
        var engine = Self.engine()
        var t = 0.0
        while engine.currentStep.kind != .log, t < 2000 {
            t += 1
            _ = engine.handle(.tick, at: at(t))
        }
        let extra = engine.records.filter { $0.set == 3 }
        #expect(extra.map(\.side) == [.left])
        #expect(extra.first?.reps == 8)
        #expect(engine.positions(of: 0).last == SetPosition(item: 0, set: 3, side: .left))
    }

    @Test func theExtraSetTakesItsOwnEntryAndNoOtherSideDoes() throws {
        var engine = Self.engine()
        _ = engine.handle(.logSet(item: 0, try SetEntry(set: 3, side: .left, reps: 6)), at: at(1))
        _ = engine.handle(.logSet(item: 0, try SetEntry(set: 3, side: .right, reps: 6)), at: at(1))
        _ = engine.handle(.logSet(item: 0, try SetEntry(set: 4, side: .left, reps: 6)), at: at(1))
        #expect(engine.records.map { [$0.set, $0.reps ?? -1] } == [[3, 6]])
        #expect(engine.records.first?.side == .left)
    }
}
