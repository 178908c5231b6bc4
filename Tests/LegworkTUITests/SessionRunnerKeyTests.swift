import LegworkKit
import Testing
@testable import LegworkTUI

/// Keys, cues and deadlines of the runner, driven with explicit moments (no clock, no waiting).
/// The plan: get ready 10 s (0-10), glute bridge set 1 = 10 reps × 5 s (10-60), rest 60 s (60-120)…
@Suite struct SessionRunnerKeyTests {
    @Test func appearStartsTheEngineOnceWithABell() {
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: runnerPlan()))
        #expect(screen.quitConfirmation == nil)
        let actions = screen.handle(.appear, at: at(0))
        #expect(actions.bells == 1)
        #expect(screen.engine.isStarted)
        #expect(screen.quitConfirmation?.contains("can be resumed") == true)
        #expect(screen.handle(.appear, at: at(5)).isEmpty)
        #expect(screen.engine.status(at: at(5)).remainingSeconds == 5)
    }

    @Test func aResumedEngineAnnouncesItsCurrentStep() throws {
        var first = startedRunner()
        _ = first.handle(.tick, at: at(65))
        let engine = try SessionEngine(resuming: first.engine.snapshot, at: at(1000))
        var screen = SessionRunnerScreen(engine: engine, voice: true)
        let actions = screen.handle(.appear, at: at(1000))
        #expect(actions.bells == 1)
        #expect(actions.spoken.first?.hasPrefix("Rest 60 seconds") == true)
        #expect(screen.engine.status(at: at(1000)).remainingSeconds == 60)
    }

    @Test func spacePausesAndTheDigitsFreezeAcrossTicks() {
        var screen = startedRunner()
        _ = screen.press([.character(" ")], at: at(70.5))
        for t in [71.0, 90, 400] {
            _ = screen.handle(.tick, at: at(t))
            #expect(screen.engine.status(at: at(t)).remainingSeconds == 50)
            #expect(screen.nextDeadline() == nil)
        }
        _ = screen.press([.character(" ")], at: at(400))
        #expect(screen.engine.status(at: at(401)).remainingSeconds == 49)
        #expect(screen.nextDeadline() == at(400.5))
    }

    @Test func nSkipsAheadAndBGoesBack() {
        var screen = startedRunner()
        let actions = screen.press([.character("n")], at: at(2))
        #expect(screen.engine.status(at: at(2)).step.isWork)
        #expect(actions.bells == 1)
        #expect(actions.saves.count == 1)
        _ = screen.press([.character("b")], at: at(3))
        #expect(screen.engine.status(at: at(3)).step.kind == .getReady)
    }

    @Test func plusAddsFifteenSecondsToARestAndMinusRemovesThem() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: at(70))
        #expect(screen.engine.status(at: at(70)).remainingSeconds == 50)
        _ = screen.press([.character("+")], at: at(70))
        #expect(screen.engine.status(at: at(70)).remainingSeconds == 65)
        _ = screen.press([.character("-"), .character("-")], at: at(70))
        #expect(screen.engine.status(at: at(70)).remainingSeconds == 35)
    }

    @Test func plusOutsideARestChangesNothing() {
        var screen = startedRunner()
        _ = screen.press([.character("+")], at: at(20))
        #expect(screen.engine.status(at: at(20)).remainingSeconds == 40)
    }

    @Test func enterDuringWorkFinishesTheRepsEarlyAndIsIgnoredElsewhere() {
        var screen = startedRunner()
        _ = screen.press([.enter], at: at(5))
        #expect(screen.engine.status(at: at(5)).step.kind == .getReady)
        _ = screen.press([.enter], at: at(30))
        let status = screen.engine.status(at: at(30))
        #expect(status.step.kind == .rest)
        #expect(screen.engine.records.count == 1)
    }

    @Test func nextDeadlineFollowsTheEngine() {
        var screen = startedRunner()
        #expect(screen.nextDeadline() == at(1))
        _ = screen.handle(.tick, at: at(12.2))
        #expect(screen.nextDeadline() == at(13))
        #expect(screen.nextDeadline() == screen.engine.nextDeadline(after: at(12.2)))
        _ = screen.handle(.tick, at: at(59.9))
        #expect(screen.nextDeadline() == at(60))
    }

    @Test func countdownBellsRingOncePerBatchAndTicksSaveCompletedSteps() {
        var screen = startedRunner()
        #expect(screen.handle(.tick, at: at(7)).bells == 1)    // 3
        #expect(screen.handle(.tick, at: at(8)).bells == 1)    // 2
        let change = screen.handle(.tick, at: at(10))          // 1 and the step change
        #expect(change.bells == 1)
        #expect(change.saves.count == 1)
        #expect(screen.handle(.tick, at: at(10.5)).isEmpty)
    }

    @Test func voiceSpeaksTheEngineCuesOnlyWhenOn() {
        var quiet = startedRunner()
        #expect(quiet.handle(.tick, at: at(10)).spoken.isEmpty)
        var loud = startedRunner(voice: true)
        #expect(loud.handle(.tick, at: at(10)).spoken == ["Glute bridge, set 1 of 2"])
        _ = loud.press([.character("v")], at: at(11))
        #expect(!loud.voice)
        #expect(loud.handle(.tick, at: at(60)).spoken.isEmpty)
    }

    @Test func enterOnTheLogFormLogsThePlanAndGoesOn() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: at(170))   // both sets done: the log form waits
        #expect(screen.logForm != nil)
        #expect(screen.nextDeadline() == nil)
        let actions = screen.press([.enter], at: at(175))
        #expect(screen.logForm == nil)
        #expect(screen.engine.logs.first?.entry == ExerciseLogEntry.planned(for: runnerPlan().items[0]))
        #expect(screen.engine.status(at: at(175)).step.kind == .transition)
        #expect(actions.saves.count == 1)
    }

    @Test func anInvalidValueRingsAndKeepsTheFormOpen() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: at(170))
        let actions = screen.press([.tab, .tab, .character("9"), .enter], at: at(171))
        #expect(actions.bells == 1)
        #expect(screen.logForm?.focus == 2)
        #expect(screen.engine.isAwaitingLog)
    }

    @Test func painOfSevenStopsTheSessionWithTheSafetyMessageThenTheSummary() throws {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: at(170))
        let actions = screen.press([.tab, .tab, .tab, .character("7"), .enter], at: at(171))
        let stop = try #require(actions.replacement as? SafetyStopScreen)
        #expect(stop.message.hasPrefix("Stop here"))
        #expect(actions.saves.last?.isEnded == true)
        let canvas = frame(stop, at: at(171))
        #expect(canvas.lines[3] == "  Stopped for your safety")
        #expect(canvas.lines[5].hasSuffix("You reported pain of 7/10 during Glute"))
        var next = stop
        let summary = try #require(next.handle(.key(.enter), at: at(172)).first.flatMap { action -> SessionSummaryScreen? in
            if case let .replace(screen) = action { screen as? SessionSummaryScreen } else { nil }
        })
        #expect(summary.outcomeText == "stopped for safety")
    }

    @Test func aRedFlagAnswerStopsTheSessionToo() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: at(170))
        let actions = screen.press([.backTab, .character("y"), .enter], at: at(171))
        #expect(actions.replacement is SafetyStopScreen)
    }

    @Test func theEndReplacesTheRunnerWithTheSummaryAfterSaving() throws {
        var screen = startedRunner(stretchPlan())
        let actions = screen.handle(.tick, at: at(10_000))
        #expect(actions.saves.last?.isEnded == true)
        let summary = try #require(actions.replacement as? SessionSummaryScreen)
        #expect(summary.kind == .stretch)
        #expect(summary.outcomeText == "done")
    }

    @Test func aSignalSavesTheRunningSessionWithoutEndingIt() {
        var screen = startedRunner()
        let actions = screen.handle(.terminate, at: at(30))
        #expect(actions.saves.count == 1)
        #expect(actions.saves.first?.isEnded == false)
        #expect(actions.saves.first?.snapshot.stepIndex == 1)
    }
}
