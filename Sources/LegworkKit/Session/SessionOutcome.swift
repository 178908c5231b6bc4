/// How a session ended.
public enum SessionOutcome: Hashable, Sendable, Codable {
    /// Every step ran (some may have been skipped).
    case completed
    /// The runner stopped it.
    case abandoned
    /// Pain or a red flag stopped it; the message says what to do.
    case safetyStop(message: String)
}
