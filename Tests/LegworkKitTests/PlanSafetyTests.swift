import Testing
@testable import LegworkKit

@Suite("Plan rule: SafetyRules (the plan's safety notices)")
struct PlanSafetyTests {
    func notices(_ edit: (inout Profile) -> Void) -> [PlanNotice] {
        let profile = PlanFixtures.profile(edit)
        return SafetyRules.notices(profile, safety: SafetyGate.decide(profile: profile, today: PlanFixtures.monday))
    }

    func kinds(_ edit: (inout Profile) -> Void) -> [PlanNotice.Kind] { notices(edit).map(\.kind) }

    @Test func aHealthyRunnerGetsNoSafetyNotice() {
        #expect(kinds { _ in }.isEmpty)
    }

    @Test func boneStressSendsToAClinicianPausesRunsAndBlocksImpact() {
        let shown = notices { $0.redFlags = [.bonePain] }
        #expect(shown.first?.kind == .seeClinician)
        #expect(shown.first?.message.contains("bone-stress injury") == true)
        #expect(shown.map(\.kind).contains(.runsPaused))
        #expect(SafetyGate.decide(profile: PlanFixtures.profile { $0.redFlags = [.bonePain] }, today: PlanFixtures.monday).impactBlocked)
    }

    @Test func numbnessKeepsTheRunsAndSaysNothingOfBones() {
        let shown = notices { $0.redFlags = [.numbness] }
        #expect(shown.map(\.kind) == [.seeClinician, .seeClinician])
        #expect(!shown.contains { $0.message.contains("bone") })
    }

    @Test func hotSwollenCalfNeedsUrgentCareFirst() {
        let shown = kinds { $0.redFlags = [.swelling] }
        #expect(shown.first == .urgentCare)
        #expect(shown.contains(.runsPaused))
    }

    @Test(arguments: [(2, [PlanNotice.Kind.noPlyometrics]), (4, [.noPlyometrics]), (6, [.painRegression, .noPlyometrics])])
    func painThresholds(pain: Int, expected: [PlanNotice.Kind]) {
        #expect(kinds { $0.injuries = [InjuryStatus(.knee, .current(pain: pain))] } == expected)
        let profile = PlanFixtures.profile { $0.injuries = [InjuryStatus(.knee, .current(pain: pain))] }
        // Above 5/10 the knee's exercises go one step easier, not every exercise (DOMAIN §6).
        #expect(SafetyGate.decide(profile: profile, today: PlanFixtures.monday).painfulAreas == (pain > 5 ? [.knee] : []))
    }

    @Test func firstFiveKAddsDistanceSlowly() {
        #expect(kinds { $0.goal = .first5k } == [.mileageProgression])
    }
}
