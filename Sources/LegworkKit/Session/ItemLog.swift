/// A log entry together with the exercise it answers.
public struct ItemLog: Codable, Hashable, Sendable {
    /// Index into `SessionPlan.items`.
    public var item: Int
    public var entry: ExerciseLogEntry

    public init(item: Int, entry: ExerciseLogEntry) { self.item = item; self.entry = entry }
}
