/// The frame every screen shares: a header with the app and screen name, a footer with the screen's
/// main keys (or a notice). Returns the body rectangle left for the screen.
public enum Chrome {
    /// `quitKey`: whether `q` quits here (not while a text field takes every key).
    public static func render(title: String, keys: [KeyHelp], notice: String?, into canvas: inout Canvas, context: RenderContext,
                              quitKey: Bool = true) -> Rect {
        let g = context.glyphs
        let width = canvas.size.width
        let x = canvas.write(" Legwork", x: 0, y: 0, style: .title)
        canvas.write(" \(g.separator) \(title)", x: x, y: 0, style: .emphasis)
        let help = "? help "
        canvas.write(help, x: width - DisplayWidth.of(help), y: 0, style: .hint)
        canvas.write(String(repeating: g.horizontal, count: width), x: 0, y: 1, style: .hint)

        let footerY = canvas.size.height - 1
        if let notice {
            canvas.write(" " + TextWrap.truncate(notice, width: width - 2, ellipsis: g.ellipsis), x: 0, y: footerY, style: .warn)
        } else {
            canvas.write(footer(keys: keys, quitKey: quitKey, width: width, glyphs: g), x: 0, y: footerY, style: .hint)
        }
        return body(of: canvas.size)
    }

    /// The key bar: the keys spaced apart, closer together when that is what makes them fit a narrow
    /// window, and cut with an ellipsis only when even that is too long.
    static func footer(keys: [KeyHelp], quitKey: Bool, width: Int, glyphs g: Glyphs) -> String {
        let hints = keys.filter(\.inFooter).map { "\($0.footerKeys ?? $0.keys) \($0.action)" } + (quitKey ? ["q quit"] : [])
        let wide = " " + hints.joined(separator: "  \(g.separator)  ")
        let line = DisplayWidth.of(wide) <= width ? wide : " " + hints.joined(separator: " \(g.separator) ")
        return TextWrap.truncate(line, width: width, ellipsis: g.ellipsis)
    }

    /// The body left for a screen in a window of `size`: below the header and its rule, above the footer.
    public static func body(of size: Size) -> Rect {
        Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 3))
    }
}

/// Shown instead of a screen when the terminal is smaller than the screen needs.
public enum TooSmallMessage {
    /// The message as short lines that stay whole in a narrow window: the first line is the warning,
    /// then the sizes, what the screen does meanwhile, and the way out.
    public static func lines(need: Size, have: Size, whileHidden: String?) -> [String] {
        ["terminal too small", "need \(need.width)x\(need.height), have \(have.width)x\(have.height)"]
            + (whileHidden.map { [$0] } ?? []) + ["enlarge the window", "or q to quit"]
    }

    public static func render(need: Size, have: Size, whileHidden: String? = nil, into canvas: inout Canvas) {
        let width = max(1, have.width)
        // Every part starts on its own row; the warning keeps its style when it wraps.
        var rows: [(text: String, style: Style)] = []
        for (i, part) in lines(need: need, have: have, whileHidden: whileHidden).enumerated() {
            rows += TextWrap.lines(part, width: width).map { ($0, i == 0 ? Style.warn : .plain) }
        }
        let top = max(0, (have.height - rows.count) / 2)
        for (i, row) in rows.enumerated() {
            canvas.write(row.text, x: max(0, (have.width - DisplayWidth.of(row.text)) / 2), y: top + i, style: row.style)
        }
    }
}

/// A framed box drawn over the screen: the help overlay and confirmations.
public enum Dialog {
    public static func render(title: String, text: String, into canvas: inout Canvas, context: RenderContext) {
        let maxWidth = min(canvas.size.width - 4, 64)
        let lines = TextWrap.lines(text, width: maxWidth - 4)
        let width = min(maxWidth, max(DisplayWidth.of(title) + 6, (lines.map(DisplayWidth.of).max() ?? 0) + 4))
        let box = canvas.bounds.centered(width: width, height: lines.count + 4)
        frame(box, title: title, into: &canvas, context: context)
        for (i, line) in lines.enumerated() {
            canvas.write(line, x: box.x + 2, y: box.y + 2 + i, clip: box.inset(dx: 2, dy: 1))
        }
    }

    /// Clears `box` and draws a border with a title on its top edge.
    public static func frame(_ box: Rect, title: String, into canvas: inout Canvas, context: RenderContext, style: Style = .accent) {
        let g = context.glyphs
        canvas.fill(box)
        guard box.width >= 2, box.height >= 2 else { return }
        let inner = String(repeating: g.horizontal, count: box.width - 2)
        canvas.write(g.topLeft + inner + g.topRight, x: box.x, y: box.y, style: style)
        canvas.write(g.bottomLeft + inner + g.bottomRight, x: box.x, y: box.maxY - 1, style: style)
        for y in (box.y + 1)..<(box.maxY - 1) {
            canvas.write(g.vertical, x: box.x, y: y, style: style)
            canvas.write(g.vertical, x: box.maxX - 1, y: y, style: style)
        }
        canvas.write(" \(title) ", x: box.x + 2, y: box.y, style: .title, clip: box.inset(dx: 1, dy: 0))
    }
}

/// `?`: every key of the current screen, from the same table the screen uses, plus the global keys.
public enum HelpOverlay {
    public static let globalKeys = [
        KeyHelp("?", "show or hide this help"),
        KeyHelp("q", "quit (asks when a session would be abandoned)"),
        KeyHelp("Ctrl-C", "quit now"),
        KeyHelp("Ctrl-Z", "suspend; fg brings Legwork back"),
        KeyHelp("Ctrl-L", "repaint the screen"),
    ]

    public static func lines(for screen: any Screen) -> [String] {
        let all = screen.keys + globalKeys
        let keyWidth = all.map { DisplayWidth.of($0.keys) }.max() ?? 0
        return all.map { $0.keys + String(repeating: " ", count: keyWidth - DisplayWidth.of($0.keys)) + "  " + $0.action }
    }

    /// The key lines shown from `offset` in a window of `size`: all of them when they fit, else as many
    /// as the box holds (↑↓ scroll the rest into view; any other key closes the help).
    static func window(count: Int, offset: Int, size: Size) -> Range<Int> {
        let room = max(1, size.height - 4 - 2)   // the frame and the margins; a blank row and the closing line
        guard count > room else { return 0..<count }
        let first = max(0, min(offset, count - room))
        return first..<(first + room)
    }

    /// How far `key` scrolls the help, or nil for a key that closes it.
    static func scrollStep(_ key: Key) -> Int? {
        switch key {
        case .down, .character("j"): 1
        case .up, .character("k"): -1
        case .pageDown: 5
        case .pageUp: -5
        default: nil
        }
    }

    public static func render(screen: any Screen, offset: Int = 0, into canvas: inout Canvas, context: RenderContext) {
        let all = lines(for: screen)
        let shown = window(count: all.count, offset: offset, size: canvas.size)
        var text = Array(all[shown])
        text.append("")
        let up = context.glyphs == .ascii ? "^" : "↑", down = context.glyphs == .ascii ? "v" : "↓"
        text.append(shown.count == all.count ? "any key closes this help" : "\(up)\(down) more, any other key closes")
        let width = min(canvas.size.width - 2, (text.map(DisplayWidth.of).max() ?? 0) + 4)
        let height = min(canvas.size.height - 2, text.count + 2)
        let box = canvas.bounds.centered(width: width, height: height)
        Dialog.frame(box, title: "Keys: \(screen.title)", into: &canvas, context: context)
        for (i, line) in text.enumerated() where i < box.height - 2 {
            canvas.write(line, x: box.x + 2, y: box.y + 1 + i, style: i == text.count - 1 ? .hint : .plain, clip: box.inset(dx: 1, dy: 1))
        }
    }
}
