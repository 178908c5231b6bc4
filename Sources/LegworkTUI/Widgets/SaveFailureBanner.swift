/// The two lines at the foot of the session runner when the store refused a save (a full disk, a
/// locked file): what failed, in the system's words, and what the runner can do. It covers what is
/// drawn there, because nothing on the screen matters more until the session is safe again.
enum SaveFailureBanner {
    /// `ended`: the session is over and only its closing save is missing.
    static func render(_ reason: String, ended: Bool, into canvas: inout Canvas, area: Rect, context: RenderContext) {
        guard area.height >= 2, area.width > 0 else { return }
        let box = Rect(x: area.x, y: area.maxY - 2, width: area.width, height: 2)
        canvas.fill(box)
        let g = context.glyphs
        canvas.write(TextWrap.truncate("Not saved: \(reason)", width: box.width, ellipsis: g.ellipsis),
                     x: box.x, y: box.y, style: .danger, clip: box)
        let next = ended ? "The session is over but not stored. r saves again; q quits without it."
            : "The session is paused. r saves again; Space goes on (each step tries to save)."
        canvas.write(TextWrap.truncate(next,
                                       width: box.width, ellipsis: g.ellipsis),
                     x: box.x, y: box.y + 1, style: .emphasis, clip: box)
    }
}
