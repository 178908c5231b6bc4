/// How long a text from data may be where a person reads it.
public enum TextLimits {
    /// Characters in an exercise's name: longer names (a pasted page, a hostile file) are cut.
    public static let name = 100

    /// `text` cut to `limit` characters, the last one "…" when cut.
    public static func cut(_ text: String, to limit: Int) -> String {
        guard limit > 0 else { return "" }
        var end = text.startIndex
        var count = 0
        while end < text.endIndex, count < limit {
            end = text.index(after: end)
            count += 1
        }
        guard end < text.endIndex else { return text }
        return String(text[..<text.index(before: end)]) + "…"
    }
}
