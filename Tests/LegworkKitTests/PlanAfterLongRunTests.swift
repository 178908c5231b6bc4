import Testing
@testable import LegworkKit

/// DOMAIN §6, After the long run: on the long-run day, or the day after it when the plan puts a session
/// there, single-leg work keeps its usual sets at 3 or more reps in reserve; no jumps, no heavy lift,
/// nothing near failure (`AfterLongRun`).
@Suite("Plan after the long run")
struct PlanAfterLongRunTests {
    /// A PR chaser whose long run is on Saturday: the plan puts the second session on Sunday.
    static let prChaserSaturdayLongRun = PlanFixtures.profile {
        $0.experience = .seasoned; $0.goal = .pr; $0.weeklyKm = 45; $0.runDays = [.wed, .sat, .sun]; $0.workoutDay = .wed
        $0.longRunDay = .sat; $0.strengthDays = 2; $0.sessionMinutes = .long; $0.equipment = PlanTestCards.gym
    }

    static func afterLongRunSessions(_ plan: Plan, profile: Profile) -> [(week: PlanWeek, day: PlanDay)] {
        let schedule = WeeklySchedule(profile: profile, start: plan.start, race: plan.raceDate)
        return plan.weeks.flatMap { week in
            week.days.filter { $0.session?.kind == .strength && $0.session?.light != true && AfterLongRun.applies($0.date, schedule: schedule) }
                .map { (week, $0) }
        }
    }

    func checkNothingNearFailure(_ profile: Profile, name: String) {
        let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: profile, start: PlanFixtures.monday)
        let days = Self.afterLongRunSessions(plan, profile: profile)
        #expect(!days.isEmpty, "\(name) has a session after the long run")
        for (week, day) in days {
            let session = day.session!
            #expect(!session.items.contains { $0.role == .plyometric || $0.role == .heavyLift }, "\(name) \(day.date)")
            for item in session.items where item.rir != nil {
                #expect(item.rir!.min >= AfterLongRun.minRIR, "\(name) \(day.date) \(item.cardID): \(item.rir!)")
            }
            // Its single-leg lifts keep the sets the week's other sessions give single-leg work.
            let usual = week.days.filter { $0.date != day.date && $0.session?.kind == .strength && $0.session?.light != true }
                .flatMap { $0.session!.items.filter { $0.role == .singleLeg } }.map(\.dose.sets).max()
            if let usual {
                for item in session.items where item.role == .singleLeg {
                    #expect(item.dose.sets <= usual, "\(name) \(day.date) \(item.cardID): \(item.dose.summary), usually \(usual) sets")
                }
            }
            #expect(session.notes.contains { $0.contains("at least \(AfterLongRun.minRIR) reps short of failure") })
        }
    }

    @Test func aSeasonedMarathonersLongRunDayKeepsItsUsualSetsFarFromFailure() {
        checkNothingNearFailure(PlanPersonaTests.marathoner, name: "seasoned marathoner")
    }

    @Test func theDayAfterTheLongRunFollowsTheSameRule() {
        let profile = Self.prChaserSaturdayLongRun
        let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: profile, start: PlanFixtures.monday)
        #expect(plan.sessionDays.contains { $0.weekday == .sun && $0.session?.kind == .strength }, "the plan puts a session on Sunday")
        checkNothingNearFailure(profile, name: "PR chaser, long run on Saturday")
    }
}
