/// What the rules need to judge one produced session: the runner as they are that day, the safety gate's
/// decision, the plan the session belongs to (its weeks, phases, runs and race) and the doses last done.
public struct RuleContext: Sendable {
    public var profile: Profile
    public var safety: SafetyDecision
    public var catalog: Catalog
    /// The plan as read that day: the week and phase of a date, the runs around it, the race.
    public var plan: Plan
    /// The training block's jump gate (a beginner's pain-free weeks).
    public var jumpGate: JumpGate
    /// The working dose each card was last prescribed in a session the runner did (not a light or eased
    /// one), by `SessionRules.doneKey`: while doses are frozen nothing may ask more than it and than
    /// `lastLogged` both — coming back to the working dose after a pain-eased day is no rise, and neither
    /// is repeating what the last session (a deload's 1 × 19 after 2 × 17) asked and was done.
    public var lastDone: [String: Dose]
    /// What the runner did of each card in the last session that held it, whatever kind of day it was.
    public var lastLogged: [String: Dose]
    /// The last day a strength session (not a protocol day) was done before this one, when known.
    public var lastStrengthDay: CalendarDate?

    public init(profile: Profile, safety: SafetyDecision, catalog: Catalog, plan: Plan, jumpGate: JumpGate,
                lastDone: [String: Dose] = [:], lastLogged: [String: Dose] = [:], lastStrengthDay: CalendarDate? = nil) {
        self.profile = profile; self.safety = safety; self.catalog = catalog; self.plan = plan; self.jumpGate = jumpGate
        self.lastDone = lastDone; self.lastLogged = lastLogged; self.lastStrengthDay = lastStrengthDay
    }
}
