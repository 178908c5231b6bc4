/// What a week of the plan is for; it sets how many sessions, how hard and what is left out.
public enum PlanPhase: String, Codable, CaseIterable, Sendable {
    /// Building the habit and the base: up to 3 sessions.
    case base
    /// Progressing load: 2 sessions.
    case build
    /// Every 4th week: about half the sets, 2 more reps in reserve.
    case deload
    /// Peak running weeks before a race: 1 session to keep strength without adding fatigue.
    case peak
    /// Race week: 1 light session, nothing heavy, no jumping.
    case taper
    /// The week after a race: mobility only.
    case recovery

    public var title: String {
        switch self {
        case .base: "Base"
        case .build: "Build"
        case .deload: "Deload"
        case .peak: "Peak"
        case .taper: "Taper"
        case .recovery: "Recovery"
        }
    }

    /// Weeks whose dose moves the progression on (DOMAIN.md §2, Progression).
    var progresses: Bool { self == .base || self == .build }
}
