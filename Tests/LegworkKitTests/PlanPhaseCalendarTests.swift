import Testing
@testable import LegworkKit

@Suite("Plan rule: PhaseCalendar")
struct PlanPhaseCalendarTests {
    let monday = PlanFixtures.monday

    @Test func withoutARaceBaseThenBuildWithADeloadEvery4thWeek() {
        let calendar = PhaseCalendar.make(profile: Profile(), start: monday)
        #expect(calendar.phases == [.base, .base, .base, .deload, .build, .build, .build, .deload])
        #expect(calendar.race == nil)
        #expect(calendar.warnings.isEmpty)
        #expect(PhaseCalendar.make(profile: Profile(), start: monday, weeks: 12).phases
            == [.base, .base, .base, .deload, .base, .base, .build, .deload, .build, .build, .build, .deload])
    }

    @Test func shortRaceThreeWeeksAwayPeaksOneWeekTapersAndRecovers() {
        let profile = PlanFixtures.profile { $0.goal = .race; $0.raceDistance = .tenK; $0.raceDate = PlanFixtures.date("2026-03-22") }
        let calendar = PhaseCalendar.make(profile: profile, start: monday)
        #expect(calendar.phases == [.base, .peak, .taper, .recovery])
        #expect(calendar.race == PlanFixtures.date("2026-03-22"))
    }

    @Test func marathonPeaksTwoWeeks() {
        let profile = PlanFixtures.profile { $0.goal = .race; $0.raceDistance = .marathon; $0.raceDate = PlanFixtures.date("2026-06-14") }
        let phases = PhaseCalendar.make(profile: profile, start: monday).phases
        #expect(phases.count == 16)
        #expect(Array(phases[12...]) == [.peak, .peak, .taper, .recovery])
        #expect(phases.indices.filter { phases[$0] == .deload } == [3, 7, 11])
    }

    @Test func raceInTheStartWeekIsTaperThenRecovery() {
        let profile = PlanFixtures.profile { $0.goal = .race; $0.raceDistance = .fiveK; $0.raceDate = PlanFixtures.date("2026-03-07") }
        #expect(PhaseCalendar.make(profile: profile, start: monday).phases == [.taper, .recovery])
    }

    @Test func passedMissingOrFarRaceGivesAWarningAndNoTaper() {
        let passed = PhaseCalendar.make(profile: PlanFixtures.profile { $0.raceDate = PlanFixtures.date("2026-02-01") }, start: monday)
        #expect(passed.race == nil)
        #expect(passed.warnings.map(\.kind) == [.race])
        let far = PhaseCalendar.make(profile: PlanFixtures.profile { $0.raceDate = PlanFixtures.date("2027-03-01") }, start: monday)
        #expect(far.race == nil)
        #expect(far.phases.count == PlanConstants.defaultWeeks)
        #expect(far.warnings.first?.message.contains("52 weeks away") == true)
        let missing = PhaseCalendar.make(profile: PlanFixtures.profile { $0.goal = .race; $0.raceDistance = .half }, start: monday)
        #expect(missing.warnings.first?.message.contains("race-date=") == true)
    }

    @Test func weeksStartOnTheMondayOfTheStartDate() {
        let thursday = PlanFixtures.date("2026-03-05")
        #expect(PhaseCalendar.make(profile: Profile(), start: thursday).firstMonday == monday)
    }

    @Test func lightWeeksRepeatTheLastProgressionStep() {
        let calendar = PhaseCalendar.make(profile: Profile(), start: monday)
        #expect(calendar.phases.indices.map { calendar.progressionStep(week: $0) } == [0, 1, 2, 2, 3, 4, 5, 5])
        // Counting only the weeks from week 5 on (a beginner's jumps): they start from step 0.
        #expect(calendar.phases.indices.map { calendar.progressionStep(week: $0) { $0 >= 4 } } == [0, 0, 0, 0, 0, 1, 2, 2])
    }
}
