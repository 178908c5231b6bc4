extension SessionEngine {
    /// True when a set of repetitions of `item` was ended before its timer ran out (Enter during the
    /// set): the reps the plan asked for were then perhaps not done, so the log must ask how many were,
    /// rather than offer the planned number.
    public func endedEarly(item: Int) -> Bool {
        steps.contains { step in
            guard step.item == item, case .work(.reps) = step.kind, let seconds = step.seconds else { return false }
            return records.contains { $0.item == item && $0.set == step.set && $0.side == step.side && $0.active < .seconds(seconds) }
        }
    }
}
