import LegworkKit

/// The exercise browser: every card as a row (name, kind, the four qualities as small bars,
/// equipment, "imp" for imported cards), a filter bar whose keys cycle each filter, `/` for
/// incremental search, the count of matches, and Enter to open the card. Wide terminals get a
/// preview of the selected card beside the list.
public struct BrowserScreen: TextEntryScreen {
    public private(set) var state: BrowserState
    public let catalog: Catalog
    /// The runner's level: cards open with its dose marked.
    public let level: Level?
    public private(set) var selection: ListSelection
    public private(set) var isEditingText = false
    /// The imported card waiting for "y" to be removed.
    public private(set) var confirmingRemoval: ExerciseCard?
    /// The body size from the last `.resize`: the list's page height is measured by it.
    public private(set) var bodySize: Size?

    /// From this width on, the selected card is previewed beside the list.
    public static let previewWidth = 110

    /// The filter keys, in filter-bar order. Never j/k/h/l (navigation) nor q/? (global).
    public static let filterKeys: [(key: Character, criterion: BrowserState.Criterion)] = [
        ("t", .kind), ("u", .quality), ("m", .muscle), ("e", .equipment), ("i", .injury), ("v", .level), ("s", .source),
    ]

    /// - Parameters:
    ///   - myEquipment: the profile's equipment (the `e` filter's "mine"); nil without a profile.
    ///   - level: the profile's level: the initial level filter and the dose marked on cards.
    public init(catalog: Catalog, myEquipment: Set<Equipment>? = nil, level: Level? = nil) {
        self.catalog = catalog
        self.level = level
        state = BrowserState(cards: catalog.cards, myEquipment: myEquipment, level: level)
        selection = ListSelection(count: state.matches.count)
    }

    public var title: String { "Browse" }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    enum KeyCommand: Sendable { case move, open, search, filter, clear, remove, back, keepSearch, clearSearch, deleteCharacter, type }

    /// The keys of the list, of the search field while typing, or none while removal asks (any key answers).
    var keyTable: KeyTable<KeyCommand> {
        if isEditingText {
            return KeyTable([
                KeyBinding("Enter", "keep the search", footer: true, keys: [.key(.enter)], .keepSearch),
                KeyBinding("Esc", "clear the search", footer: true, keys: [.key(.escape)], .clearSearch),
                KeyBinding("Backspace", "delete a character", keys: [.key(.backspace), .key(.delete)], .deleteCharacter),
                KeyBinding("↑↓", "move", footer: true, keys: [.key(.up), .key(.down), .key(.pageUp), .key(.pageDown)], .move),
                KeyBinding("letters", "search names and aliases", keys: [.printable], .type),
            ])
        }
        let filters = Self.filterKeys.filter { $0.criterion != .source || state.hasImported }.map(\.key)
        return KeyTable([
            KeyTable.listMoves("move", .move),
            KeyBinding("Enter", "open", footer: true, keys: [.key(.enter), .key(.right), .char("l")], .open),
            KeyBinding("/", "search", footer: true, keys: [.char("/")], .search),
            KeyBinding("/ then Enter", "keep the search; Esc clears it", keys: [], .search),
            KeyBinding("t", "filter kind: strength, core, power, stretch", keys: [], .filter),
            KeyBinding("u", "filter quality: SL JC LT CO (score 2 or more)", keys: [], .filter),
            KeyBinding("m", "filter muscle", keys: [], .filter),
            KeyBinding("e", "filter equipment: any, or only what I have", keys: [], .filter),
            KeyBinding("i", "filter injury it helps with", keys: [], .filter),
            KeyBinding("v", "filter level: cards with a dose for it", keys: [], .filter),
            KeyBinding("s", "source: Legwork's runner cards, all, or imported ones", keys: [], .filter),
            KeyBinding(String(filters), "filter", footer: true, keys: filters.map(KeyPattern.char), .filter),
            KeyBinding("x", "clear filters and search", keys: [.char("x")], .clear),
            KeyBinding("d", "remove an imported card (asks first)", keys: [.char("d")], .remove),
            KeyBinding("Esc", "back", keys: [.key(.escape), .key(.backspace), .key(.left), .char("h")], .back),
        ])
    }

    public var keys: [KeyHelp] { keyTable.help }
    public func ignores(_ key: Key) -> Bool { confirmingRemoval == nil && !keyTable.takes(key) }

    /// The card under the cursor.
    public var selected: ExerciseCard? {
        state.matches.indices.contains(selection.index) ? state.matches[selection.index] : nil
    }

    // MARK: update

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        switch event {
        case let .resize(size):
            bodySize = size
            return []
        case let .message(.importedCardRemoved(id)):
            let name = catalog.card(id: id)?.name ?? id
            update { $0.remove(id: id) }
            return [.notice("removed \(name)")]
        case let .message(.failed(text)):
            return [.notice(text), .bell]
        case let .key(key):
            if confirmingRemoval != nil { return confirm(key) }
            guard let command = keyTable.command(for: key) else { return [] }
            return isEditingText ? edit(command, key) : browse(command, key)
        default:
            return []
        }
    }

    private mutating func browse(_ command: KeyCommand, _ key: Key) -> [ScreenAction] {
        switch command {
        case .move:
            selection.handle(key, page: max(1, listHeight - 1))
        case .open:
            guard let card = selected else { return [.bell] }
            return [.push(CardScreen(card: card, catalog: catalog, level: level))]
        case .search:
            isEditingText = true
        case .clear:
            update { $0.clear() }
        case .remove:
            guard let card = selected else { return [.bell] }
            guard card.isImported else {
                return [.notice("\(card.name) is part of Legwork's catalog; only imported cards can be removed")]
            }
            confirmingRemoval = card
        case .back:
            return [.pop]
        case .filter:
            guard case let .character(c) = key, let criterion = Self.filterKeys.first(where: { $0.key == c })?.criterion else { return [] }
            update { $0.cycle(criterion) }
        case .keepSearch, .clearSearch, .deleteCharacter, .type:
            break
        }
        return []
    }

    private mutating func edit(_ command: KeyCommand, _ key: Key) -> [ScreenAction] {
        switch command {
        case .keepSearch:
            isEditingText = false
        case .clearSearch:
            isEditingText = false
            update { $0.setSearch("") }
        case .deleteCharacter:
            var text = state.filter.search
            if !text.isEmpty { text.removeLast() }
            update { $0.setSearch(text) }
        case .move:
            selection.handle(key, page: max(1, listHeight - 1))
        case .type:
            guard case let .character(c) = key else { return [] }
            let text = state.filter.search + String(c)
            update { $0.setSearch(text) }
        default:
            break
        }
        return []
    }

    private mutating func confirm(_ key: Key) -> [ScreenAction] {
        guard let card = confirmingRemoval else { return [] }
        confirmingRemoval = nil
        guard key == .character("y") || key == .character("Y") else { return [.notice("kept \(card.name)")] }
        return [.command(.removeImportedCard(id: card.id))]
    }

    /// Changes the state and keeps the selection on the same card when it is still listed.
    private mutating func update(_ change: (inout BrowserState) -> Void) {
        let current = selected?.id
        change(&state)
        selection.reset(count: state.matches.count)
        if let current, let index = state.matches.firstIndex(where: { $0.id == current }) {
            selection.select(index)
        } else {
            selection.select(0)
        }
    }

    private var listHeight: Int { max(1, (bodySize?.height ?? 20) - 4) }

    // MARK: view

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let g = context.glyphs
        var listArea = area
        var preview: Rect?
        if area.width >= Self.previewWidth {
            let split = area.splitLeft(min(84, area.width * 3 / 5))
            listArea = split.0
            preview = split.1
        }
        let inner = listArea.inset(dx: 1, dy: 0)
        var y = inner.y
        // Filter bar: one token per filter, wrapped between tokens (the source only with imported cards).
        let entries = Self.filterKeys.filter { $0.criterion != .source || state.hasImported }
        let tokens = entries.map { entry -> [SectionLine.Span] in
            let active = state.isActive(entry.criterion)
            return [
                .init(String(entry.key), .title),
                .init(" \(entry.criterion.rawValue): ", .hint),
                .init(state.label(entry.criterion), active ? .good : .plain),
            ]
        }
        var x = inner.x
        // A narrow window shows the filters in use only, on one line; the keys stay in the help.
        let narrow = inner.width < BrowserColumns.detailWidth
        let shown = narrow ? tokens.enumerated().filter { state.isActive(entries[$0.offset].criterion) }.map(\.element) : tokens
        if narrow, shown.isEmpty {
            canvas.write("filters: " + entries.map { String($0.key) }.joined(separator: " "), x: inner.x, y: y, style: .hint, clip: inner)
        }
        for token in shown {
            if narrow, x > inner.x, x + token.reduce(0, { $0 + DisplayWidth.of($1.text) }) > inner.maxX { break }
            let width = token.reduce(0) { $0 + DisplayWidth.of($1.text) }
            if x > inner.x, x + width > inner.maxX { y += 1; x = inner.x }
            SectionLine(token).render(into: &canvas, x: x, y: y, clip: inner)
            x += width + 2
        }
        y += 1
        // Search and count.
        let count = state.countText + (state.hiddenImported > 0 ? " (+\(state.hiddenImported) imported: s)" : "")
        let searchRoom = Rect(x: inner.x, y: y, width: max(0, inner.width - DisplayWidth.of(count) - 1), height: 1)
        var sx = canvas.write("/ ", x: inner.x, y: y, style: .title, clip: searchRoom)
        if isEditingText || !state.filter.search.isEmpty {
            sx = canvas.write("search: ", x: sx, y: y, style: .hint, clip: searchRoom)
            sx = canvas.write(state.filter.search, x: sx, y: y, style: isEditingText ? .emphasis : .good, clip: searchRoom)
            if isEditingText { canvas.write("_", x: sx, y: y, style: .selected, clip: searchRoom) }
        } else {
            canvas.write("search", x: sx, y: y, style: .hint, clip: searchRoom)
        }
        canvas.write(count, x: inner.maxX - DisplayWidth.of(count), y: y, style: .emphasis, clip: inner)
        y += 1
        // Column header and rows.
        let columns = BrowserColumns(width: inner.width, longestName: state.longestName)
        canvas.write(columns.header, x: inner.x, y: y, style: .hint, clip: inner)
        y += 1
        // The quality heads' legend, under the list while the list shows them.
        let legendRows = columns.showsDetail ? 1 : 0
        if columns.showsDetail {
            let legend = TextWrap.truncate(BrowserColumns.legend(width: inner.width), width: inner.width, ellipsis: g.ellipsis)
            canvas.write(legend, x: inner.x, y: inner.maxY - 1, style: .hint, clip: inner)
        }
        let rowsArea = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - legendRows - y)
        if state.matches.isEmpty {
            var text = state.cards.isEmpty ? "The catalog is empty." : "No exercise matches. Press x to clear the filters and the search."
            if state.hiddenImported > 0 { text += " Press s to search the \(state.hiddenImported) imported cards too." }
            for (i, line) in TextWrap.lines(text, width: rowsArea.width - 2).enumerated() {
                canvas.write(line, x: rowsArea.x + 2, y: rowsArea.y + 1 + i, style: .hint, clip: rowsArea)
            }
        }
        for (row, index) in selection.window(height: rowsArea.height).enumerated() {
            let card = state.matches[index]
            let isSelected = index == selection.index
            let rowRect = Rect(x: rowsArea.x, y: rowsArea.y + row, width: rowsArea.width, height: 1)
            columns.render(card, selected: isSelected, into: &canvas, row: rowRect, glyphs: g)
        }
        if let preview, let card = selected {
            renderPreview(card, into: &canvas, area: preview, context: context)
        }
        if let card = confirmingRemoval {
            Dialog.render(title: "Remove?", text: "Remove the imported card \"\(card.name)\" (\(card.id))?\n\ny = remove, any other key = keep", into: &canvas, context: context)
        }
    }

    private func renderPreview(_ card: ExerciseCard, into canvas: inout Canvas, area: Rect, context: RenderContext) {
        let box = area.inset(dx: 1, dy: 0)
        for y in box.y..<box.maxY { canvas.write(context.glyphs.vertical, x: box.x, y: y, style: .hint) }
        let text = Rect(x: box.x + 2, y: box.y, width: box.width - 2, height: box.height)
        let lines = CardDocument(card: card, level: level, catalog: catalog, mode: .preview(context.glyphs)).lines(width: text.width)
        for (i, line) in lines.prefix(text.height).enumerated() {
            line.render(into: &canvas, x: text.x, y: text.y + i, clip: text)
        }
    }
}
