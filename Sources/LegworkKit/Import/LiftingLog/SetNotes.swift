/// What Legwork writes in a lifting app's notes column, where that app has no column for it: the side
/// of a one-sided set and the pain reported after it ("left side; pain 3/10; felt good"). Reading the
/// notes back takes those parts out again, so a Strong or Hevy file written by Legwork imports whole.
public struct SetNotes: Hashable, Sendable {
    public var side: SetRecord.Side = .both
    public var pain: Int?
    public var warmUp = false
    /// The notes left once the parts above are taken out.
    public var text: String?

    public init(side: SetRecord.Side = .both, pain: Int? = nil, warmUp: Bool = false, text: String? = nil) {
        self.side = side; self.pain = pain; self.warmUp = warmUp; self.text = text
    }

    static let separator = "; "
    static let warmUpWords = "warm-up set"

    /// "left side; pain 3/10; the runner's notes".
    public var written: String {
        var parts: [String] = []
        if side != .both { parts.append("\(side.rawValue) side") }
        if warmUp { parts.append(Self.warmUpWords) }
        if let pain { parts.append("pain \(pain)/10") }
        if let text, !text.isEmpty { parts.append(text) }
        return parts.joined(separator: Self.separator)
    }

    /// Reads notes as `written` puts them; other text stays as it is.
    public init(reading notes: String) {
        var rest: [Substring] = []
        for part in notes.split(separator: Self.separator, omittingEmptySubsequences: false) {
            let words = String(part).trimmingSpaces.lowercased()
            if words == "left side" { side = .left; continue }
            if words == "right side" { side = .right; continue }
            if words == Self.warmUpWords { warmUp = true; continue }
            if words.hasPrefix("pain "), words.hasSuffix("/10"), let value = Int(words.dropFirst(5).dropLast(3)),
               LogLimits.pain.contains(value) {
                pain = value
                continue
            }
            rest.append(part)
        }
        let left = rest.joined(separator: Self.separator).trimmingSpaces
        text = left.isEmpty ? nil : left
    }
}
