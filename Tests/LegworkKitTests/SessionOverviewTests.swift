import LegworkKit
import Testing

@Suite struct SessionOverviewTests {
    @Test func listsEachExerciseItsEquipmentOnceAndTheTime() {
        let engine = SessionEngine(plan: strengthPlan([
            repsItem("glute_bridge", sets: 3, reps: 12, rest: 60),
            repsItem("lateral_walk", sets: 2, reps: 10, rest: 45, unilateral: true),
            holdItem("front_plank", sets: 2, seconds: 30, rest: 30),
        ]))
        let overview = SessionOverview(engine: engine, equipment: ["glute_bridge": [.mat], "lateral_walk": [.miniBand, .mat], "front_plank": [.mat]])
        #expect(overview.lines.map(\.name) == ["Glute Bridge", "Lateral Walk", "Front Plank"])
        #expect(overview.lines.map(\.dose) == ["3 × 12", "2 × 10 per side", "2 × 30 s"])
        #expect(overview.fetch == [.mat, .miniBand])
        #expect(overview.total == engine.plannedTotal)
        #expect(overview.totalText == "about \(Int((engine.plannedTotal.seconds / 60).rounded(.up))) min")
        #expect(SessionOverview.warmUp.contains("3–5 min"))
    }

    @Test func bodyWeightNeedsNothingFetched() {
        let overview = SessionOverview(engine: SessionEngine(plan: strengthPlan([holdItem("wall_sit", sets: 1, seconds: 30, rest: 0)])), equipment: [:])
        #expect(overview.fetch.isEmpty)
        #expect(overview.lines.first?.equipment == [])
    }
}
