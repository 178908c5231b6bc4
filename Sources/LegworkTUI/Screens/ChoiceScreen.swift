import LegworkKit

/// A page of text with one choice, or a few: the stretch list before a routine starts, the question
/// whether to resume an interrupted session, what today is, and why a session cannot start. Enter (or `y`)
/// does `accept`; `n` (when the question has a no) or Esc does `decline`; each option its own letter.
/// Every answer is a list of actions (values), so the screen reads nothing and builds nothing itself.
public struct ChoiceScreen: Screen {
    /// One more answer, on its own key: "s  stretch instead".
    public struct Option: Sendable {
        public let key: Character
        public let label: String
        public let actions: [ScreenAction]
        public init(key: Character, label: String, actions: [ScreenAction]) {
            self.key = key; self.label = label; self.actions = actions
        }
    }

    public let title: String
    /// A line shown first in the danger colour ("Urgent care today").
    public var alert: String?
    public let lines: [String]
    public let prompt: String
    public let accept: [ScreenAction]
    public let decline: [ScreenAction]
    /// Whether the question has a no (`n`); without, `n` is just a key and only Esc goes back.
    public let declineKey: Bool
    public var options: [Option]
    /// What Enter is called in the footer ("begin", "yes", "back").
    public var acceptLabel: String?
    /// The first text row shown: a page longer than the window (a 30-minute routine) scrolls.
    public private(set) var offset = 0
    /// The body's size, from the last resize: how far the page can scroll.
    private var body: Size?

    public init(title: String, alert: String? = nil, lines: [String], prompt: String, accept: [ScreenAction],
                decline: [ScreenAction] = [.pop], declineKey: Bool = false, options: [Option] = [], acceptLabel: String? = nil) {
        self.title = title; self.alert = alert; self.lines = lines; self.prompt = prompt; self.accept = accept
        self.decline = decline; self.declineKey = declineKey; self.options = options; self.acceptLabel = acceptLabel
    }

    /// What a key does here: the table is built from the answers this page offers. Scrolling keys have
    /// no actions of their own: `handle` moves the page for them.
    var keyTable: KeyTable<[ScreenAction]> {
        var bindings = [KeyBinding("Enter", acceptLabel ?? (declineKey ? "yes" : "begin"), footer: true,
                                   keys: [.key(.enter), .char("y"), .char("Y")], accept)]
        if declineKey { bindings.append(KeyBinding("n", "no", footer: true, keys: [.char("n"), .char("N")], decline)) }
        bindings += options.map { option in
            KeyBinding(String(option.key), option.label, footer: true,
                       keys: [.char(option.key), .char(Character(option.key.uppercased()))], option.actions)
        }
        bindings.append(KeyBinding("Esc", declineKey ? "no" : "back", footer: true, keys: [.key(.escape), .key(.backspace)], decline))
        bindings.append(KeyBinding("↑↓ PgUp PgDn", "scroll a long page", keys: Self.scrollKeys.map { .key($0) }, []))
        return KeyTable(bindings)
    }

    public var keys: [KeyHelp] { keyTable.help }
    public func ignores(_ key: Key) -> Bool { !keyTable.takes(key) }

    private static let scrollKeys: [Key] = [.up, .down, .pageUp, .pageDown]

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        if case let .resize(size) = event { body = size }
        guard case let .key(key) = event else { return [] }
        if Self.scrollKeys.contains(key) {
            let inner = Self.inner(Rect(body ?? Size(width: 80, height: 22)))
            let room = max(1, textRoom(height: inner.height))
            let page = max(1, room - 1)
            let delta = key == .up ? -1 : key == .down ? 1 : key == .pageUp ? -page : page
            let last = max(0, textRows(width: max(1, inner.width)).count - room)
            offset = min(max(0, offset + delta), last)
            return []
        }
        return keyTable.command(for: key) ?? []
    }

    /// Rows of text the page has room for in `height` (the prompt and the row above it kept).
    private func textRoom(height: Int) -> Int { height - 2 }

    /// The alert and the lines, wrapped to `width`, with their styles.
    func textRows(width: Int) -> [(String, Style)] {
        var rows: [(String, Style)] = []
        if let alert { rows += TextWrap.lines(alert, width: width).map { ($0, .danger) } + [("", .plain)] }
        for line in lines { rows += TextWrap.lines(line, width: width).map { ($0, .plain) } }
        return rows
    }

    public var minimumSize: Size { Size(width: 40, height: 12) }

    /// The body less its margins: a small window keeps one column and no blank row.
    static func inner(_ area: Rect) -> Rect { area.margins(fullAt: Size(width: 60, height: 13)) }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let inner = Self.inner(area)
        let rows = textRows(width: inner.width)
        let room = max(0, textRoom(height: inner.height))
        let first = min(offset, max(0, rows.count - room))
        // A cut page says so on its last row, and how to see the rest.
        let more = rows.count - first > room
        var y = inner.y
        for row in rows.dropFirst(first).prefix(more ? room - 1 : room) {
            canvas.write(row.0, x: inner.x, y: y, style: row.1, clip: inner)
            y += 1
        }
        if more {
            canvas.write("\(context.glyphs.ellipsis) \(rows.count - first - (room - 1)) more lines below (PgDn)", x: inner.x, y: y, style: .hint, clip: inner)
            y += 1
        }
        canvas.write(prompt, x: inner.x, y: min(y + 1, inner.y + inner.height - 1), style: .accent, clip: inner)
    }
}
