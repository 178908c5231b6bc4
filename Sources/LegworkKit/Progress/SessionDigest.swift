/// One logged session reduced to what the history screen draws: its local day, kind, sets and minutes.
/// The store computes these with one query, so the screen opens fast on a decade of sessions.
public struct SessionDigest: Hashable, Sendable, Codable {
    public var id: Int64
    public var kind: SessionRecord.Kind
    public var status: SessionRecord.Status
    /// Local days since 1970-01-01 (`WallTime.localDaysSince1970` of the start).
    public var day: Int64
    public var sets: Int
    /// Whole minutes from start to end (0 when it never ended).
    public var minutes: Int

    public init(id: Int64, kind: SessionRecord.Kind, status: SessionRecord.Status, day: Int64, sets: Int, minutes: Int) {
        self.id = id; self.kind = kind; self.status = status; self.day = day; self.sets = sets; self.minutes = minutes
    }

    /// Counts for the heatmap and streak: completed, or ended early (quit, safety stop) after at least one set.
    public var counts: Bool { status == .completed || (status != .inProgress && sets > 0) }
}
