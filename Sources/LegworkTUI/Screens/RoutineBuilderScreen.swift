import LegworkKit

/// Builds or edits a routine: a thin screen over `RoutineBuilder` (the flow, tested headless). `a` opens
/// the exercise browser inside it — the same filters and search — and Enter there adds the card at its
/// own dose for the runner's level; `+`/`-` change the dose field Tab chooses; `K`/`J` move an exercise;
/// `x` removes it; `t` names the routine; `s` saves it.
public struct RoutineBuilderScreen: TextEntryScreen {
    public private(set) var builder: RoutineBuilder
    /// The browser while a card is being picked.
    public private(set) var picker: BrowserScreen?
    /// The name being typed (nil: not naming).
    private(set) var typedName: NameField?
    let catalog: Catalog
    let level: Level
    let myEquipment: Set<Equipment>?

    public init(catalog: Catalog, level: Level, myEquipment: Set<Equipment>?, editing: Routine? = nil, name: String? = nil) {
        self.catalog = catalog
        self.level = level
        self.myEquipment = myEquipment
        builder = RoutineBuilder(catalog: catalog, level: level, editing: editing, name: name)
    }

    public var title: String { builder.original == nil ? "New routine" : "Edit routine" }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    /// Below this body the blank row above the exercises goes and long rows end in an ellipsis.
    static let fullBody = Size(width: 60, height: 13)
    public var isEditingText: Bool { typedName != nil || picker?.isEditingText == true }
    public var quitConfirmation: String? { builder.changed ? "The routine is not saved." : nil }

    enum KeyCommand: Sendable { case select, add, reorder, remove, field, more, less, name, save, back }

    var keyTable: KeyTable<KeyCommand> {
        KeyTable([
            KeyTable.listMoves("move", .select),
            KeyBinding("a", "add an exercise from the cards", footer: true, keys: [.char("a")], .add),
            KeyBinding("Tab", "choose what + and - change: sets, reps or seconds, rest, side", footer: true, keys: [.key(.tab)], .field),
            KeyBinding("+ -", "more or less", footer: true, keys: [.char("+"), .char("=")], .more),
            KeyBinding("-", "less", keys: [.char("-"), .char("_")], .less),
            KeyBinding("K J", "move the exercise up or down", footer: true, keys: [.char("K"), .char("J")], .reorder),
            KeyBinding("x", "remove the exercise", keys: [.char("x")], .remove),
            KeyBinding("t", "name the routine", footer: true, keys: [.char("t")], .name),
            KeyBinding("s", "save", footer: true, keys: [.char("s")], .save),
            KeyBinding("Esc", "back (unsaved changes are dropped)", keys: [.key(.escape), .key(.left), .char("h")], .back),
        ])
    }

    public var keys: [KeyHelp] {
        if typedName != nil { return NameField.keyTable("the name").help }
        guard let picker else { return keyTable.help }
        return [KeyHelp("Enter", "add this exercise", footer: true), KeyHelp("Esc", "back to the routine", footer: true)]
            + picker.keys.filter { !["Enter", "Esc"].contains($0.keys) }
    }

    public func ignores(_ key: Key) -> Bool { picker == nil && typedName == nil && !keyTable.takes(key) }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        if case let .message(.routines(_, done)) = event {
            // Saved: back to the list, which reloads as it appears.
            return [.pop] + (done.map { [.notice($0)] } ?? [])
        }
        if case let .message(.failed(text)) = event { return [.notice(text), .bell] }
        if picker != nil { return picking(event, at: now) }
        if case let .key(key) = event, typedName != nil { return naming(key) }
        guard case let .key(key) = event, let command = keyTable.command(for: key) else { return [] }
        switch command {
        case .select:
            if key == .up || key == .character("k") { apply(.up) } else if key == .down || key == .character("j") { apply(.down) }
        case .add:
            var browser = BrowserScreen(catalog: catalog, myEquipment: myEquipment, level: level)
            _ = browser.handle(.appear, at: now)
            picker = browser
            return []
        case .reorder: apply(key == .character("J") ? .moveDown : .moveUp)
        case .remove: apply(.remove)
        case .field: apply(.nextField)
        case .more: apply(.increase)
        case .less: apply(.decrease)
        case .name:
            typedName = NameField(builder.routine.title)
            return []
        case .save:
            if case let .save(routine, replacing)? = builder.handle(.save) {
                return [.command(.routine(.save(routine, replacing: replacing)))]
            }
        case .back: return [.pop]
        }
        return builder.problem.map { [.notice($0)] } ?? []
    }

    private mutating func apply(_ input: RoutineBuilder.Input) { builder.handle(input) }

    /// Keys go to the browser, but Enter adds the card under its cursor and Esc closes it.
    private mutating func picking(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        guard var browser = picker else { return [] }
        if case let .key(key) = event, !browser.isEditingText {
            if key == .enter || key == .right || key == .character("l") {
                guard let card = browser.selected else { return [.bell] }
                picker = nil
                builder.handle(.add(card))
                return [.notice(builder.problem ?? "added \(card.name)")]
            }
            if key == .escape || key == .left || key == .character("h") || key == .backspace {
                picker = nil
                return []
            }
        }
        let actions = browser.handle(event, at: now)
        picker = browser
        // The browser's own navigation (open a card, leave) does not apply inside the builder.
        return actions.filter { if case .notice = $0 { true } else if case .bell = $0 { true } else { false } }
    }

    private mutating func naming(_ key: Key) -> [ScreenAction] {
        switch typedName?.handle(key) {
        case let .kept(name)?:
            typedName = nil
            builder.handle(.rename(name))
            return builder.problem.map { [.notice($0)] } ?? []
        case .cancelled?: typedName = nil
        case .typing?, nil: break
        }
        return []
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        if let picker {
            canvas.write("Pick an exercise: Enter adds it, Esc goes back.", x: area.x + 2, y: area.y, style: .accent, clip: area)
            picker.render(into: &canvas, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), at: now, context: context)
            return
        }
        let g = context.glyphs
        let compact = !area.size.fits(Self.fullBody)
        let inner = area.margins(fullAt: Self.fullBody)
        var y = inner.y
        let name = typedName.map { "Name: \($0.text)_" } ?? "Name: " + (builder.routine.title.isEmpty ? "(none yet: t)" : builder.routine.title)
        canvas.write(name, x: inner.x, y: y, style: typedName == nil ? .title : .selected, clip: inner)
        y += 1
        let total = builder.totalSeconds
        let length = total == 0 ? "Empty: a adds an exercise." : "About \((total + 59) / 60) minutes as followed"
            + " (\(builder.routine.allExercises.count) exercises)." + (builder.changed ? " Not saved yet." : "")
        canvas.write(TextWrap.truncate(length, width: inner.width, ellipsis: g.ellipsis), x: inner.x, y: y, style: .hint, clip: inner)
        y += 1
        let fieldWords = ["sets": "sets", "work": "reps or seconds", "rest": "rest", "side": "side"][builder.field.rawValue] ?? ""
        canvas.write("+ and - change: \(fieldWords)", x: inner.x, y: y, style: .accent, clip: inner)
        y += compact ? 1 : 2
        let rows = builder.rows
        var selection = ListSelection(count: rows.count)
        selection.select(builder.selected)
        for i in selection.window(height: max(1, inner.maxY - y)) {
            let selected = i == builder.selected
            let row = Rect(x: inner.x, y: y, width: min(inner.width, 76), height: 1)
            if selected { canvas.fill(row, style: .selected) }
            canvas.write(TextWrap.truncate("\(selected ? g.pointer : " ") \(i + 1). \(rows[i])", width: row.width, ellipsis: g.ellipsis), x: row.x, y: y,
                         style: selected ? .selected : .plain, clip: row)
            y += 1
        }
    }
}
