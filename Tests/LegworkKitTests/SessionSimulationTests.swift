import Testing
@testable import LegworkKit

@Suite struct SessionSimulationTests {
    /// About 46 minutes of strength work: reps at several tempos, holds, carries, one and two sides.
    private let plan = strengthPlan([
        repsItem("glute_bridge", sets: 3, reps: 12, rest: 60, tempo: .phases(down: 2, pause: 1, up: 1)),
        repsItem("sl_rdl", sets: 3, reps: 8, rest: 60, unilateral: true),
        repsItem("lateral_band_walk", sets: 3, reps: 12, rest: 45, tempo: .none),
        repsItem("step_up", sets: 3, reps: 8, rest: 60, tempo: .phases(down: 3, pause: 0, up: 1), unilateral: true),
        holdItem("side_plank", sets: 3, seconds: 30, rest: 45, unilateral: true),
        repsItem("goblet_squat", sets: 4, reps: 8, rest: 90),
        holdItem("suitcase_carry", sets: 3, seconds: 40, rest: 60, unilateral: true),
        repsItem("calf_raise", sets: 3, reps: 15, rest: 45, tempo: .phases(down: 2, pause: 1, up: 2)),
    ])

    @Test(arguments: [1, 7, 42, 2024, 65_537] as [UInt64])
    func aFullSessionWithRandomPausesAndLateTicksEndsExactlyOnTime(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var engine = SessionEngine(plan: plan)
        #expect(engine.plannedTotal == .seconds(2779))

        let start = at(12_345.678)
        var now = start
        var cues = engine.start(at: now)
        var paused: Duration = .zero
        var logging: Duration = .zero
        var (pauses, lateTicks) = (0, 0)
        func milliseconds(_ range: ClosedRange<Int>) -> Duration { .milliseconds(Int.random(in: range, using: &rng)) }

        while !engine.isEnded {
            if engine.isAwaitingLog {
                // Answered at once; the wait began when the last set ended (later if the tick was late).
                logging += now - engine.records.last!.ended
                cues += engine.handle(.log(plannedLog(engine)), at: now)
                continue
            }
            let next = engine.nextDeadline(after: now)!
            switch Int.random(in: 0..<100, using: &rng) {
            case 0..<4:  // pause somewhere before the next change, for up to 3 minutes
                let pauseAt = now + milliseconds(0...max(0, Int((next - now).seconds * 1000) - 1))
                cues += engine.handle(.pause, at: pauseAt)
                let length = milliseconds(1...180_000)
                now = pauseAt + length
                paused += length
                pauses += 1
                cues += engine.handle(.togglePause, at: now)
            case 4..<12:  // a slow frame or a suspended laptop: up to 7 minutes late
                now = next + milliseconds(1...420_000)
                lateTicks += 1
                cues += engine.handle(.tick, at: now)
            default:  // on time, give or take a scheduler's jitter
                now = next + milliseconds(0...25)
                cues += engine.handle(.tick, at: now)
            }
        }

        #expect(pauses > 5 && lateTicks > 10)
        #expect(engine.outcome == .completed)
        #expect(engine.endedAt == start + engine.plannedTotal + paused + logging)
        let summary = engine.summary
        #expect(summary.activeTime == engine.plannedTotal)
        #expect(summary.pausedTime == paused)
        #expect(summary.loggingTime == logging)
        // Every step completed once, in order, and every countdown was played once, in order.
        #expect(cues.completedSteps == Array(0..<(engine.steps.count - 1)))
        let counted = engine.steps.filter { ($0.seconds ?? 0) >= SessionDefaults.countdownMinimumStepSeconds }.count
        #expect(cues.countdowns == Array(repeating: [3, 2, 1], count: counted).flatMap { $0 })
        #expect(cues.last == .finished)
        // Every set lasted exactly its planned time.
        let workSteps = engine.steps.filter(\.isWork)
        #expect(engine.records.count == workSteps.count)
        #expect(engine.records.map(\.active) == workSteps.map(\.plannedDuration))
        #expect(summary.items.map(\.setsDone) == plan.items.map(\.dose.sets))
        #expect(engine.status(at: now).fractionDone == 1)
    }

    @Test func theStretchRoutineRunsIn900SecondsWithoutInput() {
        var engine = SessionEngine(plan: stretchRoutine())
        var cues = engine.start(at: at(0))
        cues += engine.handle(.tick, at: at(899.999))
        #expect(!engine.isEnded)
        cues += engine.handle(.tick, at: at(900))
        #expect(engine.isEnded)
        #expect(engine.endedAt == at(900))
        #expect(!cues.contains { if case .awaitingLog = $0 { true } else { false } })
        #expect(cues.spoken.last == "Session done. On your next run: Relax your shoulders")
    }
}
