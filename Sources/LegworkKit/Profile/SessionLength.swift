/// How long one strength session may take; it chooses the session template.
public enum SessionLength: Int, Codable, CaseIterable, Comparable, Sendable {
    case short = 15
    case standard = 30
    case long = 45

    public var minutes: Int { rawValue }

    public static func < (a: SessionLength, b: SessionLength) -> Bool { a.rawValue < b.rawValue }
}
