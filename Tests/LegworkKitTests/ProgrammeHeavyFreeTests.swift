import Testing
@testable import LegworkKit

/// A programme's weights follow the plan's rules for heavy leg work (DOMAIN §2, Session structure: no heavy
/// lift after the long run; Races: none in the days before one): on those days a weight the writer asked
/// for becomes a light one, and body-weight work is left as written.
@Suite struct ProgrammeHeavyFreeTests {
    static let catalog = try! Catalog.bundled()
    static let start = CalendarDate(year: 2027, month: 3, day: 1)! // a Monday

    static let lifts = Routine(title: "Hip strength", author: "A physiotherapist", exercises: [
        RoutineExercise(card: "sl_rdl", sets: 3, reps: 8...8, rest: 90, load: "heavy dumbbell"),
        RoutineExercise(card: "side_lying_abduction", sets: 3, reps: 15...15),
    ])

    static func plan(_ profile: Profile, days: [Weekday]) -> (Plan, Profile) {
        let plan = PlanGenerator(cards: catalog.cards).plan(for: profile, start: start)
        let programme = ProgrammeSchedule(name: lifts.title, routine: lifts, days: days, first: start, weeks: 6, placement: .instead)
        let safety = SafetyGate.decide(profile: profile, today: start)
        return (programme.scheduled(into: plan, catalog: catalog, profile: profile, level: .intermediate, safety: safety,
                                    jumpGate: JumpGate(), lastSessions: { _ in [] }), profile)
    }

    @Test func theLongRunsDayAndTheDayAfterTakeNoHeavyWeight() throws {
        let runner = Profile(experience: .regular, goal: .stamina, runDays: [.tue, .thu, .sun], longRunDay: .sun,
                             sessionMinutes: .standard, equipment: [.mat, .dumbbells])
        let (plan, _) = Self.plan(runner, days: [.sun, .mon, .wed])
        var seen: Set<Weekday> = []
        for day in plan.sessionDays where day.date >= Self.start {
            guard let lift = day.session?.items.first(where: { $0.cardID == "sl_rdl" && $0.role == .programme }) else { continue }
            seen.insert(day.weekday)
            let heavyFree = day.weekday == .sun || day.weekday == .mon
            #expect((lift.dose.load == Load(.lightWeight)) == heavyFree, "\(day.date) \(day.weekday): \(lift.dose.load?.words ?? "")")
            let band = try #require(day.session?.items.first { $0.cardID == "side_lying_abduction" })
            #expect(band.dose.load?.isBodyWeight ?? true, "body-weight work is left as written")
        }
        #expect(seen == [.sun, .mon, .wed])
    }

    @Test func theDaysBeforeARaceTakeNoHeavyWeight() throws {
        var runner = Profile(experience: .regular, goal: .race, runDays: [.tue, .thu, .sat], longRunDay: .sat,
                             sessionMinutes: .standard, equipment: [.mat, .dumbbells])
        runner.raceDistance = .tenK
        runner.raceDate = Self.start.adding(days: 5 * 7 + 6) // a Sunday six weeks on
        let (plan, _) = Self.plan(runner, days: [.wed])
        let race = try #require(runner.raceDate)
        for day in plan.sessionDays {
            guard let lift = day.session?.items.first(where: { $0.cardID == "sl_rdl" && $0.role == .programme }) else { continue }
            let near = race.days(since: day.date) < PlanConstants.heavyFreeDays(before: .tenK)
            #expect((lift.dose.load == Load(.lightWeight)) == near, "\(day.date): \(lift.dose.load?.words ?? "")")
        }
    }

    /// In place of the plan's sessions, a tendon protocol keeps its days and its stages: six weeks without it
    /// would bring it back a stage too heavy.
    @Test func aTendonProtocolKeepsItsDaysInPlaceOfThePlan() throws {
        var runner = Profile(experience: .regular, goal: .stamina, runDays: [.tue, .thu, .sun], longRunDay: .sun,
                             sessionMinutes: .standard, equipment: [.mat, .step, .dumbbells])
        runner.injuries = [InjuryStatus(.achilles, .current(pain: 3))]
        let own = PlanGenerator(cards: Self.catalog.cards).plan(for: runner, start: Self.start)
        let (plan, _) = Self.plan(runner, days: [.wed])
        let window = Self.start...Self.start.adding(days: 6 * 7 - 1)
        func protocolDays(_ plan: Plan) -> [CalendarDate: [Dose]] {
            Dictionary(uniqueKeysWithValues: plan.sessionDays.filter { window.contains($0.date) }.compactMap { day in
                let doses = day.session!.items.filter { $0.role == .injuryModule }.map(\.dose)
                return doses.isEmpty ? nil : (day.date, doses)
            })
        }
        let before = protocolDays(own)
        #expect(!before.isEmpty, "an Achilles runner has a protocol")
        #expect(protocolDays(plan) == before, "every protocol day and dose stays")
        // Nothing else of the plan's own sessions stays inside the window.
        for day in plan.sessionDays where window.contains(day.date) {
            for item in day.session!.items where item.role != .injuryModule && item.role != .warmUp {
                #expect(item.role == .programme || item.role == .stretch, "\(day.date): \(item.name) \(item.role)")
            }
        }
    }
}
