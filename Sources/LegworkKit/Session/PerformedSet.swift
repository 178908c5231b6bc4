/// One set (one side of a set) that was actually done, as the engine recorded it.
///
/// Moments are on the timeline of the run that recorded them (`Moment` has no fixed origin), so a
/// resumed session keeps earlier records with their original moments; the store adds wall-clock time.
public struct PerformedSet: Hashable, Sendable {
    /// Index into `SessionPlan.items`.
    public var item: Int
    public var cardID: String
    /// 1-based set number.
    public var set: Int
    public var side: Side?
    /// Reps done: the target when counted by the engine, replaced by the runner's log entry.
    public var reps: Int?
    /// Seconds held or carried, for timed work (whole seconds, rounded down when ended early).
    public var seconds: Int?
    /// The dose's load in words ("light dumbbell").
    public var loadText: String?
    /// Load in kilograms from the log entry.
    public var loadKg: Double?
    /// When the set began (its step was entered) and ended; paused time lies in between.
    public var started: Moment
    public var ended: Moment
    /// Active time of the set: ended − started minus pauses.
    public var active: Duration

    public init(
        item: Int, cardID: String, set: Int, side: Side?, reps: Int?, seconds: Int?, loadText: String?,
        loadKg: Double? = nil, started: Moment, ended: Moment, active: Duration
    ) {
        self.item = item; self.cardID = cardID; self.set = set; self.side = side; self.reps = reps
        self.seconds = seconds; self.loadText = loadText; self.loadKg = loadKg; self.started = started
        self.ended = ended; self.active = active
    }
}

extension PerformedSet: Codable {
    private enum CodingKeys: String, CodingKey {
        case item, cardID, set, side, reps, seconds, loadText, loadKg, started, ended, active
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        item = try c.decode(Int.self, forKey: .item)
        cardID = try c.decode(String.self, forKey: .cardID)
        set = try c.decode(Int.self, forKey: .set)
        side = try c.decodeIfPresent(Side.self, forKey: .side)
        reps = try c.decodeIfPresent(Int.self, forKey: .reps)
        seconds = try c.decodeIfPresent(Int.self, forKey: .seconds)
        loadText = try c.decodeIfPresent(String.self, forKey: .loadText)
        loadKg = try c.decodeIfPresent(Double.self, forKey: .loadKg)
        started = Moment(try Duration.decodeSeconds(c, .started))
        ended = Moment(try Duration.decodeSeconds(c, .ended))
        active = try Duration.decodeSeconds(c, .active)
        // The same limits as live data (`LogLimits`): a restored snapshot cannot carry what a runner
        // could not have typed.
        if let reps, let problem = LogLimits.repsProblem(reps) {
            throw DecodingError.dataCorruptedError(forKey: .reps, in: c, debugDescription: problem)
        }
        if let seconds, let problem = LogLimits.secondsProblem(seconds) {
            throw DecodingError.dataCorruptedError(forKey: .seconds, in: c, debugDescription: problem)
        }
        if let loadKg, let problem = LogLimits.loadProblem(loadKg) {
            throw DecodingError.dataCorruptedError(forKey: .loadKg, in: c, debugDescription: problem)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(item, forKey: .item)
        try c.encode(cardID, forKey: .cardID)
        try c.encode(set, forKey: .set)
        try c.encodeIfPresent(side, forKey: .side)
        try c.encodeIfPresent(reps, forKey: .reps)
        try c.encodeIfPresent(seconds, forKey: .seconds)
        try c.encodeIfPresent(loadText, forKey: .loadText)
        try c.encodeIfPresent(loadKg, forKey: .loadKg)
        try c.encode(started.sinceOrigin.codedSeconds, forKey: .started)
        try c.encode(ended.sinceOrigin.codedSeconds, forKey: .ended)
        try c.encode(active.codedSeconds, forKey: .active)
    }
}
