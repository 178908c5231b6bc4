/// A session as the app produced it, in the typed values the rules read (never its words): from the plan
/// (`PlanSession`, with roles and reps in reserve) or from a door (`SessionPlan`, what the runner screen
/// runs: cards and doses only).
public struct ProducedSession: Hashable, Sendable {
    /// The path that produced the session.
    public enum Path: String, Codable, Hashable, Sendable {
        /// The plan as read (generated and adjusted to the log).
        case plan
        /// Today's session through the strength door (the check-in's adaptation included).
        case today
        /// `session next`: the next planned session done today.
        case next
        /// A one-card session.
        case card
        /// A resumed session.
        case resumed
        /// A routine run on its own (`routine run`).
        case routine
    }

    public struct Item: Hashable, Sendable {
        public var cardID: String
        public var role: PlanItem.Role?
        public var dose: Dose
        public var rir: RepsInReserve?
    }

    public var date: CalendarDate
    public var path: Path
    public var items: [Item]
    /// A light session (deload, race week, return week); nil when the path does not say.
    public var light: Bool?
    /// The day a resumed session was interrupted on (`path == .resumed`); nil on other paths.
    public var interruptedOn: CalendarDate?

    public init(date: CalendarDate, path: Path, items: [Item], light: Bool?) {
        self.date = date; self.path = path; self.items = items; self.light = light
    }

    /// A plan session on `date`.
    public init(_ session: PlanSession, date: CalendarDate, path: Path = .plan) {
        self.init(date: date, path: path,
                  items: session.items.map { Item(cardID: $0.cardID, role: $0.role, dose: $0.dose, rir: $0.rir) },
                  light: session.light == true)
    }

    /// A session a door started on `date`.
    public init(_ session: SessionPlan, date: CalendarDate, path: Path) {
        self.init(date: date, path: path, items: session.items.map { Item(cardID: $0.cardID, role: $0.role, dose: $0.dose, rir: nil) }, light: nil)
    }

    /// Only tendon protocols, pain relief, stretches and a programme's rehab work: a protocol day, not one
    /// of the plan's strength sessions.
    public var isProtocolOnly: Bool {
        items.allSatisfy { [.injuryModule, .painRelief, .stretch, .warmUp, .coolDown, .programme].contains($0.role) }
    }
}
