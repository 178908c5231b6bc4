/// An exercise figure: the key positions of a card's ASCII frames (the top of the movement and its
/// lowered position, see `FigureMotion`) laid out side by side with a two-way arrow between them (the
/// body moves between them both ways), or one under the other when the width does not allow it. The
/// frames in between are the runner's to play, at the tempo. The card screen, the browser's preview and
/// the session runner draw figures through it.
public struct FigureView: Sendable, Equatable {
    public var frames: [[String]]

    public init(frames: [[String]]) {
        let drawn = frames.filter { !$0.isEmpty }
        self.frames = drawn.count > 2 ? [drawn[0], drawn[drawn.count - 1]] : drawn
    }

    /// Columns between two frames side by side: "  ↔  ".
    static let gap = 5

    /// Widest line of one frame.
    static func width(of frame: [String]) -> Int { frame.map { DisplayWidth.of($0) }.max() ?? 0 }

    /// Columns needed to show every frame side by side.
    public var sideBySideWidth: Int {
        guard !frames.isEmpty else { return 0 }
        return frames.map(Self.width(of:)).reduce(0, +) + Self.gap * (frames.count - 1)
    }

    /// The figure as lines at most `width` columns wide (trailing spaces removed). Frames go side by side
    /// when they fit, else one under the other with the arrow on its own line. Lines wider than `width`
    /// are clipped: figures are drawings, not text, so there is no word to keep whole.
    public func lines(width: Int, glyphs: Glyphs) -> [String] {
        guard !frames.isEmpty, width > 0 else { return [] }
        let arrow = glyphs == .ascii ? "<->" : "↔"
        var out: [String] = []
        if sideBySideWidth <= width {
            let height = frames.map(\.count).max() ?? 0
            let middle = height / 2
            for row in 0..<height {
                var line = ""
                for (i, frame) in frames.enumerated() {
                    if i > 0 {
                        let joint = row == middle ? arrow : ""
                        line += "  " + joint + String(repeating: " ", count: Self.gap - 2 - DisplayWidth.of(joint))
                    }
                    let text = row < frame.count ? frame[row] : ""
                    line += text + String(repeating: " ", count: max(0, Self.width(of: frame) - DisplayWidth.of(text)))
                }
                out.append(Self.trimmed(line))
            }
        } else {
            for (i, frame) in frames.enumerated() {
                if i > 0 { out.append(String(repeating: " ", count: max(0, Self.width(of: frame) / 2 - 1)) + (glyphs == .ascii ? "^v" : "↕")) }
                out += frame.map { Self.trimmed(TextWrap.truncate($0, width: width, ellipsis: "")) }
            }
        }
        return out
    }

    /// Draws the figure from (x, y) inside `clip`; returns the number of rows used.
    @discardableResult
    public func render(into canvas: inout Canvas, x: Int, y: Int, clip: Rect, glyphs: Glyphs, style: Style = .accent) -> Int {
        let lines = lines(width: clip.maxX - x, glyphs: glyphs)
        for (i, line) in lines.enumerated() { canvas.write(line, x: x, y: y + i, style: style, clip: clip) }
        return lines.count
    }

    private static func trimmed(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
