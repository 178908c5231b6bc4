import LegworkKit

/// The first screen: what Legwork is, and a menu of everything it does.
public struct HomeScreen: Screen {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var detail: String
        public var destination: Destination?   // nil: quit
    }

    public static let items: [Item] = [
        Item(label: "Today's session", detail: "guided strength, counted and timed", destination: .todaySession),
        Item(label: "15-minute stretch", detail: "or 5 to 30 min, with a focus; after your run", destination: .stretch),
        Item(label: "Browse exercises", detail: "cards: how, why, easier, harder", destination: .browse),
        Item(label: "My plan", detail: "your weeks, and the why of each choice", destination: .plan),
        Item(label: "History", detail: "what you did and how it progresses", destination: .history),
        Item(label: "Profile", detail: "who you are as a runner", destination: .profile),
        Item(label: "Strength check", detail: "measure, then plan: about 15 minutes", destination: .strengthCheck),
        Item(label: "Log a run", detail: "the run you did: the plan follows it", destination: .logRun),
        Item(label: "My routines", detail: "your own, or your therapist's programme", destination: .routines),
        Item(label: "Quit", detail: "", destination: nil),
    ]

    public static let tagline = "Strength and mobility for runners: strong glutes, hips and calves carry you through thousands of single-leg landings."

    public var selection = ListSelection(count: HomeScreen.items.count)
    /// A line under the tagline, e.g. "Welcome back, 2 sessions this week" (set by the executable).
    public var greeting: String?
    /// What today holds, once loaded: asked for right after the first frame, so reading the plan never
    /// delays the start, and again each time Home comes back.
    public private(set) var today: [String] = []
    private var wantsToday = true

    public init(greeting: String? = nil) { self.greeting = greeting }

    /// Right away (after the frame on screen) while today's line is still to be asked for.
    public func nextDeadline() -> Moment? { wantsToday ? .origin : nil }

    public var title: String { "Home" }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    enum KeyCommand: Sendable { case move, open, number }

    static let keyTable = KeyTable<KeyCommand>([
        KeyTable.listMoves("move", .move),
        KeyBinding("Enter", "open", footer: true, keys: [.key(.enter)], .open),
        KeyBinding("→ l", "open", keys: [.key(.right), .char("l")], .open),
        // Ten items: 0 opens the tenth.
        KeyBinding("1-9 0", "open an item by its number", keys: [.digit], .number),
    ])

    public var keys: [KeyHelp] { Self.keyTable.help }
    public func ignores(_ key: Key) -> Bool { !Self.keyTable.takes(key) }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        switch event {
        case .appear:
            wantsToday = true
            return []
        case .tick where wantsToday:
            wantsToday = false
            return [.command(.loadToday)]
        case let .message(.today(lines)):
            today = lines
            return []
        default:
            break
        }
        guard case let .key(key) = event, let command = Self.keyTable.command(for: key) else { return [] }
        switch command {
        case .move:
            selection.handle(key)
            return []
        case .open:
            return open(selection.index)
        case .number:
            guard case let .character(c) = key, let digit = c.wholeNumberValue, case let n = digit == 0 ? 10 : digit,
                  (1...Self.items.count).contains(n) else { return [] }
            selection.select(n - 1)
            return open(n - 1)
        }
    }

    private func open(_ index: Int) -> [ScreenAction] {
        guard let destination = Self.items[index].destination else { return [.quit(status: 0)] }
        return [.navigate(destination)]
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let g = context.glyphs
        // A short window keeps the menu whole first: the tagline and the blank rows go before any item.
        let compact = area.height < Self.items.count + 8
        let inner = area.inset(dx: compact ? 1 : 2, dy: compact ? 0 : 1)
        var y = inner.y
        let textWidth = min(inner.width, 72)
        // At most this many rows of words above the menu: all of it when the menu still fits beneath.
        let wordsRoom = max(1, inner.height - Self.items.count - 1)
        var words: [(String, Style)] = compact ? [] : TextWrap.lines(Self.tagline, width: textWidth).map { ($0, .plain) }
        if let greeting, !compact { words.append((greeting, .good)) }
        if !today.isEmpty, !compact { words.append(("", .plain)) }
        for line in today {
            words += (compact ? [TextWrap.truncate(line, width: inner.width, ellipsis: g.ellipsis)]
                              : TextWrap.lines(line, width: textWidth)).map { ($0, .accent) }
        }
        if compact, today.isEmpty, let greeting { words.append((greeting, .good)) }
        for (line, style) in words.prefix(compact ? 1 : wordsRoom) {
            canvas.write(line, x: inner.x, y: y, style: style, clip: inner)
            y += 1
        }
        if !compact { y += 1 }
        let labelWidth = (Self.items.map { DisplayWidth.of($0.label) }.max() ?? 0) + (Self.items.count >= 10 ? 7 : 6)
        let showDetail = inner.width >= labelWidth + 20
        let rows = selection.window(height: inner.maxY - y)
        for i in rows {
            let item = Self.items[i]
            let selected = i == selection.index
            let row = Rect(x: inner.x, y: y, width: min(inner.width, showDetail ? 72 : labelWidth), height: 1)
            if selected { canvas.fill(row, style: .selected) }
            let style: Style = selected ? .selected : .plain
            let number = i + 1 < 10 && Self.items.count >= 10 ? " \(i + 1)" : "\(i + 1)"
            canvas.write("\(selected ? g.pointer : " ") \(number)  \(item.label)", x: row.x, y: y, style: style, clip: row)
            if showDetail, !item.detail.isEmpty {
                let room = row.maxX - (row.x + labelWidth)
                canvas.write(TextWrap.truncate(item.detail, width: room, ellipsis: g.ellipsis), x: row.x + labelWidth, y: y, style: selected ? .selected : .hint, clip: row)
            }
            y += 1
        }
    }
}
