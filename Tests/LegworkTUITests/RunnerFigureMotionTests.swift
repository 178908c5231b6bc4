import LegworkKit
@testable import LegworkTUI
import Testing

/// The runner's figure moves at the tempo: the frame follows the rep's phase and its progress through
/// that phase's seconds, on the runner's own deadlines, in virtual time.
@Suite struct RunnerFigureMotionTests {
    /// Three frames told apart by a mark that a mirror turns round (`<1` becomes `1>`): the top, half-way and the lowered position.
    static let threeFrames: [[String]] = [
        ["  <1   ", "  /|\\  ", "__/_\\__"],
        ["  <2   ", "  /|\\  ", "__/_\\__"],
        ["  <3   ", "  /|\\  ", "__/_\\__"],
    ]

    func runner(figure: [[String]] = threeFrames) -> SessionRunnerScreen {
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: runnerPlan()), figures: ["glute_bridge": figure, "sl_rdl": figure])
        _ = screen.handle(.appear, at: sec(0))
        return screen
    }

    func shownMark(_ screen: SessionRunnerScreen, at t: Double) -> String? { shownMark(screen, at: sec(t)) }

    func shownMark(_ screen: SessionRunnerScreen, at now: Moment) -> String? {
        let text = runnerFrame(screen, at: now).text
        return ["<1", "<2", "<3"].filter { text.contains($0) }.first
    }

    /// The bridge at 3-1-1 after 10 s of getting ready: rep 1 lowers 10–13 s, pauses 13–14 s, lifts 14–15 s.
    @Test func theFrameFollowsThePhaseAndItsProgressThroughItsSeconds() {
        let screen = runner()
        let seen: [(Double, String)] = [
            (10.2, "<1"), (11.2, "<2"), (12.2, "<3"), // down: a second per frame
            (13.5, "<3"),                               // hold: the lowered position
            (14.1, "<3"), (14.5, "<2"), (14.9, "<1"), // up: a third of a second per frame, back
            (15.2, "<1"), (16.5, "<2"),                // rep 2 lowers again
        ]
        for (t, mark) in seen { #expect(shownMark(screen, at: t) == mark, "at \(t) s") }
    }

    @Test func theRunnerWakesWhenTheFigureChangesBetweenSeconds() {
        var screen = runner()
        _ = screen.handle(.tick, at: sec(14))
        // The lift takes 1 s for three frames: the next frame is due a third of a second in, before
        // the next displayed second.
        let deadline = try! #require(screen.nextDeadline())
        #expect(abs((deadline - sec(14)).seconds - 1.0 / 3) < 0.001)
        _ = screen.handle(.tick, at: deadline)
        #expect(shownMark(screen, at: deadline) == "<2")
        // During the pause nothing moves: the next wake-up is the engine's own second.
        var paused = runner()
        _ = paused.handle(.tick, at: sec(13.2))
        #expect(paused.nextDeadline() == paused.engine.nextDeadline(after: sec(13.2)))
    }

    @Test func aPausedRunnerHasNoFigureDeadline() {
        var screen = runner()
        _ = screen.handle(.tick, at: sec(14))
        _ = screen.handle(.key(.character(" ")), at: sec(14.1))
        #expect(screen.engine.isPaused)
        #expect(screen.engine.nextDeadline(after: sec(14.1)) == nil)
        #expect(screen.nextDeadline() == sec(14.1) + SessionRunnerScreen.pausedFinishRedraw, "only the finish time's redraw")
        #expect(shownMark(screen, at: 20) == shownMark(screen, at: 14.1), "the figure stays with the clock")
    }

    /// An older card with two frames still moves: start while lowering, end at the bottom.
    @Test func aTwoFrameFigureKeepsWorking() {
        let screen = runner(figure: Array(Self.threeFrames.prefix(2)))
        #expect(shownMark(screen, at: 10.5) == "<1")
        #expect(shownMark(screen, at: 12.5) == "<2")
        #expect(shownMark(screen, at: 13.5) == "<2")
        #expect(shownMark(screen, at: 14.7) == "<1")
    }

    /// The right side's set shows the same moment of the rep, in a mirror.
    @Test func theRightSideIsTheMirrorOfTheSameFrame() {
        var screen = runner()
        RunnerScenes.advance(&screen, at: 1, until: { $0.side == .right && $0.step.isWork })
        let status = screen.engine.status(at: sec(1))
        let start = sec(1) + (status.remaining ?? .zero) - Duration.seconds(status.step.seconds ?? 0)
        // The RDL at 3-0-1: 2.2 s into rep 1 is its lowered frame, drawn mirrored.
        let text = runnerFrame(screen, at: start + .milliseconds(2200)).text
        #expect(text.contains("3>"), "the mark of the lowered frame, mirrored")
        #expect(!text.contains("<3"))
    }

    @Test func aStretchHoldEasesInThenShowsTheHeldPositionWithABreath() {
        let frames = [["  o  ", " /|  ", "_/_\\_"], ["  o  ", " /|\\ ", "_/_\\_"]]
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: stretchPlan()), figures: ["calf_wall_stretch": frames])
        _ = screen.handle(.appear, at: sec(0))
        RunnerScenes.advance(&screen, at: 1, until: { if case .work(.timed) = $0.step.kind { true } else { false } })
        let begin = sec(1)
        func text(_ after: Double) -> String { runnerFrame(screen, at: begin + .seconds(after), size: Size(width: 40, height: 12)).text }
        #expect(text(0.5).contains(" /|\n"), "easing in")
        #expect(text(Double(FigureMotion.easeInSeconds) + 0.5).contains(" /|\\\n"), "the held position")
        #expect(text(20).contains(" /|\\\n"), "still held")
        #expect(text(1).contains("breathe in"))
        #expect(text(Double(FigureMotion.breathInSeconds) + 1).contains("breathe out"))
    }

    /// Drawn larger, a leg standing on the floor keeps the floor whole under it and a weight stays solid.
    @Test func aScaledLegStandsOnAWholeFloor() {
        #expect(RunnerFigure.scaled(["_|_"], by: 3) == ["    |", "    |", "____|____"])
        #expect(RunnerFigure.scaled([" | "], by: 3) == ["    |", "    |", "    |"])
        #expect(RunnerFigure.scaled(["_|"], by: 3) == ["    |", "    |", "____|"])
        // The goblet held at the chest stays a solid weight between two upright hands.
        #expect(RunnerFigure.scaled(["(#)"], by: 2) == [" (##)", " (##)"])
    }
}
