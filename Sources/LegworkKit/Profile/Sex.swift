/// The runner's sex, an optional profile answer: the heel-raise norms differ by it (DOMAIN.md §5).
public enum Sex: String, Codable, CaseIterable, Sendable {
    case female, male
}

extension Sex {
    /// The word the intake form shows.
    public var title: String {
        switch self {
        case .female: "Female"
        case .male: "Male"
        }
    }
}
