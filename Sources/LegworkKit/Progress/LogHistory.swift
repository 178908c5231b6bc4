/// Which history of an exercise a logged session belongs to (DOMAIN §6, Clinician holds: a dose is
/// measured against the last time it was done *in that place*). The heel raise of an Achilles protocol and
/// the same heel raise in the calf place are two doses with two histories: capping the calf place by the
/// protocol's 1 × 19 would let it rise past its own 2 × 15.
public struct LogHistory: Hashable, Sendable {
    public var cardID: String
    /// A tendon or injury protocol's work, not the card's usual place.
    public var isProtocol: Bool

    public init(cardID: String, isProtocol: Bool) { self.cardID = cardID; self.isProtocol = isProtocol }

    /// The history of an exercise doing `role` in a session.
    public init(cardID: String, role: PlanItem.Role?) { self.init(cardID: cardID, isProtocol: role == .injuryModule) }

    /// The histories a logged set counts in: its own; both when its role was not kept (a log from before
    /// roles were kept, or a session outside the plan), as every set counted before.
    static func of(_ set: SetRecord) -> [LogHistory] {
        guard let role = set.role else { return [LogHistory(cardID: set.exerciseID, isProtocol: false), LogHistory(cardID: set.exerciseID, isProtocol: true)] }
        return [LogHistory(cardID: set.exerciseID, role: role)]
    }

    /// Sessions of one card read from the log for its histories: enough that each of a card's two histories
    /// has its last `AutoRegulation.sessionsToProgress` sessions while the card alternates between them.
    public static let sessionsRead = AutoRegulation.sessionsToProgress * 3

    /// The last `count` sessions of each history in `sets`, oldest first.
    public static func recent(_ sets: [SetRecord], count: Int) -> [LogHistory: [[SetRecord]]] {
        var grouped: [LogHistory: [SetRecord]] = [:]
        for set in sets { for history in of(set) { grouped[history, default: []].append(set) } }
        return grouped.mapValues { Array(AutoRegulation.sessionsOldestFirst($0).suffix(count)) }
    }
}
