/// One set (one side of a set) of one exercise of the plan.
public struct SetPosition: Hashable, Sendable {
    /// Index into `SessionPlan.items`.
    public var item: Int
    /// 1-based set number.
    public var set: Int
    public var side: Side?

    public init(item: Int, set: Int, side: Side?) { self.item = item; self.set = set; self.side = side }
}

extension SessionEngine {
    /// The set just done, while the step after it lasts (a rest, the change of sides, the move to the
    /// other half of a superset): the one the runner logs on the rest screen. nil at other times, after
    /// a ramp-up set and before the first set.
    public var setJustDone: SetPosition? {
        guard isStarted, !isEnded, stepIndex > 0 else { return nil }
        switch currentStep.kind {
        case .rest, .switchSides, .transition: break
        default: return nil
        }
        let previous = steps[stepIndex - 1]
        guard previous.isWork, let item = previous.item, let set = previous.set else { return nil }
        return SetPosition(item: item, set: set, side: previous.side)
    }

    /// A copy brought up to `now` (every step whose deadline passed is done), for drawing a moment a
    /// tick has not reached yet; the cues are left to the real engine.
    public func caughtUp(to now: Moment) -> SessionEngine {
        var copy = self
        _ = copy.handle(.tick, at: now)
        return copy
    }

    /// The record of a set, nil when it was not done (skipped, or not reached yet).
    public func record(of position: SetPosition) -> PerformedSet? {
        records.first { $0.item == position.item && $0.set == position.set && $0.side == position.side }
    }

    /// Every set and side of `item`, in the order they are done.
    public func positions(of item: Int) -> [SetPosition] {
        let planned = plan.items[item]
        let sets = (1...max(1, planned.dose.sets)).flatMap { set in
            (planned.unilateral ? [Side.left, .right] : [nil]).map { SetPosition(item: item, set: set, side: $0) }
        }
        // A side the strength check found behind has one more set of its own, logged as such.
        guard planned.unilateral, let side = planned.extraSetSide else { return sets }
        return sets + [SetPosition(item: item, set: planned.dose.sets + 1, side: side)]
    }

    /// Set `set` on `side` is the extra set of a side behind (the set after the last, on that side alone).
    func isExtraSet(_ set: Int, side: Side?, of item: SessionItem) -> Bool {
        item.unilateral && side != nil && side == item.extraSetSide && set == item.dose.sets + 1
    }

    /// The entry one press of the rest screen's stepper makes of the set at `position`: `repsBy` more or
    /// fewer reps (or seconds steps for timed work), `loadBy` more or fewer steps of `increment` (what
    /// loads the exercise, in the runner's unit: `LoadIncrement`); never below 0.
    public func stepped(_ position: SetPosition, repsBy reps: Int = 0, loadBy load: Int = 0,
                        increment: LoadIncrement = LoadIncrement(.other, unit: .kg)) -> SetEntry? {
        let done = record(of: position)
        let kg = increment.stepped(done?.loadKg, by: load)
        switch plan.items[position.item].dose.work {
        case .reps:
            return try? SetEntry(set: position.set, side: position.side, reps: max(0, (done?.reps ?? 0) + reps), loadKg: kg)
        case .seconds:
            let seconds = max(0, (done?.seconds ?? 0) + reps * SessionDefaults.loggedSecondsStep)
            return try? SetEntry(set: position.set, side: position.side, seconds: seconds, loadKg: kg)
        }
    }
}
