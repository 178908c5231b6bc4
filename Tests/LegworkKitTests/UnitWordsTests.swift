import Testing
@testable import LegworkKit

/// One place writes loads and distances in the runner's unit and reads what they type (issue #24).
@Suite("Words: loads and distances in the runner's unit")
struct UnitWordsTests {
    @Test func loadsReadInTheRunnersUnit() {
        #expect(LoadUnit.lb.words(kilograms: 25 * LoadUnit.kilogramsPerPound) == "25 lb")
        #expect(LoadUnit.lb.words(kilograms: 10) == "22 lb")
        #expect(LoadUnit.kg.words(kilograms: 12.5) == "12.5 kg")
        #expect(LoadUnit.lb.number(kilograms: 11) == "24.3")
        #expect(Load.kilograms(11.33980925).words(in: .lb) == "25 lb")
        #expect(Load.kilograms(11.33980925).words == "11.34 kg", "stored words keep kilograms")
        #expect(LoadTool.dumbbells.limit(4.5359237, unit: .lb) == "your heaviest dumbbell is 10 lb")
    }

    @Test(arguments: [("25", LoadUnit.lb, 11.33980925), ("25", .kg, 25), ("11kg", .lb, 11), ("25lb", .kg, 11.33980925), ("25 lbs", .lb, 11.33980925)])
    func aBareNumberIsInTheRunnersUnit(text: String, unit: LoadUnit, kilograms: Double) {
        #expect(abs((unit.kilograms(typed: text) ?? -1) - kilograms) < 1e-9)
    }

    @Test func distancesInKilometresOrMiles() {
        #expect(DistanceUnit.mi.words(metres: 8046.72) == "5 mi")
        #expect(DistanceUnit.mi.words(metres: 21097.5) == "13.1 mi")
        #expect(DistanceUnit.km.words(metres: 21097.5) == "21.1 km")
        #expect(LoadUnit.lb.distance == .mi && LoadUnit.kg.distance == .km)
        #expect(DistanceUnit.mi.metres(typed: "5") == 5 * RunWords.metresPerMile)
        #expect(DistanceUnit.km.metres(typed: "5") == 5000)
        #expect(DistanceUnit.mi.metres(typed: "8km") == 8000)
        #expect(DistanceUnit.mi.metres(typed: "8 km") == 8000)
        #expect(DistanceUnit.km.metres(typed: "5mi") == 5 * RunWords.metresPerMile)
        #expect(DistanceUnit.mi.metres(typed: "five") == nil)
        #expect(DistanceUnit.mi.metres(typed: "") == nil)
    }

    @Test func aRunLoadWarningInMiles() {
        let today = CalendarDate(year: 2026, month: 12, day: 2)!
        let warning = RunLoadWarning(.longerRun(date: today, metres: 16093.44, longest: 8046.72))
        #expect(warning.message(today: today, unit: .mi).hasPrefix("today's 10 mi run was 100% longer than your longest"))
        #expect(warning.message(today: today).hasPrefix("today's 16.1 km run"))
    }

    @Test func theIntakeAsksTheUnits() throws {
        var form = IntakeForm(today: CalendarDate(year: 2026, month: 3, day: 2)!)
        let field = try #require(form[.units])
        #expect(field.text == "kg" && field.isOptional)
        guard case let .singleChoice(choices) = field.kind else { Issue.record("a choice"); return }
        #expect(choices.map(\.value) == ["kg", "lb"])
        form.cycle(.units, by: 1)
        #expect(try form.profile().units == .lb)
    }

    @Test func aPlanForARunnerInPoundsSaysSo() {
        var profile = Profile(experience: .regular)
        profile.units = .lb
        let plan = PlanGenerator(cards: (try! Catalog.bundled()).cards).plan(for: profile, start: CalendarDate(year: 2026, month: 1, day: 5)!)
        #expect(plan.units == .lb)
        let json = PlanJSON.encode(plan)
        #expect(!json.contains("\"units\""), "the plan's JSON keeps its keys")
    }

    /// A run too long is refused in the unit it was typed in.
    @Test func aDistanceOutOfRangeIsSaidInTheRunnersUnit() {
        #expect(RunLimits.distanceProblem(500 * DistanceUnit.mi.metres, unit: .mi) == "the distance must be between 100 m and 248.5 mi, not 500 mi")
        #expect(RunLimits.distanceProblem(800_000) == "the distance must be between 100 m and 400 km, not 800 km")
        #expect(RunLimits.distanceProblem(5 * DistanceUnit.mi.metres, unit: .mi) == nil)
    }
}
