/// Everything needed to resume a session after a kill or a crash: at most the step in progress is lost.
///
/// The store saves `SessionEngine.snapshot` whenever the engine emits `.stepCompleted`, and resumes with
/// `SessionEngine(resuming:at:)`.
public struct SessionSnapshot: Codable, Hashable, Sendable {
    public var plan: SessionPlan
    public var settings: SessionSettings
    /// Index of the first step not completed (into `plan.steps(with: settings)`).
    public var stepIndex: Int
    public var records: [PerformedSet]
    public var logs: [ItemLog]
    /// Active time accumulated before `stepIndex` started.
    public var elapsed: Duration
    public var paused: Duration
    public var logging: Duration

    public init(
        plan: SessionPlan, settings: SessionSettings, stepIndex: Int, records: [PerformedSet], logs: [ItemLog],
        elapsed: Duration, paused: Duration, logging: Duration
    ) {
        self.plan = plan; self.settings = settings; self.stepIndex = stepIndex; self.records = records
        self.logs = logs; self.elapsed = elapsed; self.paused = paused; self.logging = logging
    }

    private enum CodingKeys: String, CodingKey {
        case plan, settings, stepIndex, records, logs, elapsed, paused, logging
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        plan = try c.decode(SessionPlan.self, forKey: .plan)
        settings = try c.decode(SessionSettings.self, forKey: .settings)
        stepIndex = try c.decode(Int.self, forKey: .stepIndex)
        records = try c.decode([PerformedSet].self, forKey: .records)
        logs = try c.decode([ItemLog].self, forKey: .logs)
        elapsed = try Duration.decodeSeconds(c, .elapsed)
        paused = try Duration.decodeSeconds(c, .paused)
        logging = try Duration.decodeSeconds(c, .logging)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(plan, forKey: .plan)
        try c.encode(settings, forKey: .settings)
        try c.encode(stepIndex, forKey: .stepIndex)
        try c.encode(records, forKey: .records)
        try c.encode(logs, forKey: .logs)
        try c.encode(elapsed.codedSeconds, forKey: .elapsed)
        try c.encode(paused.codedSeconds, forKey: .paused)
        try c.encode(logging.codedSeconds, forKey: .logging)
    }
}
