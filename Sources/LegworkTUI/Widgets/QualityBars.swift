import LegworkKit

/// The four quality scores (0–3) of a card drawn as bars: a compact strip for list rows ("SL JC LT
/// CO" columns) and a wider bar with the quality's name for the card itself.
public enum QualityBars {
    /// The column header that `compact(_:glyphs:)` lines up under: "SL JC LT CO".
    public static let header = Quality.allCases.map(\.abbreviation).joined(separator: " ")

    /// Width of `header` and of every `compact` strip.
    public static var compactWidth: Int { DisplayWidth.of(header) }

    /// One two-cell bar per quality, under its abbreviation: "▅▅ ██ ▃▃ ▁▁". Cards without scores
    /// (imported ones) show "-" in each column, so "unknown" never looks like "zero".
    public static func compact(_ qualities: [Quality: Int]?, glyphs: Glyphs) -> String {
        Quality.allCases.map { quality -> String in
            guard let qualities else { return "- " }
            let level = glyph(qualities[quality] ?? 0, glyphs: glyphs)
            return level + level
        }.joined(separator: " ")
    }

    /// The level glyph for a score: even a zero shows a low mark, so the four columns stay visible.
    public static func glyph(_ score: Int, glyphs: Glyphs) -> String {
        let steps = [1, 3, 5, 8]   // indices into the eight-level ramp
        let index = steps[min(max(score, 0), 3)]
        return glyphs.levels[min(index, glyphs.levels.count - 1)]
    }

    /// "███░" style bar, `maxScore` cells wide: the score in full cells, the rest empty.
    public static func bar(_ score: Int, glyphs: Glyphs, maxScore: Int = 3) -> String {
        let s = min(max(score, 0), maxScore)
        return String(repeating: glyphs.barFull, count: s) + String(repeating: glyphs.barEmpty, count: maxScore - s)
    }
}
