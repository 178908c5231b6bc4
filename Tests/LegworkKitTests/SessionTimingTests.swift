import Testing
@testable import LegworkKit

@Suite struct SessionTimingTests {
    /// One item of 3 reps at 3-1-1 after the 10 s get-ready: work runs from 10 s to 25 s.
    private func tempoEngine(_ tempo: Tempo = .phases(down: 3, pause: 1, up: 1)) -> SessionEngine {
        var engine = SessionEngine(plan: strengthPlan([repsItem("squat", sets: 1, reps: 3, rest: 0, tempo: tempo)]))
        _ = engine.start(at: at(0))
        return engine
    }

    @Test(arguments: [
        (10.0, 1, TempoPhase.down, 3), (12.5, 1, .down, 1), (13.0, 1, .pause, 1), (14.0, 1, .up, 1),
        (14.999, 1, .up, 1), (15.0, 2, .down, 3), (19.5, 2, .up, 1), (20.0, 3, .down, 3), (24.9, 3, .up, 1),
    ])
    func repsAreCountedAtTheTempo(second: Double, rep: Int, phase: TempoPhase, phaseSecondsLeft: Int) {
        let status = tempoEngine().status(at: at(second))
        #expect(status.step.isWork)
        #expect(status.rep?.number == rep)
        #expect(status.rep?.count == 3)
        #expect(status.rep?.phase == phase)
        #expect(status.rep?.phaseRemainingSeconds == phaseSecondsLeft)
    }

    @Test func aTempoWithoutAPauseGoesStraightFromDownToUp() {
        let engine = tempoEngine(.phases(down: 3, pause: 0, up: 1))
        #expect(engine.status(at: at(12.9)).rep?.phase == .down)
        #expect(engine.status(at: at(13)).rep?.phase == .up)
        #expect(engine.status(at: at(14)).rep?.number == 2)
    }

    @Test func anUncountedTempoNumbersRepsWithoutPhases() {
        let engine = tempoEngine(.none)
        let status = engine.status(at: at(10 + 3 * 1.5))
        #expect(status.rep == RepStatus(number: 2, count: 3))
        #expect(status.remaining == .seconds(4.5))
    }

    @Test func getReadyCountsDown321AndTheRuntimeWakesEverySecond() {
        var engine = SessionEngine(plan: strengthPlan([repsItem("squat", sets: 1, reps: 3, rest: 0, name: "Goblet squat")]))
        let first = engine.start(at: at(0))
        #expect(first == [.bell, .say("Get ready. First: Goblet squat, 1 × 3")])
        var now = at(0)
        var wakes: [Moment] = []
        var cues: [SessionCue] = []
        while engine.currentStep.kind == .getReady, let next = engine.nextDeadline(after: now) {
            wakes.append(next)
            now = next
            cues += engine.handle(.tick, at: now)
            if engine.currentStep.kind == .getReady {
                #expect(engine.status(at: now).remainingSeconds == 10 - Int(now.sinceOrigin.seconds))
            }
        }
        #expect(wakes == (1...10).map { at(Double($0)) })
        #expect(cues == [
            .countdown(3), .countdown(2), .countdown(1),
            .stepCompleted(0), .bell, .say("Goblet squat"),
        ])
    }

    @Test func countdownNumbersArriveAtTheirOwnSeconds() {
        var engine = SessionEngine(plan: strengthPlan([repsItem("squat", sets: 1, reps: 3, rest: 0)]))
        _ = engine.start(at: at(0))
        #expect(engine.handle(.tick, at: at(6.9)) == [])
        #expect(engine.handle(.tick, at: at(7)) == [.countdown(3)])
        #expect(engine.handle(.tick, at: at(8.5)) == [.countdown(2)])
        #expect(engine.handle(.tick, at: at(8.6)) == [])
        #expect(engine.handle(.tick, at: at(9)) == [.countdown(1)])
    }

    @Test func shortStepsGetNoCountdown() {
        let settings = SessionSettings(getReadySeconds: 4, switchSidesSeconds: 3, transitionSeconds: 4, logAfterEachItem: false)
        var engine = SessionEngine(plan: strengthPlan([repsItem("squat", sets: 1, reps: 1, rest: 0, unilateral: true)]), settings: settings)
        _ = engine.start(at: at(0))
        // get ready 4 s, left 5 s (counted), switch 3 s, right 5 s (counted).
        let cues = engine.handle(.tick, at: at(100))
        #expect(cues.countdowns == [3, 2, 1, 3, 2, 1])
        #expect(engine.isEnded)
    }

    @Test func sidesGoLeftSwitchRightAndTheLastSetIsAnnounced() {
        var engine = SessionEngine(plan: strengthPlan([
            repsItem("sl_rdl", sets: 2, reps: 2, rest: 30, unilateral: true, name: "Single-leg RDL"),
        ]))
        var cues = engine.start(at: at(0))
        cues += engine.handle(.tick, at: at(1000))
        #expect(cues.spoken == [
            "Get ready. First: Single-leg RDL, 2 × 2 per side",
            "Single-leg RDL, set 1 of 2, left side",
            "Switch sides",
            "Single-leg RDL, set 1 of 2, right side",
            "Rest 30 seconds. Next: Single-leg RDL, set 2 of 2, left side",
            "Single-leg RDL, set 2 of 2, left side. Last set",
            "Switch sides",
            "Single-leg RDL, set 2 of 2, right side",
            "Single-leg RDL done. How did it go?",
        ])
        #expect(cues.last == .awaitingLog(item: 0))
        #expect(engine.records.map(\.side) == [.left, .right, .left, .right])
        #expect(engine.records.map(\.set) == [1, 1, 2, 2])
    }

    @Test func oneLateTickReplaysEveryCueInOrder() {
        let settings = SessionSettings(getReadySeconds: 10, switchSidesSeconds: 10, transitionSeconds: 20, logAfterEachItem: false)
        var engine = SessionEngine(plan: strengthPlan([
            repsItem("a", sets: 1, reps: 2, rest: 0, name: "A"),
            holdItem("b", sets: 1, seconds: 10, rest: 0),
        ]), settings: settings)
        _ = engine.start(at: at(0))
        // get ready 0–10, A 10–20, move 20–40, B 40–50.
        #expect(engine.handle(.tick, at: at(45)) == [
            .countdown(3), .countdown(2), .countdown(1), .stepCompleted(0), .bell, .say("A"),
            .countdown(3), .countdown(2), .countdown(1), .stepCompleted(1), .bell, .say("Next: B, 10 s"),
            .countdown(3), .countdown(2), .countdown(1), .stepCompleted(2), .bell, .say("B"),
        ])
        #expect(engine.status(at: at(45)).remaining == .seconds(5))
    }

    @Test func aTickFiveMinutesLateLandsOnTheRightStepWithoutDrift() {
        let settings = SessionSettings(getReadySeconds: 10, switchSidesSeconds: 10, transitionSeconds: 20, logAfterEachItem: false)
        var engine = SessionEngine(plan: strengthPlan([
            repsItem("a", sets: 3, reps: 10, rest: 60),
            holdItem("b", sets: 2, seconds: 30, rest: 30, unilateral: true),
        ]), settings: settings)
        _ = engine.start(at: at(0))
        // ready 0–10, a1 10–60, rest 60–120, a2 120–170, rest 170–230, a3 230–280, move 280–300, b1L 300–330.
        let cues = engine.handle(.tick, at: at(312.5))
        #expect(cues.completedSteps == Array(0...6))
        #expect(cues.countdowns == Array(repeating: [3, 2, 1], count: 7).flatMap { $0 })
        #expect(cues.filter { $0 == .bell }.count == 7)
        let status = engine.status(at: at(312.5))
        #expect(status.headline == "B")
        #expect(status.side == .left)
        #expect(status.remaining == .seconds(17.5))
        #expect(status.elapsed == .seconds(312.5))
        #expect(engine.records.map(\.started) == [at(10), at(120), at(230)])
        #expect(engine.records.map(\.ended) == [at(60), at(170), at(280)])
        #expect(engine.nextDeadline(after: at(312.5)) == at(313))
    }

    @Test func nextDeadlineFollowsTheWholeSecondsOfTheCountdown() {
        var engine = SessionEngine(plan: strengthPlan([repsItem("a", sets: 1, reps: 2, rest: 0)]))
        #expect(engine.nextDeadline(after: at(0)) == nil)
        _ = engine.start(at: at(0.25))
        #expect(engine.nextDeadline(after: at(0.25)) == at(1.25))
        #expect(engine.nextDeadline(after: at(0.75)) == at(1.25))
        #expect(engine.nextDeadline(after: at(9.5)) == at(10.25))
        #expect(engine.nextDeadline(after: at(30)) == at(10.25))  // overdue: tick now
        _ = engine.handle(.tick, at: at(30))
        #expect(engine.isAwaitingLog)
        #expect(engine.nextDeadline(after: at(30)) == nil)
    }

    @Test func pauseFreezesTheCountdownAndResumeShiftsTheDeadline() {
        var engine = SessionEngine(plan: strengthPlan([repsItem("a", sets: 1, reps: 2, rest: 0)]))
        _ = engine.start(at: at(0))
        #expect(engine.handle(.pause, at: at(4)) == [])
        #expect(engine.isPaused)
        #expect(engine.nextDeadline(after: at(4)) == nil)
        #expect(engine.handle(.tick, at: at(90)) == [])
        let paused = engine.status(at: at(100))
        #expect(paused.isPaused)
        #expect(paused.remaining == .seconds(6))
        #expect(paused.elapsed == .seconds(4))
        #expect(engine.handle(.togglePause, at: at(100)) == [])
        #expect(!engine.isPaused)
        #expect(engine.nextDeadline(after: at(100)) == at(101))
        #expect(engine.handle(.tick, at: at(103)) == [.countdown(3)])
        #expect(engine.handle(.tick, at: at(106)).completedSteps == [0])
        #expect(engine.status(at: at(106)).elapsed == .seconds(10))
        #expect(engine.summary.pausedTime == .seconds(96))
    }

    @Test func progressAndTimeLeftCoverTheWholeSession() {
        var engine = SessionEngine(plan: strengthPlan([repsItem("a", sets: 2, reps: 2, rest: 30)]))
        // ready 10 + work 10 + rest 30 + work 10 = 60 s planned.
        #expect(engine.plannedTotal == .seconds(60))
        #expect(engine.status(at: at(0)).timeLeft == .seconds(60))
        _ = engine.start(at: at(0))
        let status = engine.status(at: at(15))
        #expect(status.timeLeft == .seconds(45))
        #expect(status.fractionDone == 0.25)
        #expect(status.nextUp == "A, set 2 of 2")
        #expect(engine.status(at: at(60)).isAwaitingLog)
        #expect(engine.status(at: at(60)).fractionDone == 1)
    }
}
