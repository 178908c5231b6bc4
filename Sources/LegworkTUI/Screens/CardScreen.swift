import LegworkKit

/// One exercise card: figure, qualities, muscles, equipment, doses (the runner's level marked), tempo,
/// steps, cues, mistakes, the running cue and safety notes. Scrolls when longer than the screen;
/// `r` and `p` open the regression and the progression on top, Esc/Backspace goes back.
public struct CardScreen: Screen {
    public let card: ExerciseCard
    public let catalog: Catalog
    public let level: Level?
    /// The first document line shown.
    public private(set) var scroll = 0
    /// The body size from the last `.resize`: pages and the end of the document are measured by it.
    public private(set) var bodySize: Size?

    /// Widest text column: long lines are tiring to read on a wide terminal.
    static let maxTextWidth = 100

    public init(card: ExerciseCard, catalog: Catalog, level: Level?) {
        self.card = card; self.catalog = catalog; self.level = level
    }

    public var title: String { card.name }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    enum KeyCommand: Sendable { case lineDown, lineUp, pageDown, pageUp, top, bottom, back, easier, harder }

    var keyTable: KeyTable<KeyCommand> {
        KeyTable([
            KeyBinding("↑↓ j k", "scroll", footer: true, keys: [.key(.down), .char("j")], .lineDown),
            KeyBinding("", "", keys: [.key(.up), .char("k")], .lineUp),
            KeyBinding("PgUp PgDn Space", "scroll a page", keys: [.key(.pageDown), .char(" ")], .pageDown),
            KeyBinding("", "", keys: [.key(.pageUp)], .pageUp),
            KeyBinding("g G", "top, bottom", keys: [.key(.home), .char("g")], .top),
            KeyBinding("", "", keys: [.key(.end), .char("G")], .bottom),
            KeyBinding("r", "easier", footer: card.regression != nil, keys: [.char("r")], .easier),
            KeyBinding("p", "harder", footer: card.progression != nil, keys: [.char("p")], .harder),
            KeyBinding("Esc", "back", footer: true, keys: [.key(.escape), .key(.backspace), .key(.left), .char("h")], .back),
        ])
    }

    public var keys: [KeyHelp] { keyTable.help }
    public func ignores(_ key: Key) -> Bool { !keyTable.takes(key) }

    // MARK: update

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        if case let .resize(size) = event { bodySize = size }
        guard case let .key(key) = event, let command = keyTable.command(for: key) else { return [] }
        let page = max(1, (bodySize?.height ?? 20) - 1)
        switch command {
        case .lineDown: scrollBy(1)
        case .lineUp: scrollBy(-1)
        case .pageDown: scrollBy(page)
        case .pageUp: scrollBy(-page)
        case .top: scroll = 0
        case .bottom: scroll = maxScroll
        case .back: return [.pop]
        case .easier: return open(card.regression, what: "easier")
        case .harder: return open(card.progression, what: "harder")
        }
        return []
    }

    private mutating func scrollBy(_ n: Int) { scroll = min(max(0, scroll + n), maxScroll) }

    /// How far the document can scroll at the size it was last drawn.
    private var maxScroll: Int {
        guard let size = bodySize else { return 0 }
        let count = document(width: textWidth(size.width), compact: Self.isCompact(size)).count
        return count > size.height ? count - (size.height - 1) : 0
    }

    private func open(_ id: String?, what: String) -> [ScreenAction] {
        guard let id else { return [.notice("\(card.name) has no \(what) version in the catalog"), .bell] }
        guard let next = catalog.card(id: id) else { return [.notice("the card \"\(id)\" is not in the catalog"), .bell] }
        return [.push(CardScreen(card: next, catalog: catalog, level: level))]
    }

    // MARK: view

    /// Narrow windows keep one column of margin instead of two.
    func textWidth(_ areaWidth: Int) -> Int { min(Self.maxTextWidth, areaWidth - 2 * margin(areaWidth)) }
    private func margin(_ areaWidth: Int) -> Int { areaWidth < 60 ? 1 : 2 }

    /// Below this body the card leaves its figure out (`CardDocument.lines(compact:)`): the figure alone
    /// would fill a 40x12 window.
    static let fullBody = Size(width: 56, height: 14)
    static func isCompact(_ body: Size) -> Bool { !body.fits(fullBody) }

    func document(width: Int, compact: Bool = false, glyphs: Glyphs = .unicode) -> [SectionLine] {
        CardDocument(card: card, level: level, catalog: catalog, mode: .screen(glyphs)).lines(width: width, compact: compact)
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let width = textWidth(area.width)
        let lines = document(width: width, compact: Self.isCompact(area.size), glyphs: context.glyphs)
        // A document longer than the screen keeps the last row for where we are.
        let overflows = lines.count > area.height
        let height = overflows ? area.height - 1 : area.height
        let top = min(scroll, max(0, lines.count - height))
        let x = area.x + margin(area.width)
        for (row, index) in (top..<min(lines.count, top + height)).enumerated() {
            lines[index].render(into: &canvas, x: x, y: area.y + row, clip: area)
        }
        if overflows {
            let more = top + height < lines.count
            let arrow = context.glyphs == .ascii ? "v" : "↓"
            let label = more ? "line \(top + height) of \(lines.count), more \(arrow)" : "end"
            canvas.write(label, x: area.maxX - DisplayWidth.of(label) - margin(area.width), y: area.maxY - 1, style: .hint)
        }
    }
}
