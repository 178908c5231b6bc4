/// What can go wrong when building a session or answering it, with what to do about it.
public enum SessionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The card has no dose at this level: it is not meant for it.
    case noDoseForLevel(card: String, level: Level, regression: String?)
    case repsInReserveOutOfRange(Int)
    case painOutOfRange(Int)
    case negativeReps(Int)
    case negativeLoad(Double)
    /// Reps above `LogLimits.reps` (a typing slip such as "8 12" read as 812).
    case tooManyReps(Int)
    /// A load above `LogLimits.loadKg`, or not a finite number.
    case loadOutOfRange(Double)
    /// Seconds held outside `LogLimits.seconds`.
    case secondsOutOfRange(Int)
    /// A snapshot points past the end of its own plan's steps: it is damaged or from another version.
    case snapshotStepOutOfRange(index: Int, stepCount: Int)
    /// A snapshot's plan lasts longer than any session (`LogLimits.sessionSeconds`): damaged or crafted.
    case snapshotTooLong(seconds: Double)

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
        case let .tooManyReps(value):
            return LogLimits.repsProblem(value) ?? "reps \(value) is out of range"
        case let .loadOutOfRange(value):
            return LogLimits.loadProblem(value) ?? "load \(value) is out of range"
        case let .secondsOutOfRange(value):
            return LogLimits.secondsProblem(value) ?? "seconds \(value) is out of range"
        case let .snapshotTooLong(seconds):
            return seconds.isFinite
                ? "the saved session's plan lasts \(Int(min(seconds, 1e15))) s, longer than any session: start the session afresh"
                : "the saved session's plan has more exercises or sets than any session: start the session afresh"
        case let .snapshotStepOutOfRange(index, count):
            return "the saved session points at step \(index) but its plan has \(count) steps: start the session afresh"
        }
    }
}
