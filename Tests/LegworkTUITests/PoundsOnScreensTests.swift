import LegworkKit
import Testing
@testable import LegworkTUI

/// A runner whose profile says `units=lb` reads pounds (and miles) on every screen that shows a load or a
/// run, and a number typed alone where a load is asked is pounds; the log keeps kilograms (issue #24).
@Suite struct PoundsOnScreensTests {
    static let pound = LoadUnit.kilogramsPerPound

    /// The rest screen's stepper moves a pair of dumbbells 5 lb a press and says the load in pounds.
    @Test func theRunnersStepperMovesAPairOfDumbbellsInPounds() {
        var plan = runnerPlan()
        plan.items[0].dose.load = "dumbbells"
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: plan), unit: .lb,
                                         increments: ["glute_bridge": LoadIncrement(.dumbbells, unit: .lb)])
        _ = screen.handle(.appear, at: sec(0))
        _ = screen.handle(.tick, at: sec(61))                  // resting after set 1
        _ = screen.press([.character("]"), .character("]")], at: sec(62))
        let logged = screen.engine.records.compactMap(\.loadKg)
        #expect(logged.count == 1 && abs(logged[0] - 10 * Self.pound) < 1e-9, "\(logged)")
        #expect(runnerFrame(screen, at: sec(62)).text.contains("Set 1: 10 reps · 10 lb"))
        _ = screen.press([.character("[")], at: sec(63))
        #expect(runnerFrame(screen, at: sec(63)).text.contains("Set 1: 10 reps · 5 lb"))
    }

    /// The same stepper for a runner in kilograms moves a pair by 2 kg, a backpack by 1 kg.
    @Test(arguments: [(LoadIncrement.Gear.dumbbells, "4 kg"), (.backpack, "2 kg")])
    func theRunnersStepperInKilograms(gear: LoadIncrement.Gear, shown: String) {
        var plan = runnerPlan()
        plan.items[0].dose.load = "a loaded backpack"
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: plan), increments: ["glute_bridge": LoadIncrement(gear, unit: .kg)])
        _ = screen.handle(.appear, at: sec(0))
        _ = screen.handle(.tick, at: sec(61))
        _ = screen.press([.character("]"), .character("]")], at: sec(62))
        #expect(runnerFrame(screen, at: sec(62)).text.contains("Set 1: 10 reps · \(shown)"))
    }

    /// The form after an exercise asks for pounds, prefills them, reads "25" as 25 lb and "11kg" as 11 kg,
    /// and keeps the load logged exactly when it is confirmed as shown.
    @Test func theLogFormReadsABareNumberAsPounds() throws {
        var form = SessionLogForm(item: runnerPlan().items[1], records: [], unit: .lb)
        #expect(form.label(of: .load) == "Load (lb)")
        let load = try #require(form.fields.firstIndex(of: .load))
        while form.focus != load { _ = form.handle(.tab) }
        for c in "25" { _ = form.handle(.character(c)) }
        guard case let .submit(entry) = form.handle(.enter) else { Issue.record("the form should submit"); return }
        #expect(abs((entry.loadKg ?? 0) - 25 * Self.pound) < 1e-9)

        var kilos = SessionLogForm(item: runnerPlan().items[1], records: [], unit: .lb)
        while kilos.focus != load { _ = kilos.handle(.tab) }
        for c in "11kg" { _ = kilos.handle(.character(c)) }
        guard case let .submit(inKilos) = kilos.handle(.enter) else { Issue.record("the form should submit"); return }
        #expect(inKilos.loadKg == 11)
        #expect(SessionLogForm(item: runnerPlan().items[1], records: []).label(of: .load) == "Load (kg)")
    }

    @Test func theLogFormPrefillsPoundsAndKeepsTheLoggedKilograms() throws {
        let done = PerformedSet(item: 0, cardID: "glute_bridge", set: 1, side: nil, reps: 10, seconds: nil, loadText: nil, loadKg: 10,
                                started: sec(0), ended: sec(30), active: .seconds(30))
        var form = SessionLogForm(item: runnerPlan().items[0], records: [done], unit: .lb)
        let load = try #require(form.fields.firstIndex(of: .load))
        #expect(form.texts[load] == "22")
        guard case let .submit(entry) = form.handle(.enter) else { Issue.record("the form should submit"); return }
        #expect(entry.loadKg == 10, "10 kg shown as 22 lb and confirmed stays 10 kg")
        #expect(entry.sets.first?.loadKg == 10)
    }

    @Test func thePlainLineReadsPounds() throws {
        let entry = try PlainLogLine.parse("8 25", for: runnerPlan().items[0], unit: .lb).get()
        #expect(abs((entry.loadKg ?? 0) - 25 * Self.pound) < 1e-9)
        let kilos = try PlainLogLine.parse("8 11kg", for: runnerPlan().items[0], unit: .lb).get()
        #expect(kilos.loadKg == 11)
    }

    /// `--plain` lines of a session: a weight the plan set in kilograms reads in pounds.
    @Test func theSessionLinesSayPounds() throws {
        var plan = runnerPlan()
        plan.items[0].dose.load = .kilograms(25 * Self.pound)
        let engine = SessionEngine(plan: plan)
        let work = try #require(engine.steps.first { $0.isWork })
        #expect(SessionLines.describe(work, engine: engine, unit: .lb)?.hasSuffix(", 25 lb") == true)
        #expect(SessionLines.describe(work, engine: engine)?.hasSuffix(", 11.34 kg") == true)
    }

    @Test func theHistoryReadsPounds() {
        let t0 = WallTime(year: 2026, month: 3, day: 2, hour: 7, minute: 5, utcOffsetSeconds: 3600)
        let sets = [1, 2].map { SetRecord(sessionID: 1, exerciseID: "glute_bridge", setNumber: $0, reps: 10, loadKg: 25 * Self.pound, rir: 2, pain: 1,
                                          startedAt: t0, endedAt: t0) }
        let logged = LoggedSession(session: SessionRecord(id: 1, kind: .strength, title: "Strength A", startedAt: t0, endedAt: t0.adding(seconds: 1500),
                                                          status: .completed, plannedSeconds: 1500), sets: sets)
        let text = HistoryText.plain([logged], names: ["glute_bridge": "Glute bridge"], unit: .lb)
        #expect(text.contains("  Glute bridge: 2 sets: 10 and 10 reps, 25 lb; 2 reps to spare; pain 1 of 10."))
    }

    /// The plan's text and screen write a logged weight in pounds, and a run logged on a day in miles.
    @Test func thePlanReadsPoundsAndMiles() throws {
        var plan = PlanScreenFixtures.plan
        plan.units = .lb
        plan.weeks[1].days[2].session?.items[1].dose.load = .kilograms(25 * Self.pound)
        let text = PlanText.plain(plan, weeks: [2])
        #expect(text.contains("  2. Single-leg RDL: 3 × 8, each rep 3 s down, 1 s hold, 1 s up, stop with 2–3 reps to spare, 25 lb."))
        #expect(PlanMarkdown.encode(plan, weeks: [2]).contains("RIR 2–3 · 25 lb"))
        let day = plan.weeks[1].days[1]
        #expect(PlanScreen.cell(day, glyphs: .unicode, ran: 8046.72, unit: .mi) == "✓5")
        #expect(PlanScreen.cell(day, glyphs: .unicode, ran: 8046.72) == "✓8")
        let (terminal, _) = try PlanScreenFixtures.run([.key(.character("q"))], plan: plan, ran: [PlanScreenFixtures.today.adding(days: -1): 8046.72])
        #expect(terminal.frames[0].text.contains("✓mi run"))
    }

    /// "Log a run" for a runner in miles: "5" is 5 miles, "8km" still kilometres.
    @Test(arguments: [("5", 8046.72), ("8km", 8000.0), ("3.1 mi", 4988.9664)])
    func theRunFormReadsMiles(typed: String, metres: Double) {
        var screen = RunLogScreen(today: CalendarDate(year: 2026, month: 12, day: 2)!, unit: .mi)
        let actions = typed.flatMap { screen.handle(.key(.character($0)), at: .origin) } + screen.handle(.key(.enter), at: .origin)
        guard case let .command(.saveRun(entry))? = actions.last else { Issue.record("no save: \(actions)"); return }
        #expect(abs(entry.metres - metres) < 1e-6)
    }
}
