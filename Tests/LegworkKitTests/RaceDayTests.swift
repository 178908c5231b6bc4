import Testing
@testable import LegworkKit

/// DOMAIN §2's race table, by distance: the last session, the runs and mobility after the race.
@Suite("Plan rule: RaceDay")
struct RaceDayTests {
    static let cards = try! Catalog.bundled().cards
    static let monday = CalendarDate(year: 2026, month: 3, day: 2)!

    static func runner(_ distance: RaceDistance, raceIn days: Int) -> Profile {
        Profile(experience: .regular, goal: .race, raceDistance: distance, raceDate: monday.adding(days: days),
                runDays: [.tue, .thu, .sat, .sun], longRunDay: .sun, workoutDay: .thu, equipment: [.mat, .step, .dumbbells, .trapBar])
    }

    static func days(_ plan: Plan) -> [PlanDay] { plan.weeks.flatMap(\.days) }

    @Test func afterAMarathonNoWorkoutAndNoLongRunForAWeek() throws {
        let profile = Self.runner(.marathon, raceIn: 6 * 7 + 2)   // a Wednesday race
        let plan = PlanGenerator(cards: Self.cards).plan(for: profile, start: Self.monday)
        let race = try #require(plan.raceDate)
        let after = Self.days(plan).filter { $0.date > race && $0.date.days(since: race) <= 7 }
        #expect(after.first?.run == nil, "no run the day after a marathon")
        #expect(after.allSatisfy { $0.run == nil || $0.run == .easy }, "\(after.map { "\($0.date) \($0.run?.rawValue ?? "-")" })")
        // Mobility from the day after the race, even in race week; no strength in those 7 days.
        let mobility = after.filter { $0.session?.kind == .mobility }.map { $0.date.days(since: race) }
        #expect(mobility.first == 1)
        #expect(mobility.allSatisfy { $0 <= 7 })
        #expect(!after.contains { $0.session?.kind == .strength })
    }

    @Test(arguments: [RaceDistance.fiveK, .tenK, .half, .marathon])
    func theLastSessionIsLightAndFarEnoughOut(distance: RaceDistance) throws {
        let profile = Self.runner(distance, raceIn: 8 * 7 + 6)
        let plan = PlanGenerator(cards: Self.cards).plan(for: profile, start: Self.monday)
        let race = try #require(plan.raceDate)
        let lastBefore = try #require(plan.sessionDays.last { $0.date < race && $0.session?.kind == .strength })
        #expect(race.days(since: lastBefore.date) >= RaceDay.lastSessionDaysOut(distance))
        let session = try #require(lastBefore.session)
        #expect(session.items.allSatisfy { $0.role != .heavyLift && $0.role != .plyometric })
        #expect(session.items.allSatisfy { ($0.rir?.min ?? 4) >= 4 }, "light: 4 or more reps in reserve")
        #expect(session.items.allSatisfy { $0.dose.load?.asksForMore != true },
                "\(session.items.map { $0.dose.load?.words ?? "" })")
    }

    @Test func startingThreeWeeksFromAMarathonIsFamiliarLightWorkOnly() {
        let profile = Self.runner(.marathon, raceIn: 12)
        let plan = PlanGenerator(cards: Self.cards).plan(for: profile, start: Self.monday)
        let items = plan.sessionDays.compactMap(\.session).filter { $0.kind == .strength }.flatMap(\.items)
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { $0.role != .heavyLift && $0.role != .plyometric })
    }
}

extension RaceDayTests {
    @Test func afterAMarathonTheNextBlockStartsWithAReturnWeek() throws {
        let profile = Self.runner(.marathon, raceIn: 5 * 7 + 6)
        let first = PlanGenerator(cards: Self.cards).plan(for: profile, start: Self.monday)
        let last = try #require(first.weeks.last?.days.last?.date)
        let block = TrainingBlock.first(Self.monday).next(after: first, start: last.adding(days: 1), afterMarathon: true)
        #expect(block.returnWeek)
        var after = profile
        after.raceDate = nil; after.goal = .stamina
        let next = PlanGenerator(cards: Self.cards).plan(for: after, start: block.start, block: block)
        let firstWeek = try #require(next.weeks.first)
        #expect(!firstWeek.sessions.isEmpty)
        #expect(firstWeek.sessions.filter { $0.kind == .strength }.allSatisfy { $0.title.contains("return week") })
        #expect(firstWeek.sessions.flatMap(\.items).allSatisfy { $0.role != .heavyLift && $0.role != .plyometric })
        #expect(next.weeks[1].sessions.allSatisfy { !$0.title.contains("return week") })
    }
}
