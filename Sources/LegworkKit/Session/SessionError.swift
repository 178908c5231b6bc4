/// What can go wrong when building a session or answering it, with what to do about it.
public enum SessionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The card has no dose at this level: it is not meant for it.
    case noDoseForLevel(card: String, level: Level, regression: String?)
    case repsInReserveOutOfRange(Int)
    case painOutOfRange(Int)
    case negativeReps(Int)
    case negativeLoad(Double)
    /// A snapshot points past the end of its own plan's steps: it is damaged or from another version.
    case snapshotStepOutOfRange(index: Int, stepCount: Int)

    public var description: String {
        switch self {
        case let .noDoseForLevel(card, level, regression):
            let instead = regression.map { "use its regression \"\($0)\" or another exercise" } ?? "use another exercise"
            return "\"\(card)\" has no dose for the \(level.rawValue) level: \(instead)"
        case let .repsInReserveOutOfRange(value):
            return "reps in reserve must be 0–5 (how many more reps you could have done), not \(value)"
        case let .painOutOfRange(value):
            return "pain must be 0–10 (0 none, 10 worst imaginable), not \(value)"
        case let .negativeReps(value):
            return "reps done cannot be negative (\(value)): enter 0 for a side you skipped"
        case let .negativeLoad(value):
            return "load must be 0 kg or more, not \(value): leave it empty for body weight"
        case let .snapshotStepOutOfRange(index, count):
            return "the saved session points at step \(index) but its plan has \(count) steps: start the session afresh"
        }
    }
}
