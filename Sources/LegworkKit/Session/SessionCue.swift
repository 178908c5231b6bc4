/// Something the runtime should play, show or do, returned by the engine in the order it happened.
public enum SessionCue: Hashable, Sendable {
    /// Ring the bell once: a step changed.
    case bell
    /// Ring the bell: this many seconds (3, 2, 1) are left in the current timed step.
    case countdown(Int)
    /// Text to speak when voice is on (and to print in plain mode).
    case say(String)
    /// The step at this index completed (ran out, was skipped or finished early): save the snapshot now.
    case stepCompleted(Int)
    /// The exercise at this index is done: ask for its log entry, then send `.log`.
    case awaitingLog(item: Int)
    /// The session reached its end: show the summary.
    case finished
    /// The runner abandoned the session: show the summary of what was done.
    case abandoned
    /// Pain or a red flag stopped the session: show this message before the summary.
    case safetyStop(String)
}
