/// How long someone has been running; it sets the strength level the plan doses for.
public enum Experience: String, Codable, CaseIterable, Sendable {
    /// Running for less than 6 months.
    case new
    case regular
    case seasoned

    public var level: Level {
        switch self {
        case .new: .beginner
        case .regular: .intermediate
        case .seasoned: .advanced
        }
    }

    public var title: String {
        switch self {
        case .new: "New (running less than 6 months)"
        case .regular: "Regular"
        case .seasoned: "Seasoned"
        }
    }
}
