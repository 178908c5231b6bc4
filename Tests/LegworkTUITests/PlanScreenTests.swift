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

    /// The plan without safety notices: the screen opens on the days.
    static var plan: Plan {
        var plan = withNotices
        plan.notices = []
        return plan
    }

    /// Six weeks; strength on Monday and Wednesday (Wednesday only in week 4, a deload); runs Tue, Thu, Sat.
    /// One safety notice: the screen opens on it.
    static var withNotices: Plan {
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

    static func run(_ inputs: [TerminalInput], week: Int? = nil, size: Size = Size(width: 80, height: 24), unicode: Bool = true,
                    plan: Plan = plan, ran: [CalendarDate: Double] = [:]) throws -> (TestTerminal, App.Model) {
        let terminal = TestTerminal(size: size, capabilities: .init(colors: true, unicode: unicode), inputs: inputs)
        let root = PlanScreen(plan: plan, today: today, week: week, ran: ran)
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
            " Week 2 of 6 · Base · 2026-03-09 to 2026-03-15 · this week",
            "              Mon      Tue      Wed      Thu      Fri      Sat      Sun",
            "   W1 Base    STR      easy     STR      work     ·        long     ·",
            " ›•W2 Base    STR      easy     STR      work     ·        long     ·",
            "   W3 Base    STR      easy     STR      work     ·        long     ·",
            "   W4 Deload  ·        easy     STR      work     ·        long     ·",
            "   W5 Build   STR      easy     STR      work     ·        long     ·",
            " STR strength  MOB mobility  • this week  runs: easy, work(out), long, RACE",
            "",
            " Wednesday 2026-03-11 · Strength B · 30 min",
            " 1. Glute bridge · 3 × 12, each rep 2 s down, 1 s hold, 1 s up, stop with 2–3",
            "    reps to spare",
            "    why: Strong glutes keep the pelvis level on every landing.",
            " 2. Single-leg RDL · 3 × 8, each rep 3 s down, 1 s hold, 1 s up, stop with 2–3",
            "    reps to spare",
            "    why: Balance and hamstring strength for the stance phase.",
            " 3. Calf raise · 3 × 15, each rep 3 s down, 1 s hold, 1 s up",
            "    why: Calves take the most load per stride.",
            " 4. Front plank · 3 × 30 s, held still",
            "    why: A stiff trunk passes force from leg to leg.",
            "   PgDn ↓ more",
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
        #expect(terminal.frames[1].text.contains("This week's sessions: Monday, Wednesday;"))
        let (other, _) = try PlanScreenFixtures.run([.key(.left), .key(.left), .key(.enter), .key(.character("q"))])
        #expect(other.frames[3].lines[23] == " Only today's session can be started; this one is on 2026-03-09")
    }

    @Test func enterOnAnotherDayAsksBeforeStarting() throws {
        func run(_ keys: [Key]) throws -> (TestTerminal, App.Model) {
            let terminal = TestTerminal(inputs: keys.map { .key($0) } + [.key(.character("q"))])
            let root = PlanScreen(plan: PlanScreenFixtures.plan, today: PlanScreenFixtures.today, startsAnyDay: true)
            let runtime = Runtime(program: App(environment: FixtureEnvironment()), model: App.Model(root: root), terminal: terminal, clock: VirtualClock())
            _ = try runtime.run()
            return (terminal, runtime.model)
        }
        let (asked, model) = try run([.left, .left, .enter, .enter])
        #expect(asked.frames[3].text.contains("Strength A was planned for Monday 2026-03-09, not today."))
        #expect(asked.frames[3].text.contains("Start it now? Enter or y = yes, any other key = no"))
        #expect(model.stack.count == 2)
        #expect(asked.frames[4].text.contains("started Strength A of 2026-03-09"))
        let (declined, stayed) = try run([.left, .left, .enter, .escape])
        #expect(stayed.stack.count == 1)
        #expect(!declined.frames[4].text.contains("Start it now?"))
        let (future, _) = try run([.down, .enter])
        #expect(future.frames[2].text.contains("is planned for Wednesday 2026-03-18, not today."))
        let (today, todayModel) = try run([.enter])
        #expect(todayModel.stack.count == 2, "today's session starts at once")
        #expect(today.frames[1].text.contains("started Strength B of 2026-03-11"))
    }

    @Test func safetyNoticesAreShownFirst() throws {
        let (terminal, model) = try PlanScreenFixtures.run([.key(.left), .key(.character("i")), .key(.escape), .key(.character("q"))], plan: PlanScreenFixtures.withNotices)
        #expect(terminal.frames[0].text.contains("Read first"))
        #expect(terminal.frames[0].text.contains("• Pain up to 3/10 is fine; stop at more."))
        #expect(!terminal.frames[0].text.contains("Glute bridge"))
        // The first arrow closes the notices without moving the day.
        #expect(terminal.frames[1].text.contains("Wednesday 2026-03-11"))
        #expect(terminal.frames[2].text.contains("Read first"))
        #expect(model.stack.count == 1)
    }

    @Test func longPhaseNamesKeepTheirOwnColumn() throws {
        var plan = PlanScreenFixtures.plan
        plan.weeks[5].phase = .recovery
        let (terminal, _) = try PlanScreenFixtures.run([.key(.character("q"))], week: 6, plan: plan)
        let row = try #require(terminal.frames[0].lines.first { $0.contains("W6 ") })
        #expect(row.hasPrefix(" ›•W6 Recovery") || row.hasPrefix(" › W6 Recovery"))
        #expect(row.contains("Recovery  "), "a space between the label and the first cell: \(row)")
    }

    @Test func noticesOpenWithI() throws {
        let (terminal, model) = try PlanScreenFixtures.run([.key(.escape), .key(.character("i")), .key(.escape), .key(.character("q"))],
                                                           plan: PlanScreenFixtures.withNotices)
        #expect(terminal.frames[0].lines[2].hasSuffix("i: 1 notice"))
        #expect(terminal.frames[1].text.contains("Glute bridge"))
        #expect(terminal.frames[2].text.contains("• Pain up to 3/10 is fine; stop at more."))
        #expect(!terminal.frames[2].text.contains("Glute bridge"))
        #expect(!terminal.frames[3].text.contains("Pain up to 3/10 is fine; stop at more."))
        #expect(terminal.frames[3].text.contains("Glute bridge"))
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
