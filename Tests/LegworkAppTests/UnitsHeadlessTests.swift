import Foundation
import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// A runner whose profile says `units=lb`: runs are typed and read in miles, the runner's screens get
/// pounds and the increments of what loads each card (issue #24). On an in-memory store, on a chosen day.
@Suite struct UnitsHeadlessTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)!  // a Wednesday
    let context: AppContext

    init() throws {
        context = AppContext(settings: AppSettings(today: { Self.today }), store: try Store.inMemory())
        var profile = Profile(experience: .regular, equipment: [.mat, .dumbbells])
        profile.units = .lb
        profile.dumbbellMaxKg = 25 * LoadUnit.kilogramsPerPound
        try context.saveProfile(profile, today: Self.today)
    }

    @Test func aRunIsTypedAndReadInMiles() throws {
        #expect(try RunAction.log(.init(distance: "5", kind: "easy"), context: context) == "logged run 1: Wednesday 2 December: 5 mi easy run")
        #expect(try context.store.runs().first.map { abs($0.metres - 8046.72) < 1e-6 } == true, "stored in metres")
        #expect(try RunAction.log(.init(distance: "8km", kind: "easy", date: "2026-12-01"), context: context)
            == "logged run 2: Tuesday 1 December: 5 mi easy run")
        let list = try RunAction.list(context: context)
        #expect(list.hasSuffix(", this week 10 mi"), "\(list)")
        #expect(throws: UsageError.self) { try RunAction.log(.init(distance: "five", kind: "easy"), context: context) }
    }

    @Test func aBareNumberIsKilometresInKilograms() throws {
        var profile = try #require(try context.profile())
        profile.units = .kg
        try context.saveProfile(profile, today: Self.today)
        #expect(try RunAction.log(.init(distance: "5", kind: "easy"), context: context) == "logged run 1: Wednesday 2 December: 5 km easy run")
    }

    @Test func theProfileShowsTheWeightsInPoundsToo() throws {
        let lines = ProfileText.lines(try #require(try context.profile()))
        #expect(lines.contains { $0.hasPrefix("dumbbell-max-kg:") && $0.hasSuffix("11.34 (25 lb)") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("units:") && $0.hasSuffix("lb") })
    }

    @Test func theRunnerGetsPoundsAndTheCardsIncrements() throws {
        let calf = try #require(context.catalog.card(id: "sl_calf_raise"))
        let item = SessionItem(cardID: calf.id, name: calf.name, unilateral: true, tempo: .none, dose: .reps(3, 10, rest: 60), cue: "")
        let plan = SessionPlan(id: "t", title: "T", kind: .strength, items: [item], runningCue: "")
        let screen = try #require(SessionStart(context: context).runner(SessionEngine(plan: plan)) as? SessionRunnerScreen)
        #expect(screen.unit == .lb)
        #expect(screen.increments[calf.id] == LoadIncrement(.dumbbells, unit: .lb))
    }

    @Test func thePlanIsInPounds() throws {
        let profile = try #require(try context.profile())
        let plan = try context.plan(for: profile, today: Self.today)
        #expect(plan.units == .lb)
    }
}
