import LegworkKit
import Testing
@testable import LegworkTUI

/// Keys, cues and deadlines of the runner, driven with explicit moments (no clock, no waiting).
/// The plan: get ready 10 s (0-10), glute bridge set 1 = 10 reps × 5 s (10-60), rest 60 s (60-120)…
@Suite struct SessionRunnerKeyTests {
    @Test func appearStartsTheEngineOnceWithABell() {
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: runnerPlan()))
        #expect(screen.quitConfirmation == nil)
        let actions = screen.handle(.appear, at: sec(0))
        #expect(actions.bells == 1)
        #expect(screen.engine.isStarted)
        #expect(screen.quitConfirmation?.contains("can be resumed") == true)
        #expect(screen.handle(.appear, at: sec(5)).isEmpty)
        #expect(screen.engine.status(at: sec(5)).remainingSeconds == 5)
    }

    @Test func aResumedEngineAnnouncesItsCurrentStep() throws {
        var first = startedRunner()
        _ = first.handle(.tick, at: sec(65))
        let engine = try SessionEngine(resuming: first.engine.snapshot, at: sec(1000))
        var screen = SessionRunnerScreen(engine: engine, voice: true)
        let actions = screen.handle(.appear, at: sec(1000))
        #expect(actions.bells == 1)
        #expect(actions.spoken.first?.hasPrefix("Rest 60 seconds") == true)
        #expect(screen.engine.status(at: sec(1000)).remainingSeconds == 60)
    }

    @Test func spacePausesAndTheDigitsFreezeAcrossTicks() {
        var screen = startedRunner()
        _ = screen.press([.character(" ")], at: sec(70.5))
        for t in [71.0, 90, 400] {
            _ = screen.handle(.tick, at: sec(t))
            #expect(screen.engine.status(at: sec(t)).remainingSeconds == 50)
            // No countdown: only the finish time's redraw.
            #expect(screen.nextDeadline() == sec(t) + SessionRunnerScreen.pausedFinishRedraw)
        }
        _ = screen.press([.character(" ")], at: sec(400))
        #expect(screen.engine.status(at: sec(401)).remainingSeconds == 49)
        #expect(screen.nextDeadline() == sec(400.5))
    }

    @Test func nSkipsAheadAndBGoesBack() {
        var screen = startedRunner()
        let actions = screen.press([.character("n")], at: sec(2))
        #expect(screen.engine.status(at: sec(2)).step.isWork)
        #expect(actions.bells == 2, "a set starts: two rings")
        #expect(actions.saves.count == 1)
        _ = screen.press([.character("b")], at: sec(3))
        #expect(screen.engine.status(at: sec(3)).step.kind == .getReady)
    }

    @Test func plusAddsFifteenSecondsToARestAndMinusRemovesThem() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: sec(70))
        #expect(screen.engine.status(at: sec(70)).remainingSeconds == 50)
        _ = screen.press([.character("+")], at: sec(70))
        #expect(screen.engine.status(at: sec(70)).remainingSeconds == 65)
        _ = screen.press([.character("-"), .character("-")], at: sec(70))
        #expect(screen.engine.status(at: sec(70)).remainingSeconds == 35)
    }

    /// While getting ready, ↓ and x leave the second exercise out; s swaps the chosen one for its easier
    /// variant; neither is offered once the first set has begun.
    @Test func theOverviewSwapsAndLeavesOutBeforeTheFirstSet() {
        let easier = SessionItem(cardID: "glute_bridge_easy", name: "Easier bridge", unilateral: false, tempo: .none,
                                 dose: .reps(2, 8, rest: 45), cue: "")
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: runnerPlan()), easier: ["glute_bridge": easier])
        _ = screen.handle(.appear, at: sec(0))
        #expect(screen.keys.contains { $0.keys == "s" } && screen.keys.contains { $0.keys == "x" })
        let swapped = screen.press([.character("s")], at: sec(2))
        #expect(swapped.saves.count == 1)
        #expect(screen.engine.plan.items.map(\.cardID) == ["glute_bridge_easy", "sl_rdl", "front_plank"])
        _ = screen.press([.down, .character("x")], at: sec(3))
        #expect(screen.engine.plan.items.map(\.cardID) == ["glute_bridge_easy", "front_plank"])
        #expect(screen.engine.plan.leftOut == ["Single-leg RDL"])
        #expect(runnerFrame(screen, at: sec(3)).text.contains("Left out today: Single-leg RDL."))
        _ = screen.handle(.tick, at: sec(14))
        #expect(screen.engine.currentStep.isWork)
        #expect(!screen.keys.contains { $0.keys == "x" })
        _ = screen.press([.character("x")], at: sec(14))
        #expect(screen.engine.plan.items.count == 2)
    }

    /// A loaded exercise's rest offers the load stepper; the load shows once logged and carries on to
    /// the next set.
    @Test func theLoadStepperLogsTheSetsLoad() {
        var plan = runnerPlan()
        plan.items[0].dose.load = "light dumbbell"
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: plan))
        _ = screen.handle(.appear, at: sec(0))
        _ = screen.handle(.tick, at: sec(61))                  // resting after set 1
        #expect(runnerFrame(screen, at: sec(61)).text.contains("Set 1: 10 reps"))
        #expect(!runnerFrame(screen, at: sec(61)).text.contains("body weight"))
        #expect(screen.press([.character("]"), .character("]")], at: sec(62)).saves.count == 2)
        #expect(screen.engine.records.map(\.loadKg) == [2])
        #expect(runnerFrame(screen, at: sec(62)).text.contains("Set 1: 10 reps · 2 kg"))
        _ = screen.handle(.tick, at: sec(171))
        #expect(screen.engine.records.map(\.loadKg) == [2, 2])
    }

    /// While paused the footer offers what Space does now: resume.
    @Test func theFooterSaysResumeWhilePaused() {
        var screen = startedRunner()
        #expect(screen.keys.contains { $0.keys == "Space" && $0.action == "pause" })
        _ = screen.press([.character(" ")], at: sec(12))
        #expect(screen.keys.contains { $0.keys == "Space" && $0.action == "resume" })
    }

    /// The move to the next exercise names it in the headline.
    @Test func theMoveToTheNextExerciseNamesIt() {
        var screen = startedRunner()
        _ = screen.handleStored(.tick, at: sec(171))
        _ = screen.press([.enter], at: sec(171))
        #expect(screen.engine.currentStep.kind == .transition)
        #expect(screen.engine.status(at: sec(172)).headline == "Next: Single-leg RDL")
    }

    @Test func plusOutsideARestChangesNothing() {
        var screen = startedRunner()
        _ = screen.press([.character("+")], at: sec(20))
        #expect(screen.engine.status(at: sec(20)).remainingSeconds == 40)
    }

    @Test func enterDuringWorkFinishesTheRepsEarlyAndIsIgnoredElsewhere() {
        var screen = startedRunner()
        _ = screen.press([.enter], at: sec(5))
        #expect(screen.engine.status(at: sec(5)).step.kind == .getReady)
        _ = screen.press([.enter], at: sec(30))                // mid-set: asked first
        #expect(screen.engine.status(at: sec(30)).step.isWork)
        _ = screen.press([.enter], at: sec(30))
        let status = screen.engine.status(at: sec(30))
        #expect(status.step.kind == .rest)
        #expect(screen.engine.records.count == 1)
    }

    @Test func nextDeadlineFollowsTheEngine() {
        var screen = startedRunner()
        #expect(screen.nextDeadline() == sec(1))
        _ = screen.handle(.tick, at: sec(12.2))
        #expect(screen.nextDeadline() == sec(13))
        #expect(screen.nextDeadline() == screen.engine.nextDeadline(after: sec(12.2)))
        _ = screen.handle(.tick, at: sec(59.9))
        #expect(screen.nextDeadline() == sec(60))
    }

    @Test func countdownBellsRingOncePerBatchAndTicksSaveCompletedSteps() {
        var screen = startedRunner()
        #expect(screen.handle(.tick, at: sec(7)).bells == 1)    // 3
        #expect(screen.handle(.tick, at: sec(8)).bells == 1)    // 2
        let change = screen.handle(.tick, at: sec(10))          // 1 and the set's start: its pattern
        #expect(change.bells == 2)
        #expect(change.saves.count == 1)
        #expect(screen.handle(.tick, at: sec(10.5)).isEmpty)
    }

    @Test func withoutVoiceTheBellPatternTellsTheMomentsApart() {
        var screen = startedRunner()
        #expect(screen.handle(.tick, at: sec(10)).bells == 2)                     // the first set starts
        #expect(screen.handle(.tick, at: sec(60)).bells == 1)                     // a rest
        var rings = 0
        for _ in 0..<30 where screen.engine.status(at: sec(61)).step.kind != .switchSides {
            rings = screen.press([screen.logForm == nil ? .character("n") : .enter], at: sec(61)).bells
        }
        #expect(rings == 3)                                                       // switch sides
        #expect(screen.press([.character("n")], at: sec(61)).bells == 2)          // the right side starts
        var ending = startedRunner()
        RunnerScenes.advance(&ending, at: 1, until: { if case .work(.timed) = $0.step.kind { true } else { false } })
        let end = ending.press([.character("n"), .enter], at: sec(2))
        #expect(end.bells == 4 + 1)                                               // the log, then the end
        var loud = startedRunner(voice: true)
        #expect(loud.handle(.tick, at: sec(10)).bells == 1, "with voice one ring: the words say which")
    }

    @Test func voiceSpeaksTheEngineCuesOnlyWhenOn() {
        var quiet = startedRunner()
        #expect(quiet.handle(.tick, at: sec(10)).spoken.isEmpty)
        var loud = startedRunner(voice: true)
        #expect(loud.handle(.tick, at: sec(10)).spoken == ["Glute bridge, set 1 of 2"])
        _ = loud.press([.character("v")], at: sec(11))
        #expect(!loud.voice)
        #expect(loud.handle(.tick, at: sec(60)).spoken.isEmpty)
    }

    @Test func enterOnTheLogFormLogsThePlanAndGoesOn() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: sec(170))   // both sets done: the log form waits
        #expect(screen.logForm != nil)
        #expect(screen.nextDeadline() == nil)
        let actions = screen.press([.enter], at: sec(175))
        #expect(screen.logForm == nil)
        // Each set as counted, and the plan's effort and no pain.
        let entry = screen.engine.logs.first?.entry
        #expect(entry?.sets.map(\.reps) == [10, 10])
        #expect(entry?.repsInReserve == ExerciseLogEntry.planned(for: runnerPlan().items[0]).repsInReserve)
        #expect(entry?.pain == 0)
        #expect(screen.engine.status(at: sec(175)).step.kind == .transition)
        #expect(actions.saves.count == 1)
    }

    @Test func anInvalidValueRingsAndKeepsTheFormOpen() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: sec(170))
        let actions = screen.press([.tab, .tab, .tab, .character("9"), .enter], at: sec(171))
        #expect(actions.bells == 1)
        #expect(screen.logForm?.focus == 3)
        #expect(screen.engine.isAwaitingLog)
    }

    @Test func painOfSevenStopsTheSessionWithTheSafetyMessageThenTheSummary() throws {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: sec(170))
        let actions = screen.press([.tab, .tab, .tab, .tab, .character("7"), .enter], at: sec(171))
        let stop = try #require(actions.replacement as? SafetyStopScreen)
        #expect(stop.message.hasPrefix("Stop here"))
        #expect(actions.saves.last?.isEnded == true)
        let canvas = runnerFrame(stop, at: sec(171))
        #expect(canvas.lines[3] == "  Stopped for your safety")
        #expect(canvas.lines[5].hasSuffix("You reported pain of 7/10 during Glute"))
        var next = stop
        let summary = try #require(next.handle(.key(.enter), at: sec(172)).first.flatMap { action -> SessionSummaryScreen? in
            if case let .replace(screen) = action { screen as? SessionSummaryScreen } else { nil }
        })
        #expect(summary.outcomeText == "stopped for safety")
    }

    @Test func aRedFlagAnswerStopsTheSessionToo() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: sec(170))
        let actions = screen.press([.backTab, .character("y"), .enter], at: sec(171))
        #expect(actions.replacement is SafetyStopScreen)
    }

    @Test func theEndReplacesTheRunnerWithTheSummaryAfterSaving() throws {
        var screen = startedRunner(stretchPlan())
        let actions = screen.handleStored(.tick, at: sec(10_000))
        #expect(actions.saves.last?.isEnded == true)
        let summary = try #require(actions.replacement as? SessionSummaryScreen)
        #expect(summary.kind == .stretch)
        #expect(summary.outcomeText == "done")
    }

    @Test func aSignalSavesTheRunningSessionWithoutEndingIt() {
        var screen = startedRunner()
        let actions = screen.handle(.terminate, at: sec(30))
        #expect(actions.saves.count == 1)
        #expect(actions.saves.first?.isEnded == false)
        #expect(actions.saves.first?.snapshot.stepIndex == 1)
    }
}

@Suite struct RunnerRepCountTests {
    @Test func withVoiceEachRepIsCountedAtItsStart() {
        var loud = startedRunner(voice: true)
        var spoken: [String] = []
        // The first set runs from 10 s: 10 reps of 5 s. The app ticks on every displayed second.
        for t in stride(from: 10.0, through: 26.0, by: 1) { spoken += loud.handle(.tick, at: sec(t)).spoken }
        #expect(spoken == ["Glute bridge, set 1 of 2", "2", "3", "4"])
        var quiet = startedRunner()
        let silent = stride(from: 10.0, through: 26.0, by: 1).flatMap { quiet.handle(.tick, at: sec($0)).spoken }
        #expect(silent.isEmpty)
    }
}
