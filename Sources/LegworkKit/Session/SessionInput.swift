/// What the runner (or time) does to a running session. Fed to `SessionEngine.handle(_:at:)`.
public enum SessionInput: Hashable, Sendable {
    /// Time passed: advance through every step whose deadline is behind the given moment.
    case tick
    /// Freeze the current countdown (ignored while waiting for a log entry).
    case pause
    /// Continue from where the countdown was frozen.
    case resume
    /// Pause when running, resume when paused (the space bar).
    case togglePause
    /// Go to the next step now. A skipped work step is not recorded as done.
    case skip
    /// Restart the current step when more than 3 s into it, else go to the start of the previous one.
    case back
    /// Add seconds to the current rest (only during a rest step).
    case addRest(seconds: Int)
    /// Remove seconds from the current rest (only during a rest step; never below 0 s remaining).
    case removeRest(seconds: Int)
    /// The runner finished the current work step before its timer: record it as done and move on.
    case finishedEarly
    /// What the runner logs for one set of an exercise (on the rest screen after it, or later): replaces
    /// that set's record; a set of nothing removes it. Any time while the session runs.
    case logSet(item: Int, SetEntry)
    /// The answer to the log step of the exercise just finished.
    case log(ExerciseLogEntry)
    /// Stop the session here; what was done so far is kept.
    case abandon
}
