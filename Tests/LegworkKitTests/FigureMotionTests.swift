import Testing
@testable import LegworkKit

/// Which frame of a figure shows the body during a rep or a hold (`FigureMotion`), and the catalog's
/// figures that the runner plays with it.
struct FigureMotionTests {
    typealias M = FigureMotion.RepMoment

    /// The frame shown every quarter second of a phase `length` seconds long.
    func frames(_ phase: TempoPhase, length: Int, count: Int) -> [Int] {
        (0..<(length * 4)).map { quarter in
            FigureMotion.frame(at: M(phase: phase, elapsed: .milliseconds(quarter * 250), length: .seconds(length)), frameCount: count)
        }
    }

    @Test func theLoweringPlaysTheFramesForwardEachForAnEqualShare() {
        // 3 s down with 3 frames: a second each, the lowered frame in the last one.
        #expect(frames(.down, length: 3, count: 3) == [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2])
        // 2 s down with 4 frames: half a second each.
        #expect(frames(.down, length: 2, count: 4) == [0, 0, 1, 1, 2, 2, 3, 3])
    }

    @Test func thePauseHoldsTheLoweredFrameAndTheLiftingPlaysThemBack() {
        #expect(frames(.pause, length: 1, count: 3) == [2, 2, 2, 2])
        #expect(frames(.up, length: 3, count: 3) == [2, 2, 2, 2, 1, 1, 1, 1, 0, 0, 0, 0])
        #expect(frames(.up, length: 1, count: 4) == [3, 2, 1, 0])
    }

    @Test func oneOrTwoFramesStillWork() {
        #expect(frames(.down, length: 2, count: 1) == [0, 0, 0, 0, 0, 0, 0, 0])
        #expect(frames(.down, length: 2, count: 2) == [0, 0, 0, 0, 1, 1, 1, 1])
        #expect(frames(.up, length: 1, count: 2) == [1, 1, 0, 0])
        #expect(FigureMotion.holdFrame(elapsed: .seconds(10), frameCount: 1) == 0)
    }

    @Test func aZeroSecondPhaseShowsItsEnd() {
        #expect(FigureMotion.frame(at: M(phase: .down, elapsed: .zero, length: .zero), frameCount: 3) == 2)
        #expect(FigureMotion.frame(at: M(phase: .up, elapsed: .zero, length: .zero), frameCount: 3) == 0)
    }

    /// The next change is exactly where the next frame begins, so a deadline there never shows the old one.
    @Test func theNextChangeIsWhereTheNextFrameBegins() throws {
        let length = Duration.seconds(2)
        var elapsed = Duration.zero
        var seen = [FigureMotion.frame(at: M(phase: .down, elapsed: elapsed, length: length), frameCount: 3)]
        while let wait = FigureMotion.untilChange(at: M(phase: .down, elapsed: elapsed, length: length), frameCount: 3) {
            #expect(wait > .zero)
            elapsed += wait
            seen.append(FigureMotion.frame(at: M(phase: .down, elapsed: elapsed, length: length), frameCount: 3))
        }
        #expect(seen == [0, 1, 2])
        #expect(elapsed < length)
        #expect(FigureMotion.untilChange(at: M(phase: .pause, elapsed: .zero, length: .seconds(1)), frameCount: 3) == nil)
        #expect(FigureMotion.untilChange(at: M(phase: .down, elapsed: .zero, length: .seconds(3)), frameCount: 1) == nil)
    }

    @Test func aRepAtItsOwnPaceIsLoweredThenLiftedInHalves() {
        #expect(FigureMotion.uncountedMoment(within: .seconds(1), secondsPerRep: 4) == M(phase: .down, elapsed: .seconds(1), length: .seconds(2)))
        #expect(FigureMotion.uncountedMoment(within: .seconds(3), secondsPerRep: 4) == M(phase: .up, elapsed: .seconds(1), length: .seconds(2)))
    }

    @Test func aHoldEasesIntoItsHeldPositionThenStays() {
        let ease = FigureMotion.easeInSeconds
        #expect(FigureMotion.holdFrame(elapsed: .zero, frameCount: 2) == 0)
        #expect(FigureMotion.holdFrame(elapsed: .seconds(ease), frameCount: 2) == 1)
        #expect(FigureMotion.holdFrame(elapsed: .seconds(30), frameCount: 2) == 1)
        #expect(FigureMotion.holdFrame(elapsed: .seconds(Double(ease) / 2 + 0.01), frameCount: 3) == 1)
        #expect(FigureMotion.holdUntilChange(elapsed: .zero, frameCount: 2) == .seconds(ease))
        #expect(FigureMotion.holdUntilChange(elapsed: .seconds(ease), frameCount: 2) == nil)
    }

    @Test func theBreathGoesInThenOutOverAHold() {
        let breathIn = FigureMotion.breathInSeconds, cycle = breathIn + FigureMotion.breathOutSeconds
        #expect(FigureMotion.breath(elapsed: .zero) == .in)
        #expect(FigureMotion.breath(elapsed: .seconds(breathIn) - .milliseconds(1)) == .in)
        #expect(FigureMotion.breath(elapsed: .seconds(breathIn)) == .out)
        #expect(FigureMotion.breath(elapsed: .seconds(cycle)) == .in)
        // About six slow breaths a minute.
        #expect((5...7).contains(60 / cycle))
    }

    /// Every movement with a counted tempo moves through at least one frame between its top and lowered
    /// positions; every figure stays within the catalog's rules (`CardRules` checks their sizes).
    @Test func everyMovementWithPhasesHasAFrameInBetween() throws {
        let catalog = try Catalog.load(files: CatalogFixtures.bundledFiles())
        for card in catalog.cards {
            #expect(CatalogRules.figureFrames.contains(card.figure.count), "\(card.id)")
            if case .phases = card.tempo { #expect(card.figure.count >= 3, "\(card.id) moves at a tempo") }
        }
    }
}
