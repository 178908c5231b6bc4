import Testing
@testable import LegworkKit

@Suite("Plan rule: WeeklySchedule and SessionFrequency")
struct PlanScheduleTests {
    let monday = PlanFixtures.monday
    /// Runs tue (workout), thu, sat, sun (long).
    let runner = PlanFixtures.profile {
        $0.runDays = [.tue, .thu, .sat, .sun]; $0.workoutDay = .tue; $0.longRunDay = .sun
    }

    func days(_ dates: [CalendarDate]) -> [Weekday] { dates.map(\.weekday) }

    @Test func hardRunDaysFirstNeverTheDayBeforeAKeyRun() {
        let schedule = WeeklySchedule(profile: runner, start: monday, race: nil)
        #expect(days(schedule.strengthDays(count: 1, monday: monday)) == [.tue])
        #expect(days(schedule.strengthDays(count: 2, monday: monday)) == [.tue, .sun])
        #expect(days(schedule.strengthDays(count: 3, monday: monday)) == [.tue, .thu, .sun])
        #expect(schedule.strengthBlock(on: monday) == "the day before a key run")
        #expect(schedule.strengthBlock(on: PlanFixtures.date("2026-03-07")) == "the day before a key run")
        for count in 1...4 {
            let chosen = schedule.strengthDays(count: count, monday: monday)
            #expect(!chosen.contains { runner.keyRunDays.contains($0.adding(days: 1).weekday) })
        }
    }

    @Test func halfOrMarathonAlsoKeepsTheDayAfterTheLongRunFree() {
        var profile = PlanFixtures.profile { $0.runDays = [.mon, .wed, .sat]; $0.workoutDay = .wed; $0.longRunDay = .sat }
        let sunday = PlanFixtures.date("2026-03-08")
        profile.raceDistance = .tenK
        #expect(WeeklySchedule(profile: profile, start: monday, race: nil).strengthBlock(on: sunday) == nil)
        profile.raceDistance = .marathon
        #expect(WeeklySchedule(profile: profile, start: monday, race: nil).strengthBlock(on: sunday) == "the day after the long run")
    }

    @Test func raceWeekKeepsTheLastDaysFreeAndOnlyMobilityAfter() {
        let race = PlanFixtures.date("2026-03-22")  // a Sunday
        let schedule = WeeklySchedule(profile: runner, start: monday, race: race)
        #expect(schedule.strengthBlock(on: PlanFixtures.date("2026-03-20")) == "too close to the race")
        #expect(schedule.strengthBlock(on: race) == "too close to the race")
        #expect(schedule.strengthBlock(on: PlanFixtures.date("2026-03-24")) == "after the race: mobility only")
        // A race of unknown distance follows the half marathon's rules: the last session 5 days out.
        #expect(schedule.strengthBlock(on: PlanFixtures.date("2026-03-18")) == "too close to the race")
        #expect(schedule.strengthBlock(on: PlanFixtures.date("2026-03-17")) == nil)
        #expect(schedule.run(on: race) == .race)
        // Mobility from the day after the race, within its window (RaceDay).
        let mobility = schedule.mobilityDays(monday: PlanFixtures.date("2026-03-23"))
        #expect(mobility.first == race.adding(days: 1))
        #expect(mobility.allSatisfy { $0.days(since: race) <= RaceDay.mobilityDays(runner.raceDistance) })
        #expect(schedule.mobilityDays(monday: PlanFixtures.date("2026-03-16")).isEmpty)
    }

    @Test func nothingBeforeTheStartDate() {
        let schedule = WeeklySchedule(profile: runner, start: PlanFixtures.date("2026-03-05"), race: nil)
        #expect(days(schedule.strengthDays(count: 2, monday: monday)) == [.thu, .sun])
    }

    @Test func sessionsAreSpreadWhenTheWeekAllows() {
        let everyDay = PlanFixtures.profile { $0.runDays = Set(Weekday.allCases); $0.workoutDay = nil; $0.longRunDay = nil }
        let chosen = WeeklySchedule(profile: everyDay, start: monday, race: nil).strengthDays(count: 3, monday: monday)
        #expect(chosen.count == 3)
        for (a, b) in zip(chosen, chosen.dropFirst()) { #expect(b.days(since: a) > 1) }
    }

    @Test func runsComeFromTheProfile() {
        let schedule = WeeklySchedule(profile: runner, start: monday, race: nil)
        #expect((0..<7).map { schedule.run(on: monday.adding(days: $0)) } == [nil, .workout, nil, .easy, nil, .easy, .long])
    }

    @Test(arguments: [
        (PlanPhase.base, 4, 3), (.base, 2, 2), (.build, 3, 2), (.build, 1, 1), (.deload, 4, 2),
        (.peak, 3, 1), (.taper, 2, 1), (.recovery, 1, PlanConstants.recoveryMobilitySessions),
    ])
    func frequencyByPhase(phase: PlanPhase, requested: Int, expected: Int) {
        #expect(SessionFrequency.sessions(phase: phase, requested: requested) == expected)
    }

    @Test func capWarningOnlyWhenTrainingWeeksHoldFewerThanAsked() {
        #expect(SessionFrequency.capWarning(requested: 2, phases: [.base, .build, .deload, .peak, .taper]) == nil)
        #expect(SessionFrequency.capWarning(requested: 3, phases: [.base, .build])?.kind == .sessionsCapped)
        #expect(SessionFrequency.capWarning(requested: 3, phases: [.base, .base]) == nil)
    }
}
