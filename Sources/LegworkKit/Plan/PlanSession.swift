/// One session of the plan: a strength session, or mobility after a race.
public struct PlanSession: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable { case strength, mobility }

    public var title: String
    public var kind: Kind
    public var minutes: Int
    public var items: [PlanItem]
    /// The one cue to take into the next run (DOMAIN.md §0: the transfer happens while running).
    public var runningCue: String
    /// When to do it and what is different this week, in plain words.
    public var notes: [String]
    /// A light session (deload, race week, the return week, the first weeks before a race): about half the
    /// sets, further from failure. The training block never takes a working dose from one. Nil: a usual one.
    public var light: Bool?
    /// Jumps may be in this session: every plyometric gate (DOMAIN §2 Level, §3 Blocks, §6 Jumps) was open
    /// for its day when it was planned. Whatever later brings a jump in (the log's harder variant, a stored
    /// slot, a chosen card) asks this first. Nil (mobility, protocol days, plans stored before): no jumps.
    public var jumps: Bool?

    /// Whether a jump may come into this session.
    public var allowsJumps: Bool { jumps == true }

    public init(title: String, kind: Kind, minutes: Int, items: [PlanItem], runningCue: String, notes: [String]) {
        self.title = title; self.kind = kind; self.minutes = minutes; self.items = items
        self.runningCue = runningCue; self.notes = notes
    }
}
