/// Rule: how many strength sessions a week of each phase holds (DOMAIN.md §2, Frequency): 2 by default,
/// 3 only in base weeks, 1 at peak and in the taper; never more than the runner asked for.
enum SessionFrequency {
    static func sessions(phase: PlanPhase, requested: Int) -> Int {
        switch phase {
        case .base: min(requested, PlanConstants.maxSessionsBase)
        case .build, .deload: min(requested, PlanConstants.maxSessionsBuild)
        case .peak, .taper: PlanConstants.sessionsPeakAndTaper
        case .recovery: PlanConstants.recoveryMobilitySessions
        }
    }

    /// A warning when the runner asked for more sessions than the base, build or deload weeks of `phases`
    /// allow (fewer sessions at peak and in the taper are the plan working as meant, not a shortfall).
    static func capWarning(requested: Int, phases: [PlanPhase]) -> PlanNotice? {
        let training = phases.filter { $0 == .base || $0 == .build || $0 == .deload }
        guard training.contains(where: { sessions(phase: $0, requested: requested) < requested }) else { return nil }
        return PlanNotice(.sessionsCapped, "You asked for \(requested) strength sessions a week; the plan holds at most "
            + "\(PlanConstants.maxSessionsBase) in base weeks, \(PlanConstants.maxSessionsBuild) in build and deload weeks and "
            + "\(PlanConstants.sessionsPeakAndTaper) at peak and in the taper: more adds fatigue, not speed.")
    }
}
