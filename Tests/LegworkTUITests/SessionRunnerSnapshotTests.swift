import LegworkKit
import Testing
@testable import LegworkTUI

/// Pictures of the runner at 80x24: each test drives the screen with explicit moments and compares the
/// whole frame, header and footer included.
@Suite struct SessionRunnerSnapshotTests {
    /// Skips (and confirms log entries with Enter) until `condition` holds.
    func advance(_ screen: inout SessionRunnerScreen, at t: Double, until condition: (SessionStatus) -> Bool) {
        for _ in 0..<100 where !condition(screen.engine.status(at: sec(t))) {
            _ = screen.handle(.key(screen.logForm == nil ? .character("n") : .enter), at: sec(t))
        }
    }

    @Test func getReadyShowsTheFirstExerciseAndCountsDown() {
        let screen = startedRunner()
        #expect(runnerFrame(screen, at: sec(3)).lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "  Get ready",
            "  First: Glute bridge · 2 × 10",
            "",
            "    ████",
            "       █                                                            o___",
            "      █                                                            /    \\__",
            "     █                                                            ____________",
            "     █",
            "",
            "  Get into position",
            "",
            "  Squeeze the glutes, ribs down",
            "",
            "",
            "",
            "",
            "",
            "",
            "  Next up: Glute bridge, set 1 of 2",
            "",
            "  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0%  7:10 left",
            " Space pause  ·  n skip  ·  b back  ·  + - rest ±15  ·  Enter done  ·  q quit",
        ])
    }

    @Test func aRepSetShowsTheRepAndTheTempoPhaseWithTheSecondFigureFrameGoingUp() {
        let screen = startedRunner()
        let canvas = runnerFrame(screen, at: sec(14.5))
        #expect(canvas.lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "  Glute bridge                                                      set 1 of 2",
            "  2 × 10 · tempo 3-1-1 (down-hold-up)",
            "",
            "    █  █ ████                                                            _",
            "    █  █ █                                                          o__/ \\",
            "    ████ ████                                                      /      \\_",
            "       █ █  █                                                     ____________",
            "       █ ████",
            "",
            "  rep 1 of 10 · down 3-2-1 · hold · up",
            "",
            "  Squeeze the glutes, ribs down",
            "",
            "",
            "",
            "",
            "",
            "",
            "  Next up: Glute bridge, set 2 of 2",
            "",
            "  █░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  3%  6:59 left",
            " Space pause  ·  n skip  ·  b back  ·  + - rest ±15  ·  Enter done  ·  q quit",
        ])
        // "up" is highlighted, "down" and "hold" are not.
        let row = canvas.lines.firstIndex { $0.contains("rep 1 of 10") }!
        let line = canvas.lines[row]
        let mask = canvas.styleMask(row)
        func maskOf(_ word: String) -> Substring {
            let start = line.distance(from: line.startIndex, to: line.range(of: word)!.lowerBound)
            return mask.dropFirst(start).prefix(word.count)
        }
        #expect(maskOf("up") == "rr")
        #expect(maskOf("down 3-2-1") == "..........")
        #expect(maskOf("rep 1 of 10") == "bbbbbbbbbbb")
    }

    @Test func duringDownTheFirstFrameShowsAndDownIsHighlighted() {
        let canvas = runnerFrame(startedRunner(), at: sec(11))
        #expect(canvas.lines[6].hasSuffix("o___"))
        let row = canvas.lines.firstIndex { $0.contains("rep 1 of 10") }!
        let start = canvas.lines[row].distance(from: canvas.lines[row].startIndex, to: canvas.lines[row].range(of: "down")!.lowerBound)
        #expect(canvas.styleMask(row).dropFirst(start).prefix(10) == "rrrrrrrrrr")
    }

    @Test func restShowsBigDigitsAndWhatComesNext() {
        #expect(runnerFrame(startedRunner(), at: sec(60)).lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "  Rest                                                              set 1 of 2",
            "  Rest after set 1 of Glute bridge",
            "",
            "      █    ████ ████",
            "     ██  █ █  █ █  █                                                o___",
            "      █    █  █ █  █                                               /    \\__",
            "      █  █ █  █ █  █                                              ____________",
            "     ███   ████ ████",
            "",
            "  Rest. + or - changes it by 15 s",
            "",
            "  Squeeze the glutes, ribs down",
            "",
            "",
            "",
            "",
            "",
            "",
            "  Next up: Glute bridge, set 2 of 2",
            "",
            "  █████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  13%  6:13 left",
            " Space pause  ·  n skip  ·  b back  ·  + - rest ±15  ·  Enter done  ·  q quit",
        ])
    }

    @Test func pausedIsShownAndTheDigitsStayFrozen() {
        var screen = startedRunner()
        _ = screen.handle(.key(.character(" ")), at: sec(18.5))
        #expect(runnerFrame(screen, at: sec(30)).lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "  Glute bridge                                                      set 1 of 2",
            "  2 × 10 · tempo 3-1-1 (down-hold-up)",
            "",
            "    █  █ ████",
            "    █  █    █     PAUSED                                            o___",
            "    ████ ████                                                      /    \\__",
            "       █ █       Space resumes                                    ____________",
            "       █ ████",
            "",
            "  rep 2 of 10 · down 3-2-1 · hold · up",
            "",
            "  Squeeze the glutes, ribs down",
            "",
            "",
            "",
            "",
            "",
            "",
            "  Next up: Glute bridge, set 2 of 2",
            "",
            "  █░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  4%  6:55 left",
            " Space pause  ·  n skip  ·  b back  ·  + - rest ±15  ·  Enter done  ·  q quit",
        ])
        #expect(runnerFrame(screen, at: sec(300)).lines == runnerFrame(screen, at: sec(30)).lines)
    }

    @Test func asciiModeDrawsDigitsAndBarWithHashes() {
        var screen = startedRunner()
        _ = screen.handle(.key(.character(" ")), at: sec(18.5))
        #expect(runnerFrame(screen, at: sec(30), unicode: false).lines == [
            " Legwork - Session                                                       ? help",
            "--------------------------------------------------------------------------------",
            "  Glute bridge                                                      set 1 of 2",
            "  2 × 10 - tempo 3-1-1 (down-hold-up)",
            "",
            "    #  # ####",
            "    #  #    #     PAUSED                                            o___",
            "    #### ####                                                      /    \\__",
            "       # #       Space resumes                                    ____________",
            "       # ####",
            "",
            "  rep 2 of 10 - down 3-2-1 - hold - up",
            "",
            "  Squeeze the glutes, ribs down",
            "",
            "",
            "",
            "",
            "",
            "",
            "  Next up: Glute bridge, set 2 of 2",
            "",
            "  #.......................................  4%  6:55 left",
            " Space pause  -  n skip  -  b back  -  + - rest ±15  -  Enter done  -  q quit",
        ])
    }

    @Test func switchingSidesSaysWhichSideIsNext() {
        var screen = startedRunner()
        advance(&screen, at: 1) { $0.step.kind == .switchSides }
        #expect(runnerFrame(screen, at: sec(3)).lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "  Switch sides                                         set 1 of 2 · right side",
            "  Single-leg RDL: get ready for the right side",
            "",
            "    ████",
            "    █  █",
            "    ████",
            "    █  █",
            "    ████",
            "",
            "  Switch to the right side",
            "",
            "  Hips square, heel reaches back",
            "",
            "",
            "",
            "",
            "",
            "",
            "  Next up: Single-leg RDL, set 1 of 2, right side",
            "",
            "  ████████████████████░░░░░░░░░░░░░░░░░░░░  51%  3:29 left",
            " Space pause  ·  n skip  ·  b back  ·  + - rest ±15  ·  Enter done  ·  q quit",
        ])
    }

    @Test func aHoldCountsItsSeconds() {
        var screen = startedRunner()
        advance(&screen, at: 3) { $0.step.kind == .work(.timed(seconds: 30)) }
        #expect(runnerFrame(screen, at: sec(13)).lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "  Front plank",
            "  30 s",
            "",
            "    ████ ████",
            "       █ █  █",
            "    ████ █  █",
            "    █    █  █",
            "    ████ ████",
            "",
            "  hold 30 s",
            "",
            "  Long line from head to heels",
            "",
            "",
            "",
            "",
            "",
            "",
            "  Next up: Done",
            "",
            "  ██████████████████████████████████████░░  95%  0:20 left",
            " Space pause  ·  n skip  ·  b back  ·  + - rest ±15  ·  Enter done  ·  q quit",
        ])
    }

    @Test func aStretchHoldShowsPropsAndTheOverallClock() {
        var screen = startedRunner(stretchPlan())
        _ = screen.handle(.tick, at: sec(20))
        #expect(runnerFrame(screen, at: sec(20)).lines == [
            " Legwork · Stretch                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "  Calf wall stretch                                                  left side",
            "  Props: wall",
            "",
            "      █  ████",
            "     ██  █",
            "      █  ████",
            "      █     █",
            "     ███ ████",
            "",
            "  hold 30 s · left side",
            "",
            "  Back heel down, knee straight",
            "",
            "",
            "",
            "",
            "",
            "",
            "  Next up: Calf wall stretch, right side",
            "",
            "  ██████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:20 / 2:05",
            " Space pause  ·  n skip  ·  b back  ·  q quit",
        ])
    }

    @Test func largerTerminalsSpaceThePartsOut() {
        var screen = startedRunner(stretchPlan())
        _ = screen.handle(.tick, at: sec(20))
        #expect(runnerFrame(screen, at: sec(20), size: Size(width: 100, height: 32)).lines == [
            " Legwork · Stretch                                                                           ? help",
            "────────────────────────────────────────────────────────────────────────────────────────────────────",
            "",
            "",
            "  Calf wall stretch                                                                      left side",
            "  Props: wall",
            "",
            "",
            "",
            "      █  ████",
            "     ██  █",
            "      █  ████",
            "      █     █",
            "     ███ ████",
            "",
            "",
            "",
            "  hold 30 s · left side",
            "",
            "",
            "",
            "  Back heel down, knee straight",
            "",
            "",
            "",
            "",
            "",
            "",
            "  Next up: Calf wall stretch, right side",
            "",
            "  ██████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  0:20 / 2:05",
            " Space pause  ·  n skip  ·  b back  ·  q quit",
        ])
    }
}

@Suite struct SessionLogFormSnapshotTests {
    func atLog() -> SessionRunnerScreen {
        var screen = startedRunner()
        for _ in 0..<100 where screen.logForm == nil { _ = screen.handle(.key(.character("n")), at: sec(1)) }
        return screen
    }

    @Test func theFormIsPrefilledWithThePlan() {
        #expect(runnerFrame(atLog(), at: sec(2)).lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "",
            "  How did it go?",
            "  Glute bridge · planned 2 × 10",
            "",
            "  › Reps done          [10    ]  a whole number per set",
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
            "",
            " Enter save  ·  Tab ↑↓ move  ·  0-9 . type a value  ·  q quit",
        ])
    }

    @Test func anInvalidValueIsExplainedInline() {
        var screen = atLog()
        _ = screen.press([.tab, .tab, .character("7")], at: sec(3))
        #expect(runnerFrame(screen, at: sec(3)).lines == [
            " Legwork · Session                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "",
            "  How did it go?",
            "  Glute bridge · planned 2 × 10",
            "",
            "    Reps done          [10    ]  a whole number per set",
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
            "",
            " Enter save  ·  Tab ↑↓ move  ·  0-9 . type a value  ·  q quit",
        ])
    }

    /// Enter during a set ends it early: the form then asks how many reps were done, with no planned
    /// number to confirm by accident.
    @Test func aSetEndedEarlyAsksHowManyRepsWereDone() throws {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: sec(12))                  // the first set runs
        _ = screen.press([.enter], at: sec(20))                // ended after 2 of 10 reps
        for _ in 0..<10 where screen.logForm == nil { _ = screen.handle(.key(.character("n")), at: sec(21)) }
        let form = try #require(screen.logForm)
        #expect(form.endedEarly)
        #expect(form.texts[0] == "")
        let lines = runnerFrame(screen, at: sec(22)).lines
        #expect(lines[3] == "  You ended a set early: how many reps did you do?")
        #expect(lines[12] == "  you ended a set early: how many reps did you do? (0 if none)")
        #expect(screen.press([.enter], at: sec(22)).bells == 1)
        _ = screen.press([.character("3")], at: sec(23))
        _ = screen.press([.enter], at: sec(23))
        #expect(screen.logForm == nil)
        #expect(screen.engine.records.filter { $0.item == 0 }.allSatisfy { $0.reps == 3 })
    }

    /// "8 12" is two numbers in one field: refused with a message, never saved as 812; 1000 kg and
    /// 101 reps are refused where they are typed (the store would refuse them later).
    @Test(arguments: [
        ([Key.character("8"), .character(" "), .character("1"), .character("2")], 0, #"one number per field: "8 12" is two. Tab moves to the next field"#),
        ([Key.character("1"), .character("0"), .character("1")], 0, "reps done must be 0–100, not 101: type one number per field (Tab moves to the next)"),
        ([Key.tab, .character("1"), .character("0"), .character("0"), .character("0")], 1, "load must be at most 500 kg, not 1000"),
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
        var form = SessionLogForm(item: runnerPlan().items[0])
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

    /// A timed hold asks how long it was held (prefilled with what the timer measured), not reps in reserve.
    @Test func aHoldAsksForSecondsHeld() throws {
        var form = SessionLogForm(item: runnerPlan().items[2], heldSeconds: 24)
        #expect(form.fields == [.secondsHeld, .load, .pain, .redFlag])
        #expect(form.texts[0] == "24")
        _ = form.handle(.character("2"))
        _ = form.handle(.character("0"))
        guard case let .submit(entry) = form.handle(.enter) else { Issue.record("the form should submit"); return }
        #expect(entry.secondsHeld == 20)
        #expect(entry.repsPerSide.isEmpty)
    }
}
