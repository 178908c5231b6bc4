/// The runner's sex, an optional profile answer: the heel-raise norms differ by it (DOMAIN.md §5).
public enum Sex: String, Codable, CaseIterable, Sendable {
    case female, male
}
