/// Countdown numbers, the rep count ("9/12") and the tempo words (DOWN, HOLD, UP) drawn five rows tall
/// from a small glyph table, so a runner on a mat can read them from across the room. `scale` repeats
/// every cell of the table in both directions, so a large window gets larger glyphs.
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
        "/": ["   #", "  # ", "  # ", " #  ", "#   "],
        // The letters of the tempo words: DOWN, HOLD, UP.
        "D": ["### ", "#  #", "#  #", "#  #", "### "],
        "O": ["####", "#  #", "#  #", "#  #", "####"],
        "W": ["#   #", "#   #", "# # #", "# # #", " # # "],
        "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        "H": ["#  #", "#  #", "####", "#  #", "#  #"],
        "L": ["#   ", "#   ", "#   ", "#   ", "####"],
        "U": ["#  #", "#  #", "#  #", "#  #", "####"],
        "P": ["####", "#  #", "####", "#   ", "#   "],
    ]

    /// The countdown text for whole seconds: "45", "9", "1:30", "10:00" (minutes from 60 s on).
    public static func text(seconds: Int) -> String {
        let s = max(0, seconds)
        guard s >= 60 else { return String(s) }
        let rest = s % 60
        return "\(s / 60):\(rest < 10 ? "0" : "")\(rest)"
    }

    /// The `height × scale` rows of `text` (digits, `:`, `/`, the letters of DOWN, HOLD and UP, and
    /// spaces; anything else is left out), one column (times `scale`) between glyphs. `unicode: false`
    /// keeps the ASCII `#`.
    public static func lines(_ text: String, unicode: Bool, scale: Int = 1) -> [String] {
        let scale = max(1, scale)
        let glyphs = text.compactMap { table[$0] }
        return (0..<height).flatMap { row -> [String] in
            var line = glyphs.map { $0[row] }.joined(separator: " ")
            if scale > 1 { line = String(line.flatMap { repeatElement($0, count: scale) }) }
            if unicode { line = line.replacingOccurrences(of: "#", with: "█") }
            return Array(repeating: line, count: scale)
        }
    }

    /// Columns `text` takes when drawn at `scale`.
    public static func width(of text: String, scale: Int = 1) -> Int {
        let widths = text.compactMap { table[$0]?[0].count }
        return (widths.reduce(0, +) + max(0, widths.count - 1)) * max(1, scale)
    }

    /// Draws `text` with its top-left corner at (x, y), clipped to `clip`. The box is solid: its spaces
    /// carry `style` too, so redrawing a changed digit costs the terminal only the cells that differ,
    /// never a colour switch between a stroke and the gap beside it.
    public static func render(_ text: String, x: Int, y: Int, style: Style, into canvas: inout Canvas, clip: Rect, unicode: Bool, scale: Int = 1) {
        for (row, line) in lines(text, unicode: unicode, scale: scale).enumerated() {
            canvas.write(line, x: x, y: y + row, style: style, clip: clip)
        }
    }
}
