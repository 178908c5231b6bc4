/// Rule: what safety changes in the plan (DOMAIN.md §3): red flags send the runner to a clinician and
/// block impact; pain above 5/10 makes every exercise one step easier.
enum SafetyRules {
    /// Impact work (jumps, hops, bounds) is blocked for the whole plan.
    static func blocksImpact(_ profile: Profile) -> Bool { !profile.redFlags.isEmpty }

    /// Every strength exercise goes one step easier (its regression).
    static func regressesEverything(_ profile: Profile) -> Bool { profile.currentPain > PlanConstants.regressPain }

    static func notices(_ profile: Profile) -> [PlanNotice] {
        var notices: [PlanNotice] = []
        let flags = RedFlag.allCases.filter(profile.redFlags.contains)
        if !flags.isEmpty {
            var text = "You reported: " + flags.map(\.question).joined(separator: " ") + " Please see a clinician (a doctor or a "
                + "physiotherapist) before you keep running through it. Until you are cleared, this plan leaves out all jumping and hopping."
            if flags.contains(where: \.suggestsBoneStress) {
                text += " Bone pain that grows during a run, at night or when hopping can be a stress fracture: rest from running until it is checked."
            }
            notices.append(PlanNotice(.seeClinician, text))
        }
        if profile.redFlags.contains(.swelling) {
            notices.append(PlanNotice(.urgentCare, "A hot, swollen calf, fever, chest pain or fainting need urgent care today, not training."))
        }
        if let worst = profile.injuries.max(by: { $0.pain < $1.pain }), worst.pain > PlanConstants.flarePain {
            notices.append(PlanNotice(.noPlyometrics, "Your \(worst.injury.phrase) pain is \(worst.pain)/10: no jumping while "
                + "pain is above \(PlanConstants.flarePain)/10."))
        } else if PlyoGate.afterInjury(profile) {
            notices.append(PlanNotice(.noPlyometrics, "Jumping returns after the return-to-jumping test: \(ReturnToJumping.description); "
                + "\(ReturnToJumping.recordHint())."))
        }
        if regressesEverything(profile), let worst = profile.injuries.max(by: { $0.pain < $1.pain }) {
            notices.append(PlanNotice(.painRegression, "Your \(worst.injury.phrase) pain is \(worst.pain)/10: every exercise is "
                + "one step easier. If it stays above \(PlanConstants.regressPain)/10 or is worse the next morning for 2 weeks, see a clinician."))
        }
        if profile.goal == .first5k {
            notices.append(PlanNotice(.mileageProgression, "Add running distance slowly: no more than 30% more over two weeks, and "
                + "keep any single run within 10% of your longest run of the last 30 days."))
        }
        return notices
    }
}
