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

    public init(id: String, title: String, kind: Kind, items: [SessionItem], runningCue: String) {
        self.id = id; self.title = title; self.kind = kind; self.items = items; self.runningCue = runningCue
    }
}
