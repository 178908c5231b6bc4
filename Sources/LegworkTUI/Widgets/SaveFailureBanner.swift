/// The lines at the foot of the session runner when the store refused a save (a full disk, a
/// locked file): what failed, in the system's words, and what the runner can do. It covers what is
/// drawn there, because nothing on the screen matters more until the session is safe again.
enum SaveFailureBanner {
    /// `ended`: the session is over and only its closing save is missing.
    static func render(_ reason: String, ended: Bool, into canvas: inout Canvas, area: Rect, context: RenderContext) {
        guard area.height >= 3, area.width > 0 else { return }
        let g = context.glyphs
        // The reason's end says the most ("database or disk is full"): two lines before any cut.
        var lines = TextWrap.lines("Not saved: \(reason)", width: area.width)
        if lines.count > 2 { lines = [lines[0], TextWrap.truncate(lines[1...].joined(separator: " "), width: area.width, ellipsis: g.ellipsis)] }
        let next = ended ? "The session is over but not stored. r saves again; q quits without it."
            : "Paused. r saves again; Space goes on (each step tries to save again)."
        let box = Rect(x: area.x, y: area.maxY - lines.count - 1, width: area.width, height: lines.count + 1)
        canvas.fill(box)
        for (index, line) in lines.enumerated() {
            canvas.write(line, x: box.x, y: box.y + index, style: .danger, clip: box)
        }
        canvas.write(TextWrap.truncate(next, width: box.width, ellipsis: g.ellipsis), x: box.x, y: box.maxY - 1, style: .emphasis, clip: box)
    }
}
