/// What kind of run it was. The long run and the workout are the key runs of a week: strength keeps
/// away from the day before them (DOMAIN.md §2 Scheduling).
public enum RunKind: String, Codable, CaseIterable, Hashable, Sendable {
    case easy, long, workout, race, other

    /// Runs that nothing heavy for the legs may precede within a day.
    public var isKeyRun: Bool { self == .long || self == .workout || self == .race }

    /// The kind in a runner's words ("long run").
    public var words: String {
        switch self {
        case .easy: "easy run"
        case .long: "long run"
        case .workout: "workout"
        case .race: "race"
        case .other: "run"
        }
    }
}
