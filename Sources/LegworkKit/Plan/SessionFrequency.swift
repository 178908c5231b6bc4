/// Rule: how many strength sessions a week of each phase holds (DOMAIN.md §2, Frequency): 2 by default,
/// 3 only in base weeks and only while the running load leaves room for it, 1 at peak and in the taper;
/// never more than the runner asked for.
enum SessionFrequency {
    /// - Parameters:
    ///   - weeklyKm: the runner's weekly distance; at high mileage the base weeks hold 2, not 3.
    ///   - steady: the weekly distance has not risen steeply (`RunningLoad.isSteady`); 3 only then.
    static func sessions(phase: PlanPhase, requested: Int, weeklyKm: Double = 0, steady: Bool = true) -> Int {
        switch phase {
        case .base: min(requested, weeklyKm >= PlanConstants.highMileageKm || !steady ? PlanConstants.maxSessionsBuild : PlanConstants.maxSessionsBase)
        case .build, .deload: min(requested, PlanConstants.maxSessionsBuild)
        case .peak, .taper: PlanConstants.sessionsPeakAndTaper
        case .recovery: PlanConstants.recoveryMobilitySessions
        }
    }

    /// A warning when the runner asked for more sessions than the base, build or deload weeks of `phases`
    /// allow (fewer sessions at peak and in the taper are the plan working as meant, not a shortfall).
    static func capWarning(requested: Int, phases: [PlanPhase], weeklyKm: Double = 0, steady: Bool = true,
                           unit: DistanceUnit = .km) -> PlanNotice? {
        let training = phases.filter { $0 == .base || $0 == .build || $0 == .deload }
        guard training.contains(where: { sessions(phase: $0, requested: requested, weeklyKm: weeklyKm, steady: steady) < requested }) else { return nil }
        if !steady, weeklyKm < PlanConstants.highMileageKm, requested > PlanConstants.maxSessionsBuild {
            return PlanNotice(.sessionsCapped, "Your weekly distance rose steeply in the last two weeks: \(PlanConstants.maxSessionsBuild) strength "
                + "sessions a week until it holds steady (3 only with steady running weeks).")
        }
        if weeklyKm >= PlanConstants.highMileageKm, requested > PlanConstants.maxSessionsBuild {
            return PlanNotice(.sessionsCapped, "You run \(unit.words(metres: weeklyKm.rounded(.down) * 1000)) a week: \(PlanConstants.maxSessionsBuild) strength sessions "
                + "a week leave your legs room to recover from that much running (3 only with lighter running weeks), "
                + "and \(PlanConstants.sessionsPeakAndTaper) at peak and in the taper.")
        }
        return PlanNotice(.sessionsCapped, "You asked for \(requested) strength sessions a week; the plan holds at most "
            + "\(PlanConstants.maxSessionsBase) in base weeks, \(PlanConstants.maxSessionsBuild) in build and deload weeks and "
            + "\(PlanConstants.sessionsPeakAndTaper) at peak and in the taper: more adds fatigue, not speed.")
    }
}
