import Testing
@testable import LegworkKit

/// DOMAIN §6, Effort per session: the advanced level's RIR 1–2 is for the one heavy lift; every other lift
/// stays at RIR 2–3, and rehab work for a painful area at RIR 3 or more.
@Suite("Plan effort per session")
struct PlanEffortPerSessionTests {
    static let cards = PlanPersonaTests.bundledCards

    static func plan(_ profile: Profile) -> Plan {
        PlanGenerator(cards: cards).plan(for: profile, start: PlanFixtures.monday)
    }

    /// Items of the usual (not light) strength sessions that carry an effort target; the sessions after
    /// the long run, where nothing is near failure, are `PlanAfterLongRunTests`' to check.
    static func effortItems(_ plan: Plan, profile: Profile = PlanPersonaTests.marathoner) -> [PlanItem] {
        let schedule = WeeklySchedule(profile: profile, start: plan.start, race: plan.raceDate)
        return plan.sessionDays.filter { !AfterLongRun.applies($0.date, schedule: schedule) }.compactMap(\.session)
            .filter { $0.kind == .strength && $0.light != true }.flatMap(\.items).filter { $0.rir != nil }
    }

    @Test func anAdvancedRunnerGoesNearFailureOnTheHeavyLiftOnly() {
        let plan = Self.plan(PlanPersonaTests.marathoner)
        let items = Self.effortItems(plan)
        let heavy = items.filter { $0.role == .heavyLift }
        #expect(!heavy.isEmpty)
        #expect(heavy.allSatisfy { $0.rir == PlanConstants.heavyLiftRIR })
        let others = items.filter { $0.role != .heavyLift }
        #expect(others.count > 10)
        for item in others {
            #expect(item.rir == RepsInReserve(2, 3), "\(item.cardID) (\(item.role.rawValue)): \(item.rir!)")
        }
        // The week-5 session A the brief names: its side plank is a hold; its single-leg lifts and calf work 2–3.
        let weekFive = plan.weeks.first { $0.number == 5 }!.sessions.first { $0.title.hasPrefix("Strength A") }!
        #expect(weekFive.items.filter { $0.rir != nil && $0.role != .heavyLift }.allSatisfy { $0.rir!.min >= 2 })
    }

    @Test func rehabWorkForAPainfulAreaKeepsThreeRepsInReserve() {
        var runner = PlanPersonaTests.marathoner
        // The knee's hold opens the session; the shins' tibialis raises follow as a module of their own.
        runner.injuries = [InjuryStatus(.knee, .current(pain: 3)), InjuryStatus(.shins, .current(pain: 3))]
        let rehab = Self.effortItems(Self.plan(runner), profile: runner).filter { $0.role == .injuryModule || $0.role == .painRelief }
        #expect(rehab.contains { $0.cardID == "tibialis_raise" }, "the shins' tibialis raises are counted")
        for item in rehab { #expect(item.rir!.min >= PlanConstants.rehabMinRIR, "\(item.cardID): \(item.rir!)") }
    }

    @Test func rehabEffortIsAtLeastThreeAtEveryLevel() {
        let card = PlanTestCards.named("sl_rdl")
        let dose = Dose.reps(3, 8, rest: 60)
        for level in Level.allCases {
            for role in [PlanItem.Role.injuryModule, .painRelief] {
                #expect(DoseRule.rir(level: level, weekNumber: 6, card: card, dose: dose, light: false, role: role)!.min >= 3)
            }
            #expect(DoseRule.rir(level: level, weekNumber: 6, card: card, dose: dose, light: false, role: .singleLeg, painful: true)!.min >= 3)
        }
        #expect(DoseRule.rir(level: .advanced, weekNumber: 6, card: card, dose: dose, light: false, role: .calf) == RepsInReserve(2, 3))
        #expect(DoseRule.rir(level: .advanced, weekNumber: 6, card: card, dose: dose, light: false, role: .heavyLift) == RepsInReserve(1, 2))
    }
}
