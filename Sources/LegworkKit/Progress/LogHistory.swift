/// Which history of an exercise a logged session belongs to (DOMAIN §6, Clinician holds: a dose is
/// measured against the last time it was done *in that place*). The heel raise of an Achilles protocol and
/// the same heel raise in the calf place are two doses with two histories: capping the calf place by the
/// protocol's 1 × 19 would let it rise past its own 2 × 15.
public struct LogHistory: Hashable, Sendable {
    /// The job a card's work did, as far as its dose goes.
    public enum Job: Hashable, Sendable, CaseIterable {
        /// One of the plan's places (or a card on its own).
        case usual
        /// A tendon or injury protocol's staged dose.
        case tendonProtocol
        /// A programme someone wrote, scheduled into the plan: its dose is theirs.
        case programme

        public init(_ role: PlanItem.Role?) {
            self = switch role {
            case .injuryModule: .tendonProtocol
            case .programme: .programme
            default: .usual
            }
        }
    }

    public var cardID: String
    public var job: Job

    public init(cardID: String, job: Job) { self.cardID = cardID; self.job = job }

    /// The history of an exercise doing `role` in a session.
    public init(cardID: String, role: PlanItem.Role?) { self.init(cardID: cardID, job: Job(role)) }

    /// The histories a logged set counts in: its own; every one when its role was not kept (a log from
    /// before roles were kept, or a session outside the plan), as every set counted before.
    static func of(_ set: SetRecord) -> [LogHistory] {
        guard let role = set.role else { return Job.allCases.map { LogHistory(cardID: set.exerciseID, job: $0) } }
        return [LogHistory(cardID: set.exerciseID, role: role)]
    }

    /// Sessions of each of a card's histories read from the log: the progression rules read the last
    /// `AutoRegulation.sessionsToProgress`; a frozen dose looks further back for the last session of its
    /// own kind of work (`AutoRegulation.lastOfKind`: the raises before a run of a reactive tendon's holds).
    public static let sessionsRead = AutoRegulation.sessionsToProgress * 3

    /// The last `count` sessions of each history in `sets`, oldest first.
    public static func recent(_ sets: [SetRecord], count: Int) -> [LogHistory: [[SetRecord]]] {
        var grouped: [LogHistory: [SetRecord]] = [:]
        for set in sets { for history in of(set) { grouped[history, default: []].append(set) } }
        return grouped.mapValues { Array(AutoRegulation.sessionsOldestFirst($0).suffix(count)) }
    }
}
