/// What the log did to an exercise, as a value the training block and the next reading decide from;
/// `PlanItem.change` holds its words, which nothing reads back (DOMAIN §6, Words follow values).
public struct LogStep: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// The same dose (or the same dose with more reps where no heavier weight is owned).
        case hold
        /// One step on (a set, reps, seconds, or 2.5–5% more load) from the dose reached.
        case rise
        /// More kilograms.
        case addLoad = "add-load"
        /// The harder variant in its place.
        case harder
        /// The easier variant in its place (pain, a worse morning).
        case easier
        /// The same card, lighter or shorter (pain, a worse morning).
        case lighter
        /// A light week: part of the dose reached.
        case light
        /// The calendar's rise waits: the dose reached, repeated.
        case consolidate
    }

    public var kind: Kind
    /// The last logged session the step was read from: a rise the block kept stands, in its own words,
    /// until the log has a newer session.
    public var fromSession: Int64?

    public init(_ kind: Kind, fromSession: Int64? = nil) { self.kind = kind; self.fromSession = fromSession }

    /// The slot is on another card than the one planned for it.
    public var movedCard: Bool { kind == .harder || kind == .easier }

    /// The step a decision takes.
    init(_ change: DoseDecision.Change, fromSession: Int64?) {
        let kind: Kind = switch change {
        case .hold: .hold
        case .addLoad: .addLoad
        case .progress: .harder
        case .regress: .easier
        case .reduce: .lighter
        }
        self.init(kind, fromSession: fromSession)
    }

    /// The step of words a training block stored before steps were values (read once, when the block is
    /// read): a move to another card is told by its first word; anything else counts as a hold, which keeps
    /// no rise from an old log.
    init?(storedWords words: String?) {
        guard let words else { return nil }
        if words.hasPrefix("harder") { self.init(.harder) }
        else if words.hasPrefix("easier") { self.init(.easier) }
        else { self.init(.hold) }
    }
}
