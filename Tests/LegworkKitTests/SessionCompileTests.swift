import Testing
@testable import LegworkKit

/// A compact picture of compiled steps: "work 1.2L 40" = item 1, set 2, left side, 40 s.
private func shape(_ steps: [SessionStep]) -> [String] {
    steps.map { step in
        let secs = step.seconds.map { " \($0)" } ?? ""
        let side = step.side.map { $0 == .left ? "L" : "R" } ?? ""
        switch step.kind {
        case .getReady: return "ready\(secs)"
        case .work: return "work \(step.item!).\(step.set!)\(side)\(secs)"
        case .switchSides: return "switch\(secs)"
        case .rest: return "rest\(secs)"
        case .log: return "log \(step.item!)"
        case .transition: return "move \(step.item!)\(secs)"
        case .done: return "done"
        }
    }
}

@Suite struct SessionCompileTests {
    @Test func strengthPlanCompilesToTheDocumentedOrder() {
        let plan = strengthPlan([
            repsItem("glute_bridge", sets: 2, reps: 12, rest: 45, tempo: .phases(down: 2, pause: 1, up: 1)),
            repsItem("sl_rdl", sets: 2, reps: 8, rest: 60, unilateral: true),
            holdItem("wall_sit", sets: 2, seconds: 30, rest: 60),
        ])
        #expect(shape(plan.steps(with: .strength)) == [
            "ready 10",
            "work 0.1 48", "rest 45", "work 0.2 48", "log 0", "move 1 20",
            "work 1.1L 40", "switch 10", "work 1.1R 40", "rest 60", "work 1.2L 40", "switch 10", "work 1.2R 40",
            "log 1", "move 2 20",
            "work 2.1 30", "rest 60", "work 2.2 30", "log 2",
            "done",
        ])
    }

    @Test func lastSetHasNoRestAndLastItemNoTransition() {
        let steps = strengthPlan([repsItem("a", sets: 3, reps: 5, rest: 30), repsItem("b", sets: 1, reps: 5, rest: 30)])
            .steps(with: .strength)
        #expect(shape(steps) == [
            "ready 10", "work 0.1 25", "rest 30", "work 0.2 25", "rest 30", "work 0.3 25", "log 0", "move 1 20",
            "work 1.1 25", "log 1", "done",
        ])
        #expect(steps.filter(\.isLastSet).map(\.item) == [0, 1])
    }

    @Test func workKindsCarryTheirTiming() {
        let steps = strengthPlan([
            repsItem("sl_rdl", sets: 1, reps: 8, rest: 0, tempo: .phases(down: 3, pause: 1, up: 1)),
            holdItem("side_plank", sets: 1, seconds: 30, rest: 0),
        ]).steps(with: .strength)
        let works = steps.compactMap(\.work)
        #expect(works == [.reps(count: 8, secondsPerRep: 5, tempo: .phases(down: 3, pause: 1, up: 1)), .timed(seconds: 30)])
    }

    @Test(arguments: [
        (Tempo.fast, SessionDefaults.secondsPerFastRep), (.slow, SessionDefaults.secondsPerSlowRep),
        (.none, SessionDefaults.secondsPerUncountedRep), (.isometric, SessionDefaults.secondsPerUncountedRep),
    ])
    func repsWithoutACountedTempoUseThePerRepConstants(tempo: Tempo, perRep: Int) {
        let step = strengthPlan([repsItem("pogo_hops", sets: 1, reps: 10, rest: 0, tempo: tempo)])
            .steps(with: .strength).first(where: \.isWork)!
        #expect(step.seconds == 10 * perRep)
    }

    @Test func aRepRangeIsTimedAtItsTop() {
        var item = repsItem("split_squat", sets: 1, reps: 8, rest: 0)
        item.dose.work = .reps(8...12)
        let step = strengthPlan([item]).steps(with: .strength).first(where: \.isWork)!
        #expect(step.seconds == 12 * 5)
    }

    @Test func zeroLengthStepsAreLeftOut() {
        let settings = SessionSettings(getReadySeconds: 0, switchSidesSeconds: 0, transitionSeconds: 0, logAfterEachItem: false)
        let steps = strengthPlan([repsItem("a", sets: 2, reps: 2, rest: 0, unilateral: true), repsItem("b", sets: 1, reps: 2, rest: 0)])
            .steps(with: settings)
        #expect(shape(steps) == ["work 0.1L 10", "work 0.1R 10", "work 0.2L 10", "work 0.2R 10", "work 1.1 10", "done"])
    }

    @Test func anEmptyPlanIsOnlyDone() {
        #expect(shape(strengthPlan([]).steps(with: .strength)) == ["done"])
    }

    @Test func theStretchRoutineLastsExactly900Seconds() {
        let engine = SessionEngine(plan: stretchRoutine())
        #expect(engine.settings == .stretch)
        #expect(engine.plannedTotal == .seconds(900))
        #expect(!engine.steps.contains { $0.kind == .log || $0.kind == .rest })
    }

    @Test func theStretchBlocksEndWhereDomainSaysTheyEnd() {
        // DOMAIN §4: starts at 0:05, and the "ends at" column. A block ends when the move to the next
        // one ends; the last block has no move and ends the routine.
        let steps = SessionEngine(plan: stretchRoutine()).steps
        #expect(steps.first == SessionStep(kind: .getReady, item: 0, seconds: 5))
        var clock = 0
        var blockEnds: [Int] = []
        for step in steps {
            clock += step.seconds ?? 0
            if step.kind == .transition || step.kind == .done { blockEnds.append(clock) }
        }
        #expect(blockEnds == [80, 155, 250, 290, 345, 400, 475, 570, 665, 740, 815, 900])
    }

    @Test func anItemIsBuiltFromACardAtALevel() throws {
        let card = ExerciseCard(
            id: "sl_rdl", name: "Single-leg RDL", kind: .strength, muscles: MuscleGroups(primary: [.gluteMax]),
            unilateral: true, qualities: nil, tempo: .phases(down: 3, pause: 1, up: 1),
            dose: [.beginner: .reps(2, 8, rest: 60), .intermediate: .reps(3, 8, rest: 60, load: "dumbbell")],
            regression: "db_rdl", steps: ["Stand tall"], cues: ["Hips square", "heel reaches back"],
            mistakes: ["Trunk rotates"], runningCue: "Hips level", figure: [["o"], ["o/"]])
        let item = try SessionItem(card: card, level: .intermediate)
        #expect(item.cardID == "sl_rdl")
        #expect(item.unilateral)
        #expect(item.dose == .reps(3, 8, rest: 60, load: "dumbbell"))
        #expect(item.cue == "Hips square · heel reaches back")
        #expect(item.figure == [["o"], ["o/"]])
        #expect(item.prescription == "3 × 8 per side")
        #expect(throws: SessionError.noDoseForLevel(card: "sl_rdl", level: .advanced, regression: "db_rdl")) {
            try SessionItem(card: card, level: .advanced)
        }
        #expect(SessionError.noDoseForLevel(card: "sl_rdl", level: .advanced, regression: "db_rdl").description
            == "\"sl_rdl\" has no dose for the advanced level: use its regression \"db_rdl\" or another exercise")
    }
}
