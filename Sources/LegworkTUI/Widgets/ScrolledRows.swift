/// Rows of text drawn from a scroll offset into an area; when they do not all fit, the last row says
/// which way there is more. What a small window's screens share for text longer than they are (the
/// strength check's cards and report, the safety stop's message).
public enum ScrolledRows {
    public typealias Row = (text: String, style: Style)

    /// The first row shown for `offset`: never past the point where the last row reaches the bottom.
    public static func first(_ offset: Int, count: Int, height: Int) -> Int {
        let room = count > height ? max(1, height - 1) : height
        return max(0, min(offset, count - room))
    }

    /// Draws `rows` from `offset` into `area`; returns the row below the last one drawn.
    @discardableResult
    public static func render(_ rows: [Row], offset: Int, in area: Rect, into canvas: inout Canvas, glyphs g: Glyphs) -> Int {
        let overflows = rows.count > area.height
        let room = overflows ? max(1, area.height - 1) : area.height
        let top = first(offset, count: rows.count, height: area.height)
        var y = area.y
        for row in rows.dropFirst(top).prefix(room) {
            canvas.write(TextWrap.truncate(row.text, width: area.width, ellipsis: g.ellipsis), x: area.x, y: y, style: row.style, clip: area)
            y += 1
        }
        if overflows {
            let up = g == .ascii ? "^" : "↑", down = g == .ascii ? "v" : "↓"
            let more = [top > 0 ? "\(up) more" : nil, top + room < rows.count ? "\(down) more" : nil].compactMap { $0 }.joined(separator: "  ")
            canvas.write(more, x: area.x, y: area.maxY - 1, style: .hint, clip: area)
            y = area.maxY
        }
        return y
    }

    /// `text` wrapped to `width`, every line in `style`.
    public static func wrapped(_ text: String, width: Int, _ style: Style = .plain) -> [Row] {
        TextWrap.lines(text, width: max(1, width)).map { ($0, style) }
    }
}
