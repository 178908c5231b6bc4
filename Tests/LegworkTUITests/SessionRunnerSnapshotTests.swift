import Foundation
import LegworkKit
import Testing
@testable import LegworkTUI

/// Pictures of the runner: each test drives the screen with explicit moments and compares what it draws.
@Suite struct SessionRunnerSnapshotTests {
    /// Reps, rest, a change of sides, a hold and a stretch at 40x12, 80x24, 100x30 and 200x50, compared with
    /// `Snapshots/runner-SCENE-WxH.txt`, and as a terminal without Unicode shows them (`…-ascii.txt`).
    @Test(arguments: ["reps", "rest", "switchSides", "hold", "stretch"])
    func pictures(scene: String) throws {
        let (screen, t) = try #require(RunnerScenes.all.first { $0.0 == scene }.map { ($0.1, $0.2) })
        for size in RunnerScenes.sizes {
            Snapshot.expect(runnerFrame(screen, at: sec(t), size: size), named: "runner-\(scene)-\(size)")
            let terminal = TestTerminal(size: size, capabilities: .init(colors: true, unicode: false))
            terminal.present(runnerFrame(screen, at: sec(t), size: size, unicode: false))
            Snapshot.expect(try #require(terminal.lastFrame), named: "runner-\(scene)-\(size)-ascii")
        }
    }

    /// The rows where `text` is drawn big at `scale`, found by its first row of glyphs.
    func bigRows(_ text: String, in canvas: Canvas, scale: Double = 1) -> [Int] {
        let top = BigDigits.lines(text, unicode: true, scale: scale)[0]
        return canvas.lines.indices.filter { canvas.lines[$0].contains(top) }
    }

    @Test func repsShowTheRepAndTheTempoWordWithItsOwnCountdown() {
        let (screen, _) = RunnerScenes.reps
        // Rep 9 starts at 50 s: 3 s down, 1 s hold, 1 s up.
        let expected: [(Double, String)] = [(50.2, "DOWN 3"), (51.2, "DOWN 2"), (52.2, "DOWN 1"), (53.2, "HOLD 1"), (54.2, "UP 1"), (55.2, "DOWN 3")]
        for (t, word) in expected {
            let canvas = runnerFrame(screen, at: sec(t))
            #expect(!bigRows(word, in: canvas).isEmpty, "\(word) at \(t) s")
            #expect(!bigRows(t < 55 ? "9/10" : "10/10", in: canvas).isEmpty)
        }
    }

    /// The largest scale `text` is drawn at in `canvas`, by quarter steps.
    func drawnScale(_ text: String, in canvas: Canvas) -> Double? {
        stride(from: SessionRunnerLayout.maximumScale, through: 1, by: -SessionRunnerLayout.scaleStep).first { !bigRows(text, in: canvas, scale: $0).isEmpty }
    }

    /// The glyphs use the height they have: larger at 100x30 than at 80x24, larger again at 200x50.
    @Test func theGlyphsGrowWithEveryWindowSize() throws {
        let (screen, t) = RunnerScenes.reps
        let scales = try [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 200, height: 50)].map { size in
            try #require(drawnScale("9/10", in: runnerFrame(screen, at: sec(t), size: size)), "\(size)")
        }
        #expect(scales[0] < scales[1] && scales[1] < scales[2], "\(scales)")
    }

    @Test func theGlyphsAndTheFigureGrowWithTheWindowAndStayTogether() {
        let (screen, t) = RunnerScenes.reps
        for (size, least) in [(Size(width: 80, height: 24), 1.0), (Size(width: 200, height: 50), 3.0)] {
            let canvas = runnerFrame(screen, at: sec(t), size: size)
            guard let scale = drawnScale("DOWN 3", in: canvas) else { Issue.record("no DOWN 3 at \(size)"); continue }
            #expect(scale >= least, "\(size)")
            let rows = bigRows("DOWN 3", in: canvas, scale: scale)
            guard let row = rows.first else { continue }
            // Centred: as much room on the left of the block as on the right, to a few columns.
            let left = canvas.lines[row].prefix { $0 == " " }.count
            let digitsRight = left + BigDigits.width(of: "DOWN 3", scale: scale)
            let floor = canvas.lines.first { $0.contains("____________") } ?? ""
            let figureLeft = floor.distance(from: floor.startIndex, to: floor.range(of: "____________")?.lowerBound ?? floor.startIndex)
            #expect(figureLeft > digitsRight && Double(figureLeft - digitsRight) <= 4 * scale + 2, "the figure stays beside the digits at \(size)")
            let right = size.width - DisplayWidth.of(floor)
            #expect(abs(left - right) <= 4, "centred at \(size): \(left) left, \(right) right")
        }
    }

    @Test func theCompactLayoutKeepsTheRepThePhaseAndWhatIsNext() {
        let (screen, t) = RunnerScenes.reps
        let canvas = runnerFrame(screen, at: sec(t), size: Size(width: 40, height: 12))
        #expect(!bigRows("9/10", in: canvas).isEmpty)
        #expect(canvas.text.contains("DOWN 3 · rep 9 of 10"))
        #expect(canvas.text.contains("Next: Glute bridge, set 2 of 2"))
    }

    @Test func belowFortyByTwelveTheAppSaysTheSessionIsPaused() {
        let (screen, t) = RunnerScenes.reps
        let canvas = runnerFrame(screen, at: sec(t), size: Size(width: 39, height: 12))
        #expect(canvas.lines.filter { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) } == [
            "terminal too small", "need 40x12, have 39x12", "The session is paused.", "enlarge the window", "or q to quit",
        ])
    }

    @Test func goingUpShowsTheSecondFrameAndTheRightSideIsMirrored() {
        let (screen, _) = RunnerScenes.reps
        #expect(runnerFrame(screen, at: sec(50.5)).text.contains("o___"))
        // Rep 9 lifts from 54 s to 55 s: the second frame first, then back to the first.
        #expect(runnerFrame(screen, at: sec(54.2)).text.contains("o__/ \\"))
        #expect(runnerFrame(screen, at: sec(54.7)).text.contains("o___"))
        #expect(RunnerFigure.mirrored(rdlFigure[0]) == ["     o", "    /|", "    / \\", "___/___\\__"])
    }

    @Test func pausedIsShownAndTheGlyphsStayFrozen() {
        var screen = startedRunner()
        _ = screen.handle(.key(.character(" ")), at: sec(50.5))
        let at60 = runnerFrame(screen, at: sec(60))
        #expect(at60.lines == runnerFrame(screen, at: sec(90)).lines)
        #expect(at60.text.contains("PAUSED · Space resumes"))
        #expect(!bigRows("DOWN 3", in: at60).isEmpty)
        let row = bigRows("9/10", in: at60)[0]
        #expect(at60.styleMask(row).contains("m"))
    }

    @Test func asciiModeDrawsGlyphsAndBarWithHashes() {
        let (screen, t) = RunnerScenes.rest
        let canvas = runnerFrame(screen, at: sec(t), unicode: false)
        #expect(canvas.text.contains(BigDigits.lines("50", unicode: false, scale: 2)[0]))
        #expect(!canvas.text.contains("█"))
        #expect(canvas.text.contains("######...."))
    }

    @Test func aStretchHoldShowsPropsAndTheRoutineClock() {
        var screen = startedRunner(stretchPlan())
        _ = screen.handle(.tick, at: sec(20))
        let canvas = runnerFrame(screen, at: sec(20))
        #expect(canvas.lines[2] == "  Calf wall stretch                                                  left side")
        #expect(canvas.lines[3] == "  Props: wall")
        #expect((drawnScale("10", in: canvas) ?? 0) >= 2)
        #expect(canvas.text.contains("hold 30 s · left side"))
        #expect(canvas.text.contains("0:20 / 2:05"))
        #expect(canvas.text.contains("Next: Calf wall stretch, right side"))
    }

    @Test func duringARestTheComingExerciseIsNamedWithItsDose() {
        var screen = startedRunner()
        RunnerScenes.advance(&screen, at: 1, until: { $0.step.kind == .rest && $0.item?.cardID == "sl_rdl" })
        let canvas = runnerFrame(screen, at: sec(2))
        #expect(canvas.text.contains("rest · next: Single-leg RDL · 2 × 8 per side"))
        // The coming set is the left side: its figure, not mirrored (drawn at twice the size here).
        let figure = RunnerFigure.scaled(rdlFigure[0], by: 2).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(figure.allSatisfy { canvas.text.contains($0) })
    }
}

@Suite struct SessionLogFormSnapshotTests {
    /// Both sets of the glute bridge ran their course (ready 0–10, set 1 10–60, rest 60–120, set 2 120–170).
    func atLog() -> SessionRunnerScreen {
        var screen = startedRunner()
        _ = screen.handleStored(.tick, at: sec(171))
        return screen
    }

    @Test func theFormIsPrefilledWithEachSetAsCounted() {
        #expect(runnerFrame(atLog(), at: sec(2)).lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "",
            "  How did it go?",
            "  Glute bridge · planned 2 × 10",
            "",
            "  › Set 1              [10    ]  reps done, 0 if skipped",
            "    Set 2              [10    ]  reps done, 0 if skipped",
            "    Load (kg)          [      ]  empty = body weight",
            "    Reps in reserve    [2     ]  0-5: how many more you could have done",
            "    Pain 0-10          [0     ]  0 none, 10 worst imaginable",
            "    Red-flag symptom?  [n     ]  y if yes: a pop, giving way, numbness",
            "",
            "  Enter saves · Tab moves · type to change a value",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Enter save  ·  Tab ↑↓ move  ·  0-9 . type a value  ·  q quit",
        ])
    }

    @Test func anInvalidValueIsExplainedInline() {
        var screen = atLog()
        _ = screen.press([.tab, .tab, .tab, .character("7")], at: sec(3))
        #expect(runnerFrame(screen, at: sec(3)).lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "",
            "  How did it go?",
            "  Glute bridge · planned 2 × 10",
            "",
            "    Set 1              [10    ]  reps done, 0 if skipped",
            "    Set 2              [10    ]  reps done, 0 if skipped",
            "    Load (kg)          [      ]  empty = body weight",
            "  › Reps in reserve    [7     ]  0-5: how many more you could have done",
            "    Pain 0-10          [0     ]  0 none, 10 worst imaginable",
            "    Red-flag symptom?  [n     ]  y if yes: a pop, giving way, numbness",
            "",
            "  reps in reserve must be 0–5 (how many more reps you could have done), not 7",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Enter save  ·  Tab ↑↓ move  ·  0-9 . type a value  ·  q quit",
        ])
    }

    /// Enter during a set asks once, then ends it: the rest screen shows the reps reached, the stepper
    /// corrects them, and the form at the end of the exercise is prefilled with them.
    @Test func aSetEndedEarlyShowsTheRepsReachedOnTheRestScreen() throws {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: sec(12))                  // the first set runs
        #expect(screen.press([.enter], at: sec(22)).isEmpty)   // rep 3 of 10: asked, not ended
        #expect(screen.engine.currentStep.isWork)
        #expect(runnerFrame(screen, at: sec(22)).text.contains("End set 1 at rep 3 of 10? Enter again ends it"))
        _ = screen.press([.enter], at: sec(23))
        #expect(screen.engine.currentStep.kind == .rest)
        #expect(screen.engine.records.map(\.reps) == [3])
        #expect(runnerFrame(screen, at: sec(24)).text.contains("Set 1: 3 reps"))
        _ = screen.press([.up, .up, .down, .up], at: sec(25))
        #expect(screen.engine.records.map(\.reps) == [5])
        #expect(runnerFrame(screen, at: sec(25)).text.contains("Set 1: 5 reps"))
        // Set 2 skipped before its first rep: nothing recorded, the form says 0 for it.
        for _ in 0..<10 where screen.logForm == nil { _ = screen.handle(.key(.character("n")), at: sec(26)) }
        let form = try #require(screen.logForm)
        #expect(form.texts.prefix(2) == ["5", "0"])
        _ = screen.press([.enter], at: sec(27))
        #expect(screen.logForm == nil)
        #expect(screen.engine.records.filter { $0.item == 0 }.map(\.reps) == [5])
    }

    /// The stepper and the question belong to their moments: no stepper during a set, no question in
    /// the last rep.
    @Test func enterInTheLastRepEndsTheSetWithoutAsking() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: sec(56))                  // rep 10 of 10 of set 1
        #expect(!screen.keys.contains { $0.keys == "↑↓" })
        _ = screen.press([.enter], at: sec(56))
        #expect(screen.engine.currentStep.kind == .rest)
        #expect(screen.engine.records.map(\.reps) == [10])
        #expect(screen.keys.contains { $0.keys == "↑↓" && $0.action == "reps done" })
    }

    /// "8 12" is two numbers in one field: refused with a message, never saved as 812; 1000 kg and
    /// 101 reps are refused where they are typed (the store would refuse them later).
    @Test(arguments: [
        ([Key.character("8"), .character(" "), .character("1"), .character("2")], 0, #"one number per field: "8 12" is two. Tab moves to the next field"#),
        ([Key.character("1"), .character("0"), .character("1")], 0, "reps done must be 0–100, not 101: type one number per field (Tab moves to the next)"),
        ([Key.tab, .tab, .character("1"), .character("0"), .character("0"), .character("0")], 2, "load must be at most 500 kg, not 1000"),
    ])
    func valuesOutOfRangeAreRefusedWhereTheyAreTyped(keys: [Key], field: Int, message: String) {
        var screen = atLog()
        _ = screen.press(keys, at: sec(3))
        #expect(screen.logForm?.error(at: field) == message)
        #expect(screen.press([.enter], at: sec(3)).bells == 1)
        #expect(screen.engine.isAwaitingLog)
    }

    /// Only `y` reports a warning sign: Space, x, the arrows and other letters leave the answer alone.
    @Test func theWarningSignChangesOnlyOnAnExplicitY() throws {
        var form = SessionLogForm(item: runnerPlan().items[0], records: [])
        let flag = try #require(form.fields.firstIndex(of: .redFlag))
        while form.focus != flag { _ = form.handle(.tab) }
        for key in [Key.character(" "), .character("x"), .left, .right, .character("q"), .character("1")] {
            _ = form.handle(key)
            #expect(form.texts[flag] == "n", "\(key) flipped the warning sign")
        }
        _ = form.handle(.character("y"))
        #expect(form.texts[flag] == "y")
        _ = form.handle(.character("n"))
        #expect(form.texts[flag] == "n")
    }

    /// A timed hold asks how long each set was held (prefilled with what the timer measured), not reps
    /// in reserve; a side plank asks for each side.
    @Test func aHoldAsksForSecondsHeldPerSide() throws {
        let plank = SessionItem(cardID: "side_plank", name: "Side plank", unilateral: true, tempo: .isometric,
                                dose: .hold(1, seconds: 30, rest: 0), cue: "")
        let held = PerformedSet(item: 0, cardID: "side_plank", set: 1, side: .left, reps: nil, seconds: 24, loadText: nil,
                                started: sec(0), ended: sec(24), active: .seconds(24))
        var form = SessionLogForm(item: plank, records: [held])
        #expect(form.fields == [.set(1, .left, of: 1, timed: true), .set(1, .right, of: 1, timed: true), .load, .pain, .redFlag])
        #expect(form.fields[0].label == "Seconds held, left")
        #expect(form.texts.prefix(2) == ["24", "0"])
        _ = form.handle(.tab)
        _ = form.handle(.character("2"))
        _ = form.handle(.character("0"))
        guard case let .submit(entry) = form.handle(.enter) else { Issue.record("the form should submit"); return }
        #expect(entry.sets.map(\.seconds) == [24, 20])
        #expect(entry.sets.map(\.side) == [.left, .right])
        #expect(entry.repsPerSide.isEmpty)
    }
}

@Suite struct RunnerOverviewAndFinishTests {
    /// A frame with the wall clock at 07:30:10 local time.
    func frame(_ screen: SessionRunnerScreen, at t: Double, size: Size = Size(width: 80, height: 24)) -> Canvas {
        let app = App(environment: FixtureEnvironment())
        var context = RenderContext(size: size, capabilities: .init(colors: true, unicode: true))
        context.wallTime = WallTime(year: 2026, month: 3, day: 2, hour: 7, minute: 30, second: 10, utcOffsetSeconds: 3600)
        return app.view(App.Model(root: screen), at: sec(t), context: context)
    }

    @Test func gettingReadyShowsTheSessionAtAGlance() {
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: runnerPlan()), equipment: ["glute_bridge": [.mat], "sl_rdl": [.dumbbells]])
        _ = screen.handle(.appear, at: sec(0))
        let text = frame(screen, at: 3).text
        #expect(text.contains("Warm up first, 3–5 min: easy movement, leg swings, glute"))
        #expect(text.contains("  activation."))
        #expect(text.contains("1› Glute bridge    2 × 10          mat"))
        #expect(text.contains("2  Single-leg RDL  2 × 8 per side  dumbbells"))
        #expect(text.contains("3  Front plank     30 s"))
        #expect(text.contains("Fetch: mat, dumbbells"))
        #expect(text.contains("Takes about 8 min · done 07:38"))
        #expect(text.contains("starts in"))
    }

    @Test func theFinishTimeFollowsTheTimeLeft() {
        let (screen, t) = RunnerScenes.reps
        // 6:23 left at 07:30:10 → 07:36:33, shown as the minute it ends in.
        #expect(frame(screen, at: t).text.contains("11%  6:23 left  ·  done 07:37"))
        #expect(SessionRunnerLayout.finishClock(wallTime: WallTime(secondsSince1970: 0), left: .seconds(600), speed: 10) == "00:01")
        #expect(SessionRunnerLayout.finishClock(wallTime: nil, left: .seconds(600), speed: 1) == nil)
    }
}

@Suite struct RunnerHoldFigureTests {
    @Test func aStretchFigureShowsTheHoldFilling() throws {
        let wall = [["  o |", " /| |", " / \\|"]]
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: stretchPlan()), figures: ["calf_wall_stretch": wall])
        _ = screen.handle(.appear, at: sec(0))
        _ = screen.handle(.tick, at: sec(11))
        let status = screen.engine.status(at: sec(11))
        guard case let .work(.timed(seconds)) = status.step.kind else { Issue.record("not a hold: \(status.step.kind)"); return }
        let remaining = try #require(status.remaining)
        let size = Size(width: 40, height: 12)
        func text(_ t: Moment) -> String { runnerFrame(screen, at: t, size: size).text }
        let heldEarly = 1 - remaining.seconds / Double(seconds)
        #expect(text(sec(11)).contains("  o |\n"), "the figure is drawn")
        #expect(text(sec(11)).contains(ProgressBar.text(fraction: heldEarly, width: 5, glyphs: .unicode)))
        #expect(text(sec(11) + remaining - .seconds(1)).contains(ProgressBar.text(fraction: 1 - 1 / Double(seconds), width: 5, glyphs: .unicode)))
        #expect(ProgressBar.text(fraction: heldEarly, width: 5, glyphs: .unicode) != ProgressBar.text(fraction: 1 - 1 / Double(seconds), width: 5, glyphs: .unicode))
    }
}
