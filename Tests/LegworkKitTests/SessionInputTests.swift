import Testing
@testable import LegworkKit

@Suite struct SessionInputTests {
    /// ready 0–10, a1 10–20, rest 20–50, a2 50–60, log, move 20 s, b1 (30 s hold), log, done.
    private func started() -> SessionEngine {
        var engine = SessionEngine(plan: strengthPlan([
            repsItem("a", sets: 2, reps: 2, rest: 30),
            holdItem("b", sets: 1, seconds: 30, rest: 0),
        ]))
        _ = engine.start(at: at(0))
        return engine
    }

    @Test func skipStartsTheNextStepNowAndRecordsNothing() {
        var engine = started()
        _ = engine.handle(.tick, at: at(12))
        let cues = engine.handle(.skip, at: at(14))
        #expect(cues == [.stepCompleted(1), .bell, .say("Rest 30 seconds. Next: A, set 2 of 2")])
        #expect(engine.currentStep.kind == .rest)
        #expect(engine.status(at: at(14)).remaining == .seconds(30))
        #expect(engine.records.isEmpty)
    }

    @Test func backMoreThanThreeSecondsInRestartsTheStep() {
        var engine = started()
        _ = engine.handle(.tick, at: at(25))
        #expect(engine.currentStep.kind == .rest)
        let cues = engine.handle(.back, at: at(25))
        #expect(cues == [.bell, .say("Rest 30 seconds. Next: A, set 2 of 2")])
        #expect(engine.currentStep.kind == .rest)
        #expect(engine.status(at: at(25)).remaining == .seconds(30))
    }

    @Test func backEarlyInAStepGoesToThePreviousStepsStart() {
        var engine = started()
        _ = engine.handle(.tick, at: at(22))
        _ = engine.handle(.back, at: at(22))
        #expect(engine.stepIndex == 1)
        #expect(engine.status(at: at(22)).remaining == .seconds(10))
        // Doing the set again replaces its record rather than adding one.
        _ = engine.handle(.tick, at: at(32))
        #expect(engine.records.count == 1)
        #expect(engine.records[0].started == at(22))
        #expect(engine.records[0].ended == at(32))
    }

    @Test func backOnTheFirstStepRestartsIt() {
        var engine = started()
        _ = engine.handle(.back, at: at(1))
        #expect(engine.stepIndex == 0)
        #expect(engine.status(at: at(1)).remaining == .seconds(10))
    }

    @Test func backFromALogGoesToTheLastSet() {
        var engine = started()
        _ = engine.handle(.tick, at: at(70))
        #expect(engine.isAwaitingLog)
        _ = engine.handle(.back, at: at(80))
        #expect(engine.currentStep.isWork)
        #expect(engine.currentStep.set == 2)
        #expect(!engine.isAwaitingLog)
    }

    @Test func skipAndBackWhilePausedStayPaused() {
        var engine = started()
        _ = engine.handle(.pause, at: at(12))
        _ = engine.handle(.skip, at: at(40))
        #expect(engine.isPaused)
        #expect(engine.currentStep.kind == .rest)
        #expect(engine.status(at: at(45)).remaining == .seconds(30))
        _ = engine.handle(.resume, at: at(50))
        #expect(engine.status(at: at(60)).remaining == .seconds(20))
        #expect(engine.summary.pausedTime == .seconds(38))
    }

    @Test func skippingIntoALogWhilePausedEndsThePause() {
        var engine = started()
        _ = engine.handle(.tick, at: at(52))
        _ = engine.handle(.pause, at: at(55))
        let cues = engine.handle(.skip, at: at(70))
        #expect(cues.last == .awaitingLog(item: 0))
        #expect(!engine.isPaused)
        #expect(engine.handle(.togglePause, at: at(71)) == [])  // nothing to freeze while logging
        #expect(!engine.isPaused)
        let summary = engine.summary
        #expect(summary.pausedTime == .seconds(15))
        #expect(summary.activeTime == .seconds(55))
        // Skipped 5 s into the set, frozen since: the one rep its count got through is kept.
        #expect(engine.records.map(\.reps) == [2, 1])
    }

    @Test func addAndRemoveRestOnlyDuringRest() {
        var engine = started()
        _ = engine.handle(.addRest(seconds: 15), at: at(12))
        #expect(engine.status(at: at(12)).remaining == .seconds(8))  // work: unchanged
        _ = engine.handle(.tick, at: at(20))
        _ = engine.handle(.addRest(seconds: 15), at: at(25))
        #expect(engine.status(at: at(25)).remaining == .seconds(40))
        _ = engine.handle(.removeRest(seconds: 15), at: at(26))
        _ = engine.handle(.removeRest(seconds: 15), at: at(27))
        #expect(engine.status(at: at(27)).remaining == .seconds(8))
        #expect(engine.status(at: at(27)).timeLeft == .seconds(8 + 10 + 20 + 30))
    }

    @Test func removingRestStopsAtTheCountInSoTheSetNeverStartsCold() {
        var engine = started()
        _ = engine.handle(.tick, at: at(40))  // rest until 50
        let cues = engine.handle(.removeRest(seconds: 15), at: at(40))
        #expect(cues.completedSteps == [])
        #expect(engine.currentStep.kind == .rest)
        #expect(engine.status(at: at(40)).remaining == .seconds(SessionDefaults.shortestRestSeconds))
        #expect(engine.handle(.tick, at: at(43)).completedSteps == [2])
        #expect(engine.currentStep.set == 2)
        #expect(engine.currentStep.isWork)
    }

    @Test func removingRestWhilePausedStopsAtTheCountInFromTheFrozenMoment() {
        var engine = started()
        _ = engine.handle(.pause, at: at(45))  // 5 s of rest left
        _ = engine.handle(.removeRest(seconds: 15), at: at(60))
        #expect(engine.status(at: at(60)).remaining == .seconds(3))
        #expect(engine.handle(.resume, at: at(70)).completedSteps == [])
        #expect(engine.handle(.tick, at: at(73)).completedSteps == [2])
        #expect(engine.status(at: at(73)).remaining == .seconds(10))
    }

    @Test func addingRestAfterTheCountdownBeganCountsDownAgain() {
        var engine = started()
        let first = engine.handle(.tick, at: at(48))
        #expect(first.countdowns == [3, 2, 1, 3, 2, 1, 3, 2])  // get ready, set 1, then the rest's 3 and 2
        #expect(engine.handle(.addRest(seconds: 15), at: at(48)) == [])
        #expect(engine.handle(.tick, at: at(65)).countdowns == [3, 2, 1])
    }

    @Test func finishedEarlyRecordsTheSetAndMovesOnNow() {
        var engine = started()
        _ = engine.handle(.tick, at: at(10))
        let cues = engine.handle(.finishedEarly, at: at(16.5))
        #expect(cues.completedSteps == [1])
        #expect(engine.currentStep.kind == .rest)
        #expect(engine.status(at: at(16.5)).remaining == .seconds(30))
        #expect(engine.records.count == 1)
        #expect(engine.records[0].reps == 2)
        #expect(engine.records[0].ended == at(16.5))
        #expect(engine.records[0].active == .seconds(6.5))
    }

    @Test func finishedEarlyOnAHoldRecordsTheSecondsHeld() {
        var engine = started()
        _ = engine.handle(.tick, at: at(60))
        _ = engine.handle(.log(plannedLog(engine)), at: at(60))
        _ = engine.handle(.tick, at: at(80))  // hold 80–110
        _ = engine.handle(.finishedEarly, at: at(101.7))
        #expect(engine.records.last?.seconds == 21)
        #expect(engine.isAwaitingLog)
    }

    @Test func finishedEarlyOutsideWorkDoesNothing() {
        var engine = started()
        #expect(engine.handle(.finishedEarly, at: at(3)) == [])
        #expect(engine.stepIndex == 0)
    }

    @Test func abandonEndsTheSessionAndKeepsWhatWasDone() {
        var engine = started()
        _ = engine.handle(.tick, at: at(30))
        #expect(engine.handle(.abandon, at: at(30)) == [.abandoned])
        #expect(engine.isEnded)
        #expect(engine.outcome == .abandoned)
        #expect(engine.handle(.tick, at: at(100)) == [])
        let summary = engine.summary
        #expect(summary.items[0].setsDone == 1)
        #expect(summary.activeTime == .seconds(30))
        #expect(summary.endedAt == at(30))
        #expect(engine.status(at: at(100)).headline == "Stopped")
    }

    @Test func inputsBeforeTheStartAreIgnored() {
        var engine = SessionEngine(plan: strengthPlan([repsItem("a", sets: 1, reps: 1, rest: 0)]))
        #expect(engine.handle(.skip, at: at(5)) == [])
        #expect(!engine.isStarted)
    }

    @Test func aMomentFromThePastCountsAsTheLatestOne() {
        var engine = started()
        _ = engine.handle(.tick, at: at(15))
        #expect(engine.handle(.tick, at: at(3)) == [])
        #expect(engine.stepIndex == 1)
    }
}
