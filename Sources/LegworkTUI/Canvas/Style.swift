/// What a cell looks like, in words rather than terminal codes: the backend maps these to colour pairs
/// and attributes, and drops colours when the terminal has none or the user asked for none.
public struct Style: Hashable, Sendable {
    public enum Color: UInt8, Hashable, Sendable, CaseIterable {
        case normal, accent, good, warn, danger, muted
    }

    public var color: Color
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(color: Color = .normal, bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false) {
        self.color = color; self.bold = bold; self.reverse = reverse; self.dim = dim; self.underline = underline
    }

    public static let plain = Style()
    public static let title = Style(color: .accent, bold: true)
    public static let emphasis = Style(bold: true)
    public static let selected = Style(reverse: true)
    public static let hint = Style(color: .muted, dim: true)
    public static let good = Style(color: .good)
    public static let warn = Style(color: .warn, bold: true)
    public static let danger = Style(color: .danger, bold: true)
    public static let accent = Style(color: .accent)

    /// One letter per style for snapshot masks: "." plain, "b" bold, "r" reverse, "a" accent, …
    public var maskLetter: Character {
        if reverse { return "r" }
        switch color {
        case .accent: return bold ? "A" : "a"
        case .good: return "g"
        case .warn: return "w"
        case .danger: return "d"
        case .muted: return "m"
        case .normal: return bold ? "b" : (dim ? "m" : ".")
        }
    }
}
