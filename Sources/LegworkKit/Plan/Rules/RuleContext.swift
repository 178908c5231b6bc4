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
    /// The dose each card was last prescribed in a session the runner did, by `SessionRules.doneKey`: while
    /// doses are frozen nothing may ask more.
    public var lastDone: [String: Dose]
    /// The last day a strength session (not a protocol day) was done before this one, when known.
    public var lastStrengthDay: CalendarDate?

    public init(profile: Profile, safety: SafetyDecision, catalog: Catalog, plan: Plan, jumpGate: JumpGate,
                lastDone: [String: Dose] = [:], lastStrengthDay: CalendarDate? = nil) {
        self.profile = profile; self.safety = safety; self.catalog = catalog; self.plan = plan; self.jumpGate = jumpGate
        self.lastDone = lastDone; self.lastStrengthDay = lastStrengthDay
    }
}
