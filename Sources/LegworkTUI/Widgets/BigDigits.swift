/// Countdown numbers, the rep count ("9/12") and the tempo words (DOWN, HOLD, UP) drawn five rows tall
/// from a small glyph table, so a runner on a mat can read them from across the room. `scale` stretches
/// the table in both directions (a whole scale repeats every cell), so a larger window gets larger glyphs.
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
    public static func lines(_ text: String, unicode: Bool, scale: Double = 1) -> [String] {
        let scale = max(1, scale)
        let glyphs = text.compactMap { table[$0] }
        let base = (0..<height).map { row in Array(glyphs.map { $0[row] }.joined(separator: " ")) }
        // Nearest-neighbour: each cell of the drawing takes the table cell it falls in, so a scale between
        // two whole ones grows the glyphs by a row or two at a time (the strokes are solid blocks).
        let columns = width(of: text, scale: scale)
        return (0..<rows(scale)).map { row in
            // Sampled at each cell's centre, so the extra rows and columns of an in-between scale fall in
            // the middle of a glyph (a thicker bar), not on its edges.
            let source = base[min(height - 1, Int((Double(row) + 0.5) / scale))]
            var line = String((0..<columns).map { source[min(source.count - 1, Int((Double($0) + 0.5) / scale))] })
            if unicode { line = line.replacingOccurrences(of: "#", with: "█") }
            return line
        }
    }

    public static func lines(_ text: String, unicode: Bool, scale: Int) -> [String] {
        lines(text, unicode: unicode, scale: Double(scale))
    }

    /// Rows the glyphs take at `scale`.
    public static func rows(_ scale: Double) -> Int { Int((Double(height) * max(1, scale)).rounded()) }

    /// Columns `text` takes when drawn at `scale`.
    public static func width(of text: String, scale: Double = 1) -> Int {
        let widths = text.compactMap { table[$0]?[0].count }
        return Int((Double(widths.reduce(0, +) + max(0, widths.count - 1)) * max(1, scale)).rounded())
    }

    public static func width(of text: String, scale: Int) -> Int { width(of: text, scale: Double(scale)) }

    /// Draws `text` with its top-left corner at (x, y), clipped to `clip`. The box is solid: its spaces
    /// carry `style` too, so redrawing a changed digit costs the terminal only the cells that differ,
    /// never a colour switch between a stroke and the gap beside it.
    public static func render(_ text: String, x: Int, y: Int, style: Style, into canvas: inout Canvas, clip: Rect, unicode: Bool, scale: Double = 1) {
        for (row, line) in lines(text, unicode: unicode, scale: scale).enumerated() {
            canvas.write(line, x: x, y: y + row, style: style, clip: clip)
        }
    }
}
