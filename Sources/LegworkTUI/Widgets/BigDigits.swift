/// Countdown numbers drawn five rows tall from a small glyph table, so a runner on a mat can read the
/// time from across the room.
///
/// The table is data: `#` marks a filled cell. Unicode terminals get full blocks (`█`), others keep the
/// `#`, so the digits stay readable under LANG=C.
public enum BigDigits {
    /// Rows per glyph.
    public static let height = 5

    private static let table: [Character: [String]] = [
        "0": ["####", "#  #", "#  #", "#  #", "####"],
        "1": ["  # ", " ## ", "  # ", "  # ", " ###"],
        "2": ["####", "   #", "####", "#   ", "####"],
        "3": ["####", "   #", " ###", "   #", "####"],
        "4": ["#  #", "#  #", "####", "   #", "   #"],
        "5": ["####", "#   ", "####", "   #", "####"],
        "6": ["####", "#   ", "####", "#  #", "####"],
        "7": ["####", "   #", "  # ", " #  ", " #  "],
        "8": ["####", "#  #", "####", "#  #", "####"],
        "9": ["####", "#  #", "####", "   #", "####"],
        ":": [" ", "#", " ", "#", " "],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// The countdown text for whole seconds: "45", "9", "1:30", "10:00" (minutes from 60 s on).
    public static func text(seconds: Int) -> String {
        let s = max(0, seconds)
        guard s >= 60 else { return String(s) }
        let rest = s % 60
        return "\(s / 60):\(rest < 10 ? "0" : "")\(rest)"
    }

    /// The five rows of `text` (digits, `:` and spaces; anything else is left out), one column between
    /// glyphs. `unicode: false` keeps the ASCII `#`.
    public static func lines(_ text: String, unicode: Bool) -> [String] {
        let glyphs = text.compactMap { table[$0] }
        return (0..<height).map { row in
            let line = glyphs.map { $0[row] }.joined(separator: " ")
            return unicode ? line.replacingOccurrences(of: "#", with: "█") : line
        }
    }

    /// Columns `text` takes when drawn.
    public static func width(of text: String) -> Int {
        let widths = text.compactMap { table[$0]?[0].count }
        return widths.reduce(0, +) + max(0, widths.count - 1)
    }

    /// Draws `text` with its top-left corner at (x, y), clipped to `clip`. The box is solid: its spaces
    /// carry `style` too, so redrawing a changed digit costs the terminal only the cells that differ,
    /// never a colour switch between a stroke and the gap beside it.
    public static func render(_ text: String, x: Int, y: Int, style: Style, into canvas: inout Canvas, clip: Rect, unicode: Bool) {
        for (row, line) in lines(text, unicode: unicode).enumerated() {
            canvas.write(line, x: x, y: y + row, style: style, clip: clip)
        }
    }
}
