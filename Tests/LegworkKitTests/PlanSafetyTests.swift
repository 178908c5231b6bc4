import Testing
@testable import LegworkKit

@Suite("Plan rule: SafetyRules")
struct PlanSafetyTests {
    func kinds(_ edit: (inout Profile) -> Void) -> [PlanNotice.Kind] {
        SafetyRules.notices(PlanFixtures.profile(edit)).map(\.kind)
    }

    @Test func aHealthyRunnerGetsNoSafetyNotice() {
        #expect(kinds { _ in }.isEmpty)
    }

    @Test func redFlagSendsToAClinicianAndBlocksImpact() {
        let profile = PlanFixtures.profile { $0.redFlags = [.bonePain] }
        let notice = SafetyRules.notices(profile).first
        #expect(notice?.kind == .seeClinician)
        #expect(notice?.message.contains("stress fracture") == true)
        #expect(SafetyRules.blocksImpact(profile))
        #expect(kinds { $0.redFlags = [.numbness] } == [.seeClinician])
        #expect(SafetyRules.notices(PlanFixtures.profile { $0.redFlags = [.numbness] })[0].message.contains("stress fracture") == false)
    }

    @Test func hotSwellingNeedsUrgentCare() {
        #expect(kinds { $0.redFlags = [.swelling] } == [.seeClinician, .urgentCare])
    }

    @Test(arguments: [(2, [PlanNotice.Kind.noPlyometrics]), (4, [.noPlyometrics]), (6, [.noPlyometrics, .painRegression])])
    func painThresholds(pain: Int, expected: [PlanNotice.Kind]) {
        #expect(kinds { $0.injuries = [InjuryStatus(.knee, .current(pain: pain))] } == expected)
        #expect(SafetyRules.regressesEverything(PlanFixtures.profile { $0.injuries = [InjuryStatus(.knee, .current(pain: pain))] }) == (pain > 5))
    }

    @Test func firstFiveKAddsDistanceSlowly() {
        #expect(kinds { $0.goal = .first5k } == [.mileageProgression])
    }
}
