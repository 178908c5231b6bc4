/// Rule: the plan's safety notices (DOMAIN.md §3). What each warning sign and pain rule does to the
/// sessions is `SafetyGate`'s decision; this puts its reasons first in the plan, then the jump and
/// mileage rules that follow from the profile.
enum SafetyRules {
    static func notices(_ profile: Profile, safety: SafetyDecision) -> [PlanNotice] {
        var notices = safety.notices
        if !safety.signs.isEmpty {
            notices.append(PlanNotice(.seeClinician, "You answered yes to: "
                + RedFlag.allCases.filter(safety.signs.contains).map(\.phrase).joined(separator: ", ")
                + ". Please see a clinician (a doctor or a physiotherapist). Until you are cleared, this plan leaves out all "
                + "jumping and hopping. When a clinician has cleared you, record it in your profile (cleared=YYYY-MM-DD)."))
        }
        if let reason = safety.painReason {
            notices.append(PlanNotice(.painRegression, reason + " If it stays above \(SafetyGate.painLimit)/10 for 2 weeks, or is "
                + "worse the next morning twice, see a clinician."))
        }
        if safety.signs.isEmpty, let worst = profile.injuries.max(by: { $0.pain < $1.pain }), worst.pain > PlanConstants.flarePain {
            notices.append(PlanNotice(.noPlyometrics, "Your \(worst.injury.phrase) pain is \(worst.pain)/10: no jumping while "
                + "pain is above \(PlanConstants.flarePain)/10."))
        } else if safety.signs.isEmpty, PlyoGate.afterInjury(profile) {
            notices.append(PlanNotice(.noPlyometrics, "Jumping returns after the return-to-jumping test: \(ReturnToJumping.description); "
                + "\(ReturnToJumping.recordHint())."))
        }
        if profile.goal == .first5k, !safety.runsPaused {
            notices.append(PlanNotice(.mileageProgression, "Add running distance slowly: no more than 30% more over two weeks, and "
                + "keep any single run within 10% of your longest run of the last 30 days."))
        }
        return notices
    }
}
