/// How many rings mark a moment of a session when no voice says what it is: a runner on the mat tells
/// a new set from a change of sides or the end by ear alone.
public enum BellPattern: Hashable, Sendable, CaseIterable {
    /// A set (or a hold, or one side of it) begins: time to move.
    case setStart
    /// Change to the other side.
    case switchSides
    /// One of the last three seconds of a timed step.
    case countdown
    /// The session ended (completed, or stopped).
    case sessionEnd
    /// Any other change of step: a rest, setting up the next exercise, the log entry.
    case stepChange

    /// Rings in the pattern. With voice on every moment rings once, since the words say which it is.
    public func rings(voice: Bool) -> Int {
        guard !voice else { return 1 }
        switch self {
        case .setStart: return 2
        case .switchSides: return 3
        case .countdown: return 1
        case .sessionEnd: return 4
        case .stepChange: return 1
        }
    }

    /// The pattern for a batch of cues from one moment, where the engine now stands at `step`: the
    /// end outranks a step change, which outranks a countdown second; nil when nothing rings.
    public static func of(_ cues: [SessionCue], now step: SessionStep) -> BellPattern? {
        if cues.contains(where: { if case .finished = $0 { true } else if case .abandoned = $0 { true } else if case .safetyStop = $0 { true } else { false } }) {
            return .sessionEnd
        }
        if cues.contains(.bell) {
            switch step.kind {
            case .work: return .setStart
            case .switchSides: return .switchSides
            case .done: return .sessionEnd
            default: return .stepChange
            }
        }
        if cues.contains(where: { if case .countdown = $0 { true } else { false } }) { return .countdown }
        return nil
    }
}
