/// One session's best of one exercise, for the progress chart: heaviest load, most reps or seconds,
/// highest pain.
public struct ExercisePoint: Hashable, Sendable, Codable {
    public var sessionID: Int64
    /// Local days since 1970-01-01.
    public var day: Int64
    public var loadKg: Double?
    public var reps: Int?
    public var seconds: Int?
    public var pain: Int?

    public init(sessionID: Int64, day: Int64, loadKg: Double? = nil, reps: Int? = nil, seconds: Int? = nil, pain: Int? = nil) {
        self.sessionID = sessionID; self.day = day; self.loadKg = loadKg; self.reps = reps; self.seconds = seconds
        self.pain = pain
    }
}
