/// What the runner says about one set (one side of a set): logged on the rest screen right after it,
/// or corrected in the form at the end of the exercise. The engine keeps it as that set's record.
///
/// A count of 0 means the set was not done: its record is removed, so a skipped set never reads as
/// done in the summary or in history.
public struct SetEntry: Codable, Hashable, Sendable {
    /// 1-based set number.
    public var set: Int
    public var side: Side?
    /// Reps done, for repetitions; nil for timed work.
    public var reps: Int?
    /// Seconds held, for timed work; nil for repetitions.
    public var seconds: Int?
    /// Load in kilograms; nil for body weight.
    public var loadKg: Double?

    /// - Throws: `SessionError` when a value is outside `LogLimits` (the same limits as a typed entry).
    public init(set: Int, side: Side?, reps: Int? = nil, seconds: Int? = nil, loadKg: Double? = nil) throws(SessionError) {
        try Self.check(reps: reps.map { [$0] } ?? [], seconds: seconds, loadKg: loadKg)
        self.set = set; self.side = side; self.reps = reps; self.seconds = seconds; self.loadKg = loadKg
    }

    private enum CodingKeys: String, CodingKey { case set, side, reps, seconds, loadKg }

    /// Decoded through the checking initializer: a restored snapshot passes the same limits.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(set: c.decode(Int.self, forKey: .set), side: c.decodeIfPresent(Side.self, forKey: .side),
                          reps: c.decodeIfPresent(Int.self, forKey: .reps), seconds: c.decodeIfPresent(Int.self, forKey: .seconds),
                          loadKg: c.decodeIfPresent(Double.self, forKey: .loadKg))
        } catch let error as SessionError {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: c.codingPath, debugDescription: error.description))
        }
    }

    /// The ranges of `LogLimits`, the same the store and restored backups use, for a set or an exercise.
    static func check(reps: [Int], seconds: Int?, loadKg: Double?) throws(SessionError) {
        if let bad = reps.first(where: { $0 < 0 }) { throw .negativeReps(bad) }
        if let bad = reps.first(where: { !LogLimits.reps.contains($0) }) { throw .tooManyReps(bad) }
        if let load = loadKg, load < 0 { throw .negativeLoad(load) }
        if let load = loadKg, LogLimits.loadProblem(load) != nil { throw .loadOutOfRange(load) }
        if let held = seconds, LogLimits.secondsProblem(held) != nil { throw .secondsOutOfRange(held) }
    }

    /// Nothing was done: no reps and no seconds.
    public var isNothing: Bool { (reps ?? 0) == 0 && (seconds ?? 0) == 0 }
}
