/// What auto-regulation decided for the next session of one exercise, and why (a value; its words last).
public struct DoseDecision: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        /// Same dose and load as last time.
        case hold
        /// More external load, reps reset to the bottom of the range.
        case addLoad(fromKg: Double, toKg: Double)
        /// Switch to the harder variant (body-weight moves, or no load to add).
        case progress(to: String)
        /// Switch to the easier variant (pain above 5/10 or worse the next morning).
        case regress(to: String)
        /// Pain says ease off but the card has no easier variant: keep the exercise, lighter or shorter.
        case reduce
    }

    public var exerciseID: String
    public var change: Change
    /// The load for the next session: the new one after `addLoad`, else the last one used (nil: body weight).
    public var nextLoadKg: Double?
    /// Why, as a value: "up 2.5 kg: 3x10 at RIR 2 twice" in its shorthand (`DoseReason`).
    public var reason: DoseReason

    public init(exerciseID: String, change: Change, nextLoadKg: Double?, reason: DoseReason) {
        self.exerciseID = exerciseID; self.change = change; self.nextLoadKg = nextLoadKg; self.reason = reason
    }

    /// An easier card that cannot be taken (equipment, today's gates): the same card, one set fewer, for
    /// the same cause ("easier: X, pain 7/10 last time" → "lighter or shorter: pain 7/10 last time").
    mutating func reduceInstead() {
        change = .reduce
        if case let .easier(_, cause) = reason { reason = .lighter(because: cause) }
    }

    /// True when the next session differs from the last one.
    public var changesDose: Bool { change != .hold }

    /// The dose goes up: more load or the harder variant.
    public var rises: Bool {
        switch change {
        case .addLoad, .progress: true
        case .hold, .regress, .reduce: false
        }
    }
}
