/// How a work step ended, which decides what the engine records for it.
public enum WorkEnd: Hashable, Sendable {
    /// Its timer ran out: every rep was counted, the whole hold was held.
    case timeRanOut
    /// The runner said the set was done (Enter): the rep in progress counts, a hold counts as held.
    case endedEarly
    /// The runner skipped on (`n`): only reps the count got through are done; a skipped hold is not.
    case skipped
    /// Not a piece of work (a log answered, a rest ended).
    case nothing

    /// What was reached of `work` after `spent` of it: the reps or the whole seconds done, or nil when
    /// nothing is to be recorded (a set skipped before its first rep was through, a hold skipped).
    public func reached(_ work: SessionStep.Work, after spent: Duration) -> Int? {
        let whole = Int(max(spent, .zero).secondsRoundedDown)
        switch (work, self) {
        case (_, .nothing), (.timed, .skipped):
            return nil
        case let (.reps(count, _, _), .timeRanOut):
            return count
        case let (.reps(count, perRep, _), .endedEarly):
            return perRep > 0 ? min(count, whole / perRep + 1) : count
        case let (.reps(count, perRep, _), .skipped):
            let done = perRep > 0 ? min(count, whole / perRep) : 0
            return done > 0 ? done : nil
        case let (.timed(seconds), _):
            return min(seconds, whole)
        }
    }
}
