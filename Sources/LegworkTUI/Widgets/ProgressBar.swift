/// A one-line bar for how much of something is done: `█████░░░░░` (or `#####.....` in ASCII).
public enum ProgressBar {
    /// A bar `width` cells wide, filled for `fraction` (clamped to 0…1, rounded down so it is only full
    /// when everything is done).
    public static func text(fraction: Double, width: Int, glyphs: Glyphs) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let filled = min(width, Int((clamped * Double(width)).rounded(.down)))
        return String(repeating: glyphs.barFull, count: filled) + String(repeating: glyphs.barEmpty, count: width - filled)
    }

    /// Draws the bar at (x, y): the filled part in the accent colour, the rest dim.
    public static func render(fraction: Double, x: Int, y: Int, width: Int, into canvas: inout Canvas, glyphs: Glyphs) {
        let bar = text(fraction: fraction, width: width, glyphs: glyphs)
        let filled = bar.prefix { String($0) == glyphs.barFull }.count
        canvas.write(String(bar.prefix(filled)), x: x, y: y, style: .accent)
        canvas.write(String(bar.dropFirst(filled)), x: x + filled, y: y, style: .hint)
    }
}
