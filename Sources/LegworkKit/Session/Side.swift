/// The side being worked in a unilateral exercise. Left always comes first.
public enum Side: String, Codable, CaseIterable, Sendable {
    case left, right
}
