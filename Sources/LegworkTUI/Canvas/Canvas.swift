import LegworkKit

/// An in-memory grid of cells that screens draw into. The terminal backend is the only thing that turns
/// it into output, so screens can be tested by comparing a canvas's text with the expected screen.
public struct Canvas: Sendable, Equatable {
    public struct Cell: Hashable, Sendable {
        /// One grapheme cluster, or "" for the right half of a wide character.
        public var text: String
        public var style: Style
        public static let blank = Cell(text: " ", style: .plain)
        public var isContinuation: Bool { text.isEmpty }
    }

    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(size) }

    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank }
        return cells[y * size.width + x]
    }

    private func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * size.width + x
        // Never leave half of a wide character behind.
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(text: " ", style: cells[i - 1].style) }
        if DisplayWidth.of(cells[i].text) == 2, x + 1 < size.width { cells[i + 1] = Cell(text: " ", style: cells[i].style) }
        cells[i] = cell
    }

    /// Writes `text` from (x, y) on one line, clipped to the canvas and to `clip` (default: the canvas).
    /// A wide character that would straddle the clip edge is replaced by a space. Tab and newline are
    /// dropped; every other control character and bidi override from data is shown escaped
    /// (`SafeText`), so nothing in a card or a record can act on the terminal. Returns the column
    /// after the last one written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= max(0, area.y), y < min(size.height, area.maxY) else { return x }
        let right = min(size.width, area.maxX)
        let left = max(0, area.x)
        var column = x
        for character in SafeText.escaped(text, keepingLines: true) {
            let width = DisplayWidth.of(character)
            if width == 0 {
                if character.unicodeScalars.first.map({ $0.value < 0x20 || $0.value == 0x7F }) ?? true { continue }
                // A lone combining mark: attach to the previous cell when it is ours, else drop it.
                if column - 1 >= left, column - 1 < right {
                    let i = y * size.width + column - 1
                    cells[i].text.append(character)
                }
                continue
            }
            if column >= right { break }
            if column + width > right {
                if column >= left { set(column, y, Cell(text: " ", style: style)) }
                column += width
                break
            }
            if column >= left {
                set(column, y, Cell(text: String(character), style: style))
                if width == 2 { set(column + 1, y, Cell(text: "", style: style)) }
            }
            column += width
        }
        return column
    }

    /// Fills a rectangle with one character (spaces by default) in a style.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 { for x in x0..<x1 { set(x, y, Cell(text: String(character), style: style)) } }
    }

    /// Restyles a rectangle without changing its text (selection bars, highlights).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let x0 = max(0, rect.x), x1 = min(size.width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(size.height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 { for x in x0..<x1 { change(&cells[y * size.width + x].style) } }
    }

    /// The text of one row as a person sees it (the right halves of wide characters are not repeated).
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var out = ""
        for x in 0..<size.width { out += cells[y * size.width + x].text }
        return out
    }

    /// Every row, trailing spaces removed: what a test compares with the expected screen.
    public var lines: [String] {
        (0..<size.height).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }
    }

    /// The whole screen as text, one row per line, trailing spaces removed.
    public var text: String { lines.joined(separator: "\n") }

    /// One letter per cell describing its style (see `Style.maskLetter`): snapshot tests of emphasis.
    public func styleMask(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        return String((0..<size.width).map { cells[y * size.width + $0].style.maskLetter })
    }

    /// The canvas as a terminal without Unicode shows it (`LANG=C`): each run of one style mapped by
    /// `AsciiFallback` and written from the column it starts at, a longer mapping running over what follows
    /// as it does on the terminal. `NcursesTerminal` draws this, and `TestTerminal` records it, so tests
    /// see what such a terminal shows.
    public func asciiFallback() -> Canvas {
        var out = Canvas(size: size)
        for y in 0..<size.height {
            out.cells.replaceSubrange(y * size.width..<(y + 1) * size.width, with: asciiFallback(row: y))
        }
        return out
    }

    /// Row `y` as `asciiFallback()` shows it: the terminal converts only the rows that changed.
    public func asciiFallback(row y: Int) -> [Cell] {
        var row = Array(repeating: Cell.blank, count: size.width)
        var x = 0
        while x < size.width {
            let style = self[x, y].style
            let start = x
            var run = ""
            while x < size.width, self[x, y].style == style {
                run += self[x, y].text
                x += 1
            }
            for (offset, character) in AsciiFallback.map(run).enumerated() where start + offset < size.width {
                row[start + offset] = Cell(text: String(character), style: style)
            }
        }
        return row
    }
}
