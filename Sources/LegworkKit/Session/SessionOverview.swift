/// What a strength session holds, shown while the runner gets ready: the warm-up to do first, each
/// exercise with its sets, the equipment to fetch, and how long it takes.
public struct SessionOverview: Hashable, Sendable {
    /// The warm-up before the first set (DOMAIN "Session structure"): the plan's items start with the
    /// work, so the runner is told to warm up before pressing on.
    public static let warmUp = "Warm up first, 3–5 min: easy movement, leg swings, glute activation."
    /// The same for a session that times its own warm-up and cool-down (`SessionFraming`).
    public static let framedWarmUp = "The warm-up is timed with you: marching, leg swings, then an easy set. "
        + "A cool-down of about 3 minutes closes the session; n skips it."

    /// The line above the exercises: the warm-up to do first, or how the timed one and the cool-down go.
    public var head: String

    public struct Line: Hashable, Sendable {
        public var name: String
        /// "3 × 12", "2 × 30 s per side".
        public var dose: String
        /// Required equipment in words ("mini band, mat"), empty for body weight.
        public var equipment: [Equipment]
    }

    public var lines: [Line]
    /// Every required item once, in the order the exercises need them.
    public var fetch: [Equipment]
    /// Exercises left out today, by name.
    public var leftOut: [String]
    /// What stands in for gear the runner lacks, in plain words, in exercise order.
    public var standIns: [String]
    /// The session's timed length as planned (log entries excluded).
    public var total: Duration

    /// The overview of `plan` compiled as `engine` runs it; `equipment` gives the required items by
    /// card id (from the catalog), a card missing there needs none; `standIns` what replaces gear the
    /// runner lacks, by card id.
    public init(engine: SessionEngine, equipment: [String: [Equipment]], standIns: [String: [String]] = [:]) {
        lines = engine.plan.items.map { Line(name: $0.name, dose: $0.prescription, equipment: equipment[$0.cardID] ?? []) }
        var fetch: [Equipment] = []
        for item in lines.flatMap(\.equipment) where !fetch.contains(item) { fetch.append(item) }
        self.fetch = fetch
        var said: [String] = []
        for line in engine.plan.items.flatMap({ standIns[$0.cardID] ?? [] }) where !said.contains(line) { said.append(line) }
        self.standIns = said
        leftOut = engine.plan.leftOut ?? []
        total = engine.plannedTotal
        head = engine.plan.items.contains(where: SessionFraming.isFraming) ? Self.framedWarmUp : Self.warmUp
    }

    /// "about 27 min": whole minutes, rounded up.
    public var totalText: String {
        let minutes = Int((total.seconds / 60).rounded(.up))
        return "about \(minutes) min"
    }
}
