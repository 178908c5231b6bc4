import Testing
@testable import LegworkKit

/// Loads move by the runner's real increments, in their unit (issue #24): the stepper after a set and the
/// log's "add load" proposal read the same `LoadIncrement`.
@Suite("Rule: LoadIncrement")
struct LoadIncrementTests {
    static let catalog = try! Catalog.bundled()
    static let pound = LoadUnit.kilogramsPerPound

    @Test(arguments: [
        (LoadIncrement.Gear.dumbbells, LoadUnit.kg, 2.0), (.dumbbells, .lb, 5), (.backpack, .kg, 1), (.backpack, .lb, 2),
        (.trapBar, .kg, 2.5), (.trapBar, .lb, 5), (.kettlebell, .kg, 4), (.kettlebell, .lb, 5), (.other, .kg, 1), (.other, .lb, 2),
    ])
    func eachGearStepsByItsIncrement(gear: LoadIncrement.Gear, unit: LoadUnit, amount: Double) {
        let step = LoadIncrement(gear, unit: unit)
        #expect(step.amount == amount)
        #expect(abs(step.kilograms - unit.kilograms(amount)) < 1e-12)
        // One press up from nothing is one step, in the runner's unit.
        let once = step.stepped(nil, by: 1)
        #expect(once.map { unit.number(kilograms: $0) } == Load.kilogramWords(amount))
    }

    @Test func aStepLandsOnTheUnitsGrid() {
        let pairs = LoadIncrement(.dumbbells, unit: .lb)
        // 25 lb up one pair is 30 lb, down one is 20 lb.
        #expect(abs(pairs.stepped(25 * Self.pound, by: 1)! - 30 * Self.pound) < 1e-9)
        #expect(abs(pairs.stepped(25 * Self.pound, by: -1)! - 20 * Self.pound) < 1e-9)
        // 10 kg read in pounds is 22.05 lb: up goes to 25 lb, down to 20 lb, never a 5 lb jump off the grid.
        #expect(abs(pairs.stepped(10, by: 1)! - 25 * Self.pound) < 1e-9)
        #expect(abs(pairs.stepped(10, by: -1)! - 20 * Self.pound) < 1e-9)
        // Down to nothing is body weight, never below.
        #expect(pairs.stepped(5 * Self.pound, by: -1) == nil)
        #expect(pairs.stepped(nil, by: -1) == nil)
        let kilos = LoadIncrement(.dumbbells, unit: .kg)
        #expect(kilos.stepped(8, by: 1) == 10)
        #expect(kilos.stepped(9, by: 1) == 10)
        #expect(kilos.stepped(9, by: -1) == 8)
    }

    @Test func theLogsProposalIsOnTheSameGrid() {
        // +2.5–5 % of 25 lb is 25.6–26.3 lb: no 5 lb step there, so one pair up, 30 lb.
        #expect(abs(LoadIncrement(.dumbbells, unit: .lb).next(after: 25 * Self.pound) - 30 * Self.pound) < 1e-9)
        // 100 lb on a trap bar: +2.5–5 % is 102.5–105 lb, and 105 lb is on the 5 lb grid.
        #expect(abs(LoadIncrement(.trapBar, unit: .lb).next(after: 100 * Self.pound) - 105 * Self.pound) < 1e-9)
        #expect(LoadIncrement(.dumbbells, unit: .kg).next(after: 8) == 10)
        #expect(LoadIncrement(.backpack, unit: .kg).next(after: 6) == 7)
    }

    @Test func theCardsLoadToolChoosesTheGear() throws {
        let calf = try #require(Self.catalog.card(id: "sl_calf_raise"))
        var runner = Profile(experience: .regular, equipment: [.mat, .dumbbells])
        #expect(LoadIncrement.of(calf, profile: runner).gear == .dumbbells)
        runner.equipment = [.mat, .kettlebell]
        #expect(LoadIncrement.of(calf, profile: runner).gear == .kettlebell)
        // Without dumbbells the calf raise is loaded with a backpack (what the plan says too).
        runner.equipment = [.mat]
        #expect(LoadIncrement.of(calf, profile: runner).gear == .backpack)
        runner.units = .lb
        #expect(LoadIncrement.of(calf, profile: runner) == LoadIncrement(.backpack, unit: .lb))
        let bridge = try #require(Self.catalog.card(id: "glute_bridge"))
        #expect(LoadIncrement.gear(of: bridge, owned: []) != .trapBar)
    }

    /// The log's "add load" in a plan for a runner in pounds: a pair of dumbbells up, said in pounds.
    @Test func theLogAddsAPairOfDumbbellsInPounds() {
        let plan = ProgressLogDrivenTests.onePlan("sl_calf_raise", Dose(sets: 3, work: .reps(8...8), rest: 90, load: "dumbbells"))
        let sets = ProgressLogDrivenTests.loggedTop("sl_calf_raise", reps: 8, kg: 25 * Self.pound)
        func thursday(_ profile: Profile) -> PlanItem {
            AutoRegulation.adjust(plan, catalog: Self.catalog, sets: sets, from: ProgressLogDrivenTests.monday.adding(days: 1), profile: profile)
                .session(on: ProgressLogDrivenTests.monday.adding(days: 3))!.items[0]
        }
        var runner = Profile(experience: .regular, equipment: [.mat, .step, .dumbbells])
        runner.units = .lb
        let rose = thursday(runner)
        #expect(rose.change?.hasPrefix("up 5 lb: ") == true, "\(rose.change ?? "")")
        #expect(abs((rose.dose.load?.kilograms ?? 0) - 30 * Self.pound) < 1e-9)
        #expect(rose.dose.load?.words(in: .lb) == "30 lb")
        #expect(PlanItemWords.change(rose)?.hasPrefix("Up 5 lb: ") == true)
        // The same log in kilograms: 11.34 kg, onto the next pair of the 2 kg grid.
        runner.units = .kg
        let kilos = thursday(runner)
        #expect(kilos.change?.hasPrefix("up 0.66 kg: ") == true, "\(kilos.change ?? "")")
        #expect(kilos.dose.load?.kilograms == 12)
    }
}
