import LegworkKit
@testable import LegworkTUI
import Testing

/// The guided strength check headless: the heel raises paced by a bell a second and ended by Enter, the
/// plank's clock, yes/no keys, centimetres typed, each side on its own, and the save at the end.
@Suite struct CheckScreenTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 1)!

    static func draw(_ screen: CheckScreen, at now: Moment) -> String {
        var canvas = Canvas(size: Size(width: 80, height: 24))
        let context = RenderContext(size: canvas.size, capabilities: .init(colors: true, unicode: false))
        screen.render(into: &canvas, area: Rect(x: 0, y: 2, width: 80, height: 21), at: now, context: context)
        return canvas.lines.joined(separator: "\n")
    }

    /// Ticks at each deadline the screen asks for until `end`; returns the bells rung.
    static func run(_ screen: inout CheckScreen, until end: Moment) -> Int {
        var bells = 0
        while let next = screen.nextDeadline(), next <= end {
            for action in screen.handle(.tick, at: next) {
                if case .bell = action { bells += 1 } else if case let .rings(n) = action { bells += n }
            }
        }
        return bells
    }

    /// With voice on, every beat's bell comes with its word: up on the way up, down on the way down.
    @Test func theVoiceSpeaksThePaceWithTheBell() {
        var screen = CheckScreen(tests: [.heelRaise], leftOut: [], profile: Profile(), today: Self.today, voice: true)
        _ = screen.handle(.key(.enter), at: .seconds(0))
        var said: [String] = []
        var rung = 0
        while let next = screen.nextDeadline(), next <= .seconds(Double(CheckMetronome.getReadySeconds) + 4) {
            for action in screen.handle(.tick, at: next) {
                if case let .speak(text) = action { said.append(text) }
                if case .bell = action { rung += 1 }
            }
        }
        #expect(said == ["down", "up", "down", "up"], "a word with each beat after the first lift")
        #expect(rung >= said.count)
        var quiet = CheckScreen(tests: [.heelRaise], leftOut: [], profile: Profile(), today: Self.today)
        _ = quiet.handle(.key(.enter), at: .seconds(0))
        let actions = quiet.handle(.tick, at: .seconds(Double(CheckMetronome.getReadySeconds) + 1))
        #expect(!actions.contains { if case .speak = $0 { true } else { false } }, "no voice unless asked")
    }

    @Test func heelRaisesArePacedAndEndedByAKeyThenEachQuestionInTurn() throws {
        var screen = CheckScreen(tests: [.heelRaise, .sidePlank, .kneeToWall, .painFreeRun], leftOut: ["Left out today: 10 single-leg hops."],
                                 profile: Profile(), today: Self.today)
        #expect(Self.draw(screen, at: .origin).contains("Left out today: 10 single-leg hops."))
        #expect(Self.draw(screen, at: .origin).contains("Single-leg heel raises - left side"))
        let start = Moment.seconds(10)
        _ = screen.handle(.key(.enter), at: start)
        let ready = Double(CheckMetronome.getReadySeconds)
        let bells = Self.run(&screen, until: .seconds(10 + ready + 36))
        #expect(bells == 36, "a bell each second of the pace")
        #expect(Self.draw(screen, at: .seconds(10 + ready + 36.5)).contains("18 reps so far · going up"))
        _ = screen.handle(.key(.enter), at: .seconds(10 + ready + 36.5))
        #expect(screen.interview.check.score(.heelRaise)?.left == 18)
        #expect(Self.draw(screen, at: .seconds(60)).contains("Single-leg heel raises - right side"))
        _ = screen.handle(.key(.character("s")), at: .seconds(61))

        // The side plank's clock, stopped by a key; the next side.
        _ = screen.handle(.key(.enter), at: .seconds(100))
        _ = Self.run(&screen, until: .seconds(147))
        _ = screen.handle(.key(.enter), at: .seconds(147.4))
        #expect(screen.interview.check.score(.sidePlank)?.left == 47)
        _ = screen.handle(.key(.character("s")), at: .seconds(150))

        // Centimetres typed, then yes/no.
        for key in [Key.character("1"), .character("1"), .enter, .character("9"), .enter] { _ = screen.handle(.key(key), at: .seconds(160)) }
        #expect(screen.interview.check.score(.kneeToWall) == CheckScore(.kneeToWall, left: 11, right: 9))
        let end = screen.handle(.key(.character("y")), at: .seconds(170))
        guard case let .command(.saveStrengthCheck(saved))? = end.first else {
            Issue.record("the check was not saved: \(end)")
            return
        }
        #expect(saved.scores.count == 4 && saved.date == Self.today)
        #expect(Self.draw(screen, at: .seconds(171)).contains("Calves: below the usual"))
    }

    @Test func escKeepsTheTestsDoneAndAPauseHoldsThePace() {
        var screen = CheckScreen(tests: [.hamstringBridge], leftOut: [], profile: Profile(), today: Self.today)
        _ = screen.handle(.key(.enter), at: .origin)
        let ready = Double(CheckMetronome.getReadySeconds)
        _ = Self.run(&screen, until: .seconds(ready + 10))
        _ = screen.handle(.key(.character(" ")), at: .seconds(ready + 10))
        #expect(screen.nextDeadline() == nil, "paused: no wake-ups")
        _ = screen.handle(.key(.character(" ")), at: .seconds(ready + 70))
        _ = Self.run(&screen, until: .seconds(ready + 80))
        _ = screen.handle(.key(.enter), at: .seconds(ready + 80))
        #expect(screen.interview.check.score(.hamstringBridge)?.left == 10)
        let left = screen.handle(.key(.escape), at: .seconds(ready + 90))
        guard case let .command(.saveStrengthCheck(saved))? = left.first else {
            Issue.record("leaving did not save the test done: \(left)")
            return
        }
        #expect(saved.scores == [CheckScore(.hamstringBridge, left: 10)])
    }

    @Test func theSquatCheckAsksYesOrNoBesideItsFigure() {
        var screen = CheckScreen(tests: [.singleLegSquat], leftOut: [], profile: Profile(), today: Self.today,
                                 figures: [.singleLegSquat: [["  O  ", " /|\\ ", "  |  ", " /   "]]])
        let drawn = Self.draw(screen, at: .origin)
        #expect(drawn.contains("Left leg: did your knee drift in, past your big toe?"))
        #expect(drawn.contains(" /|\\"))
        for key in ["y", "n", "n"] { _ = screen.handle(.key(.character(Character(key))), at: .origin) }
        #expect(Self.draw(screen, at: .origin).contains("Right leg: did your knee drift in"))
        #expect(screen.interview.check.score(.singleLegSquat)?.left == 1)
    }
}

/// The history screen charts each test of the checks over time, left against right.
@Suite struct HistoryCheckRowsTests {
    @Test func eachMeasuredTestIsARowChartedLeftAgainstRight() {
        var first = StrengthCheck(date: CalendarDate(year: 2026, month: 10, day: 1)!)
        first.record(.heelRaise, side: .left, value: 18)
        first.record(.heelRaise, side: .right, value: 26)
        first.record(.hops, side: .left, value: 1)
        var second = StrengthCheck(date: CalendarDate(year: 2026, month: 11, day: 5)!)
        second.record(.heelRaise, side: .left, value: 24)
        second.record(.heelRaise, side: .right, value: 27)
        let screen = HistoryScreen(data: HistoryData(), names: [:], today: 20_000, checks: [first, second])
        #expect(screen.listIDs == ["check:heel-raise"], "yes/no answers are not charted")
        var canvas = Canvas(size: Size(width: 100, height: 30))
        let context = RenderContext(size: canvas.size, capabilities: .init(colors: true, unicode: false))
        screen.render(into: &canvas, area: Rect(x: 0, y: 2, width: 100, height: 27), at: .origin, context: context)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("> Heel raises (check)"))
        #expect(text.contains("Left: 24"))
        #expect(text.contains("Right: 27"))
        #expect(text.contains("2 checks, 2026-10-01 to 2026-11-05"))
        #expect(text.contains("calves: below the usual; left 11% weaker than right"))
    }
}
