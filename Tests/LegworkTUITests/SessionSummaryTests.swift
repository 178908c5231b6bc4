import LegworkKit
import Testing
@testable import LegworkTUI

@Suite struct SessionSummaryTests {
    /// Runs the whole plan with ticks every 7 s; logs 12 kg and no reps in reserve for the bridge, 7/8
    /// reps in both sets with none in reserve and pain 5 for the RDL, the plan for the plank. Returns the screen that replaced the runner.
    func finishedSession() throws -> any Screen {
        var screen = startedRunner()
        var t = 0.0
        var last: [ScreenAction] = []
        while !screen.engine.isEnded, t < 5000 {
            t += 7
            last = screen.handleStored(.tick, at: sec(t))
            guard screen.logForm != nil else { continue }
            switch screen.engine.currentStep.item {
            case 0: _ = screen.press([.tab, .tab, .character("1"), .character("2"), .tab, .character("0")], at: sec(t))
            case 1: _ = screen.press([.character("7"), .tab, .tab, .character("7"), .tab, .tab, .tab, .character("0"), .tab, .character("5")], at: sec(t))
            default: break
            }
            last = screen.press([.enter], at: sec(t))
        }
        return try #require(last.replacement)
    }

    @Test func doneVersusPlannedTimesNotesAndTheRunningCue() throws {
        let summary = try finishedSession()
        #expect(runnerFrame(summary, at: sec(500)).lines == [
            " Legwork · Summary                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "",
            "  Today's session: done",
            "",
            "  Exercise        Planned          Done          Spare  Pain",
            "  Glute bridge    2 × 10           ✓ 2 × 10      0      0",
            "  Single-leg RDL  2 × 8/side       ✓ 2 × 7/8     0      5",
            "  Front plank     1 × 30 s         ✓ 1 × 30 s    -      0",
            "",
            "  Time: 7:13 active · 0:15 logging (planned 7:13)",
            "",
            "  Notes",
            "  • No reps left in reserve on Glute bridge: stop 1–2 reps short of failure",
            "    next time.",
            "  • No reps left in reserve on Single-leg RDL: stop 1–2 reps short of failure",
            "    next time.",
            "",
            "  On your next run",
            "    Hips level at foot-strike",
            "",
            "",
            "",
            " Enter home  ·  s stretch now  ·  q quit",
        ])
    }

    @Test func enterGoesHomeAndSGoesStraightIntoTheStretch() throws {
        var summary = try #require(try finishedSession() as? SessionSummaryScreen)
        guard case .navigate(.home) = summary.handle(.key(.enter), at: sec(0)).first else { Issue.record("Enter should go home"); return }
        guard case .pop = summary.handle(.key(.escape), at: sec(0)).first else { Issue.record("Esc should go back"); return }
        guard case .navigate(.stretch) = summary.handle(.key(.character("s")), at: sec(0)).first else { Issue.record("s should open the stretch"); return }
    }

    @Test func aStretchSummaryListsTheStretchesWithoutTheStretchKey() throws {
        var runner = startedRunner(stretchPlan())
        var summary = try #require(runner.handleStored(.tick, at: sec(1000)).replacement as? SessionSummaryScreen)
        let lines = runnerFrame(summary, at: sec(1000)).lines
        #expect(Array(lines[3...9]) == [
            "  15-minute stretch: done",
            "",
            "  Stretch            Planned          Done",
            "  Calf wall stretch  1 × 30 s/side    ✓ 1 × 30 s",
            "  Child's pose       1 × 45 s         ✓ 1 × 45 s",
            "",
            "  Time: 2:05 active (planned 2:05)",
        ])
        #expect(lines[23] == " Enter home  ·  q quit")
        #expect(summary.handle(.key(.character("s")), at: sec(0)).isEmpty)
    }

    @Test func anAbandonedSessionSaysItStoppedEarly() {
        var engine = SessionEngine(plan: runnerPlan())
        _ = engine.start(at: sec(0))
        _ = engine.handle(.abandon, at: sec(30))
        let lines = runnerFrame(SessionSummaryScreen(summary: engine.summary), at: sec(30)).lines
        #expect(lines[3] == "  Today's session: stopped early")
        #expect(lines[6] == "  Glute bridge    2 × 10             skipped")
    }

    /// Every set skipped with `n`: nothing was done, so nothing reads "done" and no row has a tick.
    @Test func aSessionWithEverySetSkippedReadsSkipped() throws {
        var screen = startedRunner()
        var last: [ScreenAction] = []
        for _ in 0..<100 where !screen.engine.isEnded {
            last = screen.press([screen.logForm == nil ? .character("n") : .enter], at: sec(1))
        }
        let summary = try #require(last.replacement)
        let lines = runnerFrame(summary, at: sec(1)).lines
        #expect(lines[3] == "  Today's session: skipped")
        #expect(lines[6...8].allSatisfy { $0.contains("skipped") })
        #expect(!lines.joined().contains("✓"))
    }

    /// After a safety stop there is no cue for the next run: the next run waits for the pain to settle.
    @Test func aSafetyStopHasNoCueForTheNextRun() throws {
        var engine = SessionEngine(plan: runnerPlan())
        _ = engine.start(at: sec(0))
        _ = engine.handle(.tick, at: sec(170))
        _ = engine.handle(.log(try ExerciseLogEntry(repsPerSide: [10], repsInReserve: 2, pain: 8)), at: sec(171))
        let text = runnerFrame(SessionSummaryScreen(summary: engine.summary), at: sec(171)).text
        #expect(text.contains("stopped for safety"))
        #expect(!text.contains("On your next run"))
    }
}
