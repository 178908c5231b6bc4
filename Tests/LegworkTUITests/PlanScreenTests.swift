import LegworkKit
import Testing
@testable import LegworkTUI

enum PlanScreenFixtures {
    static let monday = CalendarDate(year: 2026, month: 3, day: 2)!
    /// Wednesday of week 2.
    static let today = monday.adding(days: 9)

    static let items = [
        PlanItem(cardID: "glute_bridge", name: "Glute bridge", role: .gluteMed, dose: .reps(3, 12, rest: 45),
                 tempo: .phases(down: 2, pause: 1, up: 1), rir: RepsInReserve(2, 3),
                 why: "Strong glutes keep the pelvis level on every landing."),
        PlanItem(cardID: "sl_rdl", name: "Single-leg RDL", role: .singleLeg, dose: .reps(3, 8, rest: 60),
                 tempo: .phases(down: 3, pause: 1, up: 1), rir: RepsInReserve(2, 3),
                 why: "Balance and hamstring strength for the stance phase."),
        PlanItem(cardID: "calf_raise", name: "Calf raise", role: .calf, dose: .reps(3, 15, rest: 45),
                 tempo: .phases(down: 3, pause: 1, up: 1), rir: nil, why: "Calves take the most load per stride."),
        PlanItem(cardID: "front_plank", name: "Front plank", role: .core, dose: .hold(3, seconds: 30, rest: 30),
                 tempo: .isometric, rir: nil, why: "A stiff trunk passes force from leg to leg."),
    ]

    /// Six weeks; strength on Monday and Wednesday (Wednesday only in week 4, a deload); runs Tue, Thu, Sat.
    static var plan: Plan {
        let phases: [PlanPhase] = [.base, .base, .base, .deload, .build, .build]
        let weeks = phases.enumerated().map { index, phase -> PlanWeek in
            let first = monday.adding(days: 7 * index)
            let days = (0..<7).map { i -> PlanDay in
                let date = first.adding(days: i)
                let run: PlanDay.Run? = [1: .easy, 3: .workout, 5: .long][i]
                let hasSession = i == 2 || (i == 0 && phase != .deload)
                let session = hasSession ? PlanSession(title: i == 0 ? "Strength A" : "Strength B", kind: .strength, minutes: 30,
                                                       items: items, runningCue: "Quiet feet, tall hips.", notes: []) : nil
                return PlanDay(weekday: date.weekday, date: date, run: run, session: session)
            }
            return PlanWeek(number: index + 1, phase: phase, days: days)
        }
        return Plan(start: monday, raceDate: nil, weeks: weeks, warnings: [],
                    notices: [PlanNotice(.painMonitoring, "Pain up to 3/10 is fine; stop at more.")])
    }

    static func run(_ inputs: [TerminalInput], week: Int? = nil, size: Size = Size(width: 80, height: 24), unicode: Bool = true) throws -> (TestTerminal, App.Model) {
        let terminal = TestTerminal(size: size, capabilities: .init(colors: true, unicode: unicode), inputs: inputs)
        let root = PlanScreen(plan: plan, today: today, week: week)
        let runtime = Runtime(program: App(environment: FixtureEnvironment()), model: App.Model(root: root), terminal: terminal, clock: VirtualClock())
        _ = try runtime.run()
        return (terminal, runtime.model)
    }
}

@Suite struct PlanScreenTests {
    @Test func thisWeekAndTodaysSessionAtEightyByTwentyFour() throws {
        let (terminal, _) = try PlanScreenFixtures.run([.key(.character("q"))])
        let screen = try #require(terminal.frames.first)
        #expect(screen.lines == [
            " Legwork · My plan                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            " Week 2 of 6 · Base · 2026-03-09 to 2026-03-15 · this week          i: 1 notice",
            "              Mon      Tue      Wed      Thu      Fri      Sat      Sun",
            "   W1 Base    STR      easy     STR      work     ·        long     ·",
            " ›•W2 Base    STR      easy     STR      work     ·        long     ·",
            "   W3 Base    STR      easy     STR      work     ·        long     ·",
            "   W4 Deload  ·        easy     STR      work     ·        long     ·",
            "   W5 Build   STR      easy     STR      work     ·        long     ·",
            " STR strength  MOB mobility  • this week  runs: easy, work(out), long, RACE",
            "",
            " Wednesday 2026-03-11 · Strength B · 30 min",
            " 1. Glute bridge · 3 × 12 · tempo 2-1-1 · RIR 2–3",
            "    why: Strong glutes keep the pelvis level on every landing.",
            " 2. Single-leg RDL · 3 × 8 · tempo 3-1-1 · RIR 2–3",
            "    why: Balance and hamstring strength for the stance phase.",
            " 3. Calf raise · 3 × 15 · tempo 3-1-1",
            "    why: Calves take the most load per stride.",
            " 4. Front plank · 3 × 30 s · tempo iso",
            "    why: A stiff trunk passes force from leg to leg.",
            " Running cue: Quiet feet, tall hips.",
            " Enter starts this session.",
            "",
            " ←→ day  ·  ↑↓ week  ·  Enter start  ·  PgUp PgDn scroll  ·  q quit",
        ])
        // Today's cell is the selection (reverse video); this week's label is marked.
        #expect(screen[32, 5].style == .selected)
        #expect(screen[2, 5].text == "•")
    }

    @Test func weekOptionAndArrowsMoveTheSelection() throws {
        let (terminal, _) = try PlanScreenFixtures.run([.key(.down), .key(.left), .key(.character("t")), .key(.character("q"))], week: 3)
        #expect(terminal.frames[0].lines[2].hasPrefix(" Week 3 of 6 · Base · 2026-03-16 to 2026-03-22"))
        #expect(terminal.frames[1].lines[2].hasPrefix(" Week 4 of 6 · Deload"))
        #expect(terminal.frames[2].text.contains("Sunday 2026-03-22"))
        #expect(terminal.frames[2].text.contains("No strength session this day."))
        #expect(terminal.frames[3].lines[2].hasPrefix(" Week 2 of 6 · Base · 2026-03-09 to 2026-03-15 · this week"))
    }

    @Test func enterOnTodayStartsTodaysSession() throws {
        let (terminal, _) = try PlanScreenFixtures.run([.key(.enter), .key(.character("q"))])
        // The fixture environment has no session screen: it says so, which proves the navigation was asked for.
        #expect(terminal.frames[1].lines[23] == " no todaySession here")
    }

    @Test func enterOnAnotherDayExplains() throws {
        let (terminal, _) = try PlanScreenFixtures.run([.key(.left), .key(.enter), .key(.character("q"))])
        #expect(terminal.frames[2].lines[23].hasPrefix(" No session on this day"))
        let (other, _) = try PlanScreenFixtures.run([.key(.left), .key(.left), .key(.enter), .key(.character("q"))])
        #expect(other.frames[3].lines[23] == " Only today's session can be started; this one is on 2026-03-09")
    }

    @Test func enterStartsTheSelectedDaysSessionThroughTheStarter() throws {
        let terminal = TestTerminal(inputs: [.key(.left), .key(.left), .key(.enter), .key(.character("q"))])
        let root = PlanScreen(plan: PlanScreenFixtures.plan, today: PlanScreenFixtures.today) { session, date in
            HomeScreen(greeting: "started \(session.title) of \(date)")
        }
        let runtime = Runtime(program: App(environment: FixtureEnvironment()), model: App.Model(root: root), terminal: terminal, clock: VirtualClock())
        _ = try runtime.run()
        #expect(runtime.model.stack.count == 2)
        #expect(terminal.frames[3].text.contains("started Strength A of 2026-03-09"))
    }

    @Test func noticesOpenWithI() throws {
        let (terminal, model) = try PlanScreenFixtures.run([.key(.character("i")), .key(.escape), .key(.character("q"))])
        #expect(terminal.frames[1].text.contains("• Pain up to 3/10 is fine; stop at more."))
        #expect(!terminal.frames[1].text.contains("Glute bridge"))
        #expect(!terminal.frames[2].text.contains("Pain up to 3/10 is fine; stop at more."))
        #expect(terminal.frames[2].text.contains("Glute bridge"))
        #expect(model.stack.count == 1, "Esc closed the notices, not the screen")
    }

    @Test func theDetailsScrollAndReadInAscii() throws {
        let (terminal, _) = try PlanScreenFixtures.run([.key(.pageDown), .key(.character("q"))], unicode: false)
        let text = terminal.frames[1].text
        #expect(text.contains("Running cue: Quiet feet, tall hips."))
        #expect(text.contains("PgUp"))
    }

    @Test func largerTerminalsShowMoreWeeks() throws {
        let (terminal, _) = try PlanScreenFixtures.run([.key(.character("q"))], size: Size(width: 120, height: 40))
        let text = terminal.frames[0].text
        for n in 1...6 { #expect(text.contains("W\(n) "), "all six weeks at 40 rows") }
        #expect(text.contains("Running cue: Quiet feet, tall hips."))
    }
}
