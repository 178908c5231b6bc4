/// What one guided session holds: the exercises in order, and the one cue to take into the next run.
///
/// The plan generator (or the command line's "today") builds it; the engine compiles it into timed steps
/// with `steps(with:)`. Codable so that a resumable snapshot can carry it.
public struct SessionPlan: Codable, Hashable, Sendable, Identifiable {
    /// Whether the session lifts or stretches: it picks the default step lengths (`SessionSettings`).
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case strength, stretch
    }

    public var id: String
    public var title: String
    public var kind: Kind
    public var items: [SessionItem]
    /// The one cue to take into the next run (DOMAIN §3 "Mistake guards"), shown in the summary.
    public var runningCue: String
    /// Exercises the runner left out today from the overview, by name (nil or empty: none). Kept with the
    /// plan so a resumed session and the log still say so.
    public var leftOut: [String]?
    /// The safety gate held every dose where it was when the session was made (DOMAIN §3 pain above 5/10,
    /// §6 a clinician hold); nil: it did not, or the session is older than this field. A session resumed
    /// on a day that holds doses, made when none were held, may ask more than the hold allows.
    public var dosesFrozen: Bool?

    public init(id: String, title: String, kind: Kind, items: [SessionItem], runningCue: String) {
        self.id = id; self.title = title; self.kind = kind; self.items = items; self.runningCue = runningCue
    }
}

extension SessionPlan {
    /// "Left out today: Lateral band walk.", nil for none: the overview, the summary and the log say it so.
    public static func leftOutSentence(_ names: [String]) -> String? {
        names.isEmpty ? nil : "Left out today: " + names.joined(separator: ", ") + "."
    }

    /// The plan without item `index`, recorded as left out today. A superset that loses a half is no
    /// longer one. The same plan when `index` is not an item or it is the only one.
    public func leavingOut(_ index: Int) -> SessionPlan {
        guard items.indices.contains(index), items.count > 1 else { return self }
        var plan = self
        let name = plan.items.remove(at: index).name
        if index > 0, plan.items[index - 1].supersetWithNext == true { plan.items[index - 1].supersetWithNext = nil }
        plan.leftOut = (leftOut ?? []) + [name]
        return plan
    }

    /// The plan with item `index` replaced by `item` (an easier variant), keeping its place in a superset.
    public func replacing(_ index: Int, with item: SessionItem) -> SessionPlan {
        guard items.indices.contains(index) else { return self }
        var plan = self
        var item = item
        item.supersetWithNext = plan.items[index].supersetWithNext
        plan.items[index] = item
        return plan
    }
}
