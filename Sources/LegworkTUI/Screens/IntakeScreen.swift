import LegworkKit

/// The profile form: who the runner is, asked one field at a time over `IntakeForm`, with every answer
/// checked as it is given (the same parser as `legwork profile set`).
///
/// Choice fields change with ←→ or Space (the long-run and workout days among the run days only); lists
/// of choices (run days, equipment, warning signs) move a cursor with ←→ and tick with Space; injuries
/// are a list of areas, each none, past or current with its pain (Space changes the state, + - or a
/// digit the pain); text fields (race date, distances) are typed: typing goes on from the answer at a
/// visible cursor, Backspace edits it, Enter or Tab ends the edit, and on a text field every letter is
/// a letter (`q` does not quit). The heaviest dumbbell is asked only with dumbbells ticked. Enter or Ctrl-S saves through
/// `AppCommand.saveProfile` and, once the store confirms, does `onDone` (back, or on to the home screen).
/// Esc asks before throwing changes away.
public struct IntakeScreen: TextEntryScreen {
    public private(set) var form: IntakeForm
    /// The field with the cursor.
    public private(set) var selected = 0
    /// The choice with the cursor in a list of choices.
    public private(set) var choiceCursor = 0
    /// The text being typed, while a text field is being edited.
    public private(set) var editBuffer: String?
    /// Answers changed since the form opened.
    public private(set) var isDirty = false
    /// The pain each injury area had when last cycled away from "current", to bring it back with it.
    private var painsSet: [Injury: Int] = [:]
    public private(set) var confirmingDiscard = false
    /// The save was asked for and the store has not answered yet.
    public private(set) var isSaving = false
    /// What happens after saving or discarding: `.pop` when opened from a menu, a `.replace` with the home
    /// screen on the first run.
    public let onDone: ScreenAction
    /// True on the first run: the heading welcomes instead of "edit".
    public let isFirstRun: Bool

    /// - Parameters:
    ///   - profile: the stored profile to edit, or nil on the first run (the form shows the defaults).
    ///   - today: the date race dates are checked against.
    ///   - onLeave: what leaving without saving adds to `onDone` (the first run says what skipping means).
    public init(profile: Profile?, today: CalendarDate, onDone: ScreenAction = .pop, onLeave: [ScreenAction] = []) {
        form = IntakeForm(profile: profile ?? Profile(), today: today)
        isFirstRun = profile == nil
        self.onDone = onDone
        self.onLeave = onLeave
    }

    /// Done after `onDone` when the form is left without saving.
    public let onLeave: [ScreenAction]

    public var title: String { "Profile" }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    /// Below this body the heading goes (the status line stays) and the form starts right under it.
    static let fullBody = Size(width: 56, height: 13)
    /// On a typed field every key is text: `q` and `?` are letters there, not commands.
    public var isEditingText: Bool { editBuffer != nil || isTyped }

    enum KeyCommand: Sendable {
        case next, previous, first, last, less, more, space, save, back
        case type, deleteCharacter, clear, painKey
        case commit, commitNext, commitPrevious, commitSave, undo
    }

    private static let fieldMoves: [KeyBinding<KeyCommand>] = [
        KeyBinding("Tab ↑↓", "field", footer: true, keys: [.key(.tab), .key(.down)], .next),
        KeyBinding("", "", keys: [.key(.backTab), .key(.up)], .previous),
        KeyBinding("Home End", "first, last field", keys: [.key(.home)], .first),
        KeyBinding("", "", keys: [.key(.end)], .last),
    ]

    /// The keys of the field under the cursor: typing into an answer, the injury list, a typed answer
    /// or a choice. While leaving unsaved asks, any key answers (no table).
    var keyTable: KeyTable<KeyCommand> {
        if editBuffer != nil {
            return KeyTable([
                KeyBinding("typing", "goes on from the answer at the cursor", keys: [.printable], .type),
                KeyBinding("Enter Tab", "done", footer: true, keys: [.key(.enter)], .commit),
                KeyBinding("", "", keys: [.key(.tab), .key(.down)], .commitNext),
                KeyBinding("", "", keys: [.key(.backTab), .key(.up)], .commitPrevious),
                KeyBinding("Esc", "undo the edit", footer: true, keys: [.key(.escape)], .undo),
                KeyBinding("Ctrl-U", "clear the answer", footer: true, keys: [.key(.control("u"))], .clear),
                KeyBinding("Backspace", "delete a character", keys: [.key(.backspace)], .deleteCharacter),
                KeyBinding("Ctrl-S", "save the profile", keys: [.key(.control("s"))], .commitSave),
            ])
        }
        if isInjuryList {
            return KeyTable(Self.fieldMoves + [
                KeyBinding("←→", "area", footer: true, keys: [.key(.left)], .less),
                KeyBinding("", "", keys: [.key(.right)], .more),
                KeyBinding("Space", "none, past, current", footer: true, keys: [.char(" ")], .space),
                KeyBinding("+ - 0-9", "pain", footer: true, keys: [.char("+"), .char("="), .char("-"), .char("_"), .digit], .painKey),
                KeyBinding("Enter", "save", footer: true, keys: [.key(.enter), .key(.control("s"))], .save),
                KeyBinding("Esc", "back", keys: [.key(.escape)], .back),
            ])
        }
        var bindings = Self.fieldMoves + [
            KeyBinding("←→ Space", "change", footer: true, keys: [.key(.left)], .less),
            KeyBinding("", "", keys: [.key(.right)], .more),
            KeyBinding("", "", keys: [.char(" ")], .space),
        ]
        if isTyped {
            bindings += [
                KeyBinding("typing", "a number replaces a typed answer, other keys go on from its end (Backspace deletes, Ctrl-U clears)",
                           keys: [.printable], .type),
                KeyBinding("", "", keys: [.key(.backspace)], .deleteCharacter),
                KeyBinding("", "", keys: [.key(.control("u"))], .clear),
            ]
        }
        bindings += [
            KeyBinding("Enter", "save", footer: true, keys: [.key(.enter)], .save),
            KeyBinding("Ctrl-S", "save, also while typing", keys: [.key(.control("s"))], .save),
            KeyBinding("Esc", "back", footer: true, keys: [.key(.escape)], .back),
        ]
        return KeyTable(bindings)
    }

    public var keys: [KeyHelp] { keyTable.help }
    public func ignores(_ key: Key) -> Bool { !confirmingDiscard && !isSaving && !keyTable.takes(key) }

    public var quitConfirmation: String? { isDirty ? "Your profile changes are not saved." : nil }

    private var field: IntakeField { form.fields[selected] }

    // MARK: update

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        switch event {
        case .message(.profileSaved) where isSaving:
            isSaving = false
            isDirty = false
            return [onDone]
        case let .message(.failed(reason)) where isSaving:
            isSaving = false
            return [.bell, .notice("Not saved: \(reason)")]
        case let .key(key):
            if confirmingDiscard { return confirmDiscard(key) }
            guard let command = keyTable.command(for: key) else { return [] }
            if editBuffer != nil { return edit(command, key) }
            return navigate(command, key)
        default:
            return []
        }
    }

    private mutating func confirmDiscard(_ key: Key) -> [ScreenAction] {
        confirmingDiscard = false
        if key == .character("y") || key == .character("Y") {
            isDirty = false
            return [onDone] + onLeave
        }
        return []
    }

    private mutating func navigate(_ command: KeyCommand, _ key: Key) -> [ScreenAction] {
        switch command {
        case .next: move(by: 1)
        case .previous: move(by: -1)
        case .first: select(0)
        case .last: select(form.fields.count - 1)
        case .less: change(by: -1)
        case .more: change(by: 1)
        case .space: return space()
        case .save: return save()
        case .back:
            if isDirty { confirmingDiscard = true; return [] }
            return [onDone] + onLeave
        case .deleteCharacter:
            editBuffer = String(field.text.dropLast())
        case .clear:
            editBuffer = ""
        case .type:
            // A digit typed on a number or a date is a new answer (35 on "15" is 35, not 1535); other
            // keys go on from the answer's end, where the cursor is drawn.
            guard case let .character(c) = key else { return [] }
            editBuffer = (startsAnew(with: c) ? "" : field.text) + String(c)
        case .painKey:
            guard case let .character(c) = key else { return [] }
            injuryKey(c)
        case .commit, .commitNext, .commitPrevious, .commitSave, .undo:
            break
        }
        return []
    }

    /// Whether typing `c` on the field replaces its answer: a digit on a number or a date.
    private func startsAnew(with c: Character) -> Bool {
        guard c.isASCII, c.isNumber else { return false }
        switch field.kind {
        case .number, .date: return true
        default: return false
        }
    }

    private var isInjuryList: Bool { if case .injuryList = field.kind { true } else { false } }

    /// `+`/`-` or a digit set the pain of the area under the cursor (making it current).
    private mutating func injuryKey(_ c: Character) {
        var list = InjuryPicker(text: field.text)
        let area = InjuryPicker.areas[choiceCursor]
        switch c {
        case "+", "=": list.changePain(area, by: 1)
        case "-", "_": list.changePain(area, by: -1)
        case let digit where digit.isNumber: list.setPain(area, Int(String(digit)) ?? 0)
        default: return
        }
        form.setText(list.text, for: field.key)
        isDirty = true
    }

    private mutating func edit(_ command: KeyCommand, _ key: Key) -> [ScreenAction] {
        guard var buffer = editBuffer else { return [] }
        switch command {
        case .undo: editBuffer = nil
        case .commit: commit()
        case .commitNext: commit(); move(by: 1)
        case .commitPrevious: commit(); move(by: -1)
        case .commitSave: commit(); return save()
        case .deleteCharacter: buffer = String(buffer.dropLast()); editBuffer = buffer
        case .clear: editBuffer = ""
        case .type:
            guard case let .character(c) = key else { return [] }
            buffer.append(c); editBuffer = buffer
        default: break
        }
        return []
    }

    private mutating func commit() {
        guard let buffer = editBuffer else { return }
        editBuffer = nil
        guard buffer != field.text else { return }
        form.setText(buffer, for: field.key)
        isDirty = true
    }

    /// The fields asked now (`IntakeForm.isAsked`: the heaviest dumbbell only when dumbbells are ticked…).
    var visibleFields: [Int] {
        form.fields.indices.filter { form.isAsked(form.fields[$0].key) }
    }

    private mutating func move(by offset: Int) {
        let visible = visibleFields
        let at = visible.firstIndex(of: selected) ?? 0
        select(visible[((at + offset) % visible.count + visible.count) % visible.count])
    }

    private mutating func select(_ index: Int) {
        selected = min(max(0, index), form.fields.count - 1)
        choiceCursor = 0
    }

    /// Whether the selected field is answered by typing.
    private var isTyped: Bool {
        switch field.kind {
        case .date, .number: true
        case .singleChoice, .multiChoice, .dayList, .injuryList: false
        }
    }

    private mutating func change(by offset: Int) {
        switch field.kind {
        case let .singleChoice(choices) where field.key == .longRunDay || field.key == .workoutDay:
            // Only a day you run (or none): the other days would be refused anyway.
            let runDays = Set((form[.runDays]?.text ?? "").split(separator: ",").map { String($0).trimmedOfSpaces })
            let allowed = choices.map(\.value).filter { runDays.contains($0) || $0 == "none" }
            let current = allowed.firstIndex(of: field.text) ?? (offset > 0 ? allowed.count - 1 : 0)
            form.setText(allowed[((current + offset) % allowed.count + allowed.count) % allowed.count], for: field.key)
            isDirty = true
        case .singleChoice:
            form.cycle(field.key, by: offset)
            isDirty = true
        case let .multiChoice(choices):
            choiceCursor = min(max(0, choiceCursor + offset), choices.count - 1)
        case .dayList:
            choiceCursor = min(max(0, choiceCursor + offset), Weekday.allCases.count - 1)
        case .injuryList:
            choiceCursor = min(max(0, choiceCursor + offset), InjuryPicker.areas.count - 1)
        default:
            break
        }
    }

    private mutating func space() -> [ScreenAction] {
        switch field.kind {
        case .singleChoice:
            change(by: 1)
        case let .multiChoice(choices):
            form.toggle(choices[choiceCursor].value, for: field.key)
            isDirty = true
        case .dayList:
            form.toggle(Weekday.allCases[choiceCursor].rawValue, for: field.key)
            isDirty = true
        case .injuryList:
            var list = InjuryPicker(text: field.text)
            let area = InjuryPicker.areas[choiceCursor]
            // A pain set before is kept for when the area comes round to "current" again.
            if case let .current(pain) = list.states[area] { painsSet[area] = pain }
            list.cycle(area, currentPain: painsSet[area])
            form.setText(list.text, for: field.key)
            isDirty = true
        default:
            if isTyped { editBuffer = field.text + " " }
        }
        return []
    }

    private mutating func save() -> [ScreenAction] {
        if let key = form.firstInvalidKey, let index = form.fields.firstIndex(where: { $0.key == key }) {
            select(index)
            return [.bell, .notice("Not saved: \(form.fields[index].label.lowercased()) needs a fix")]
        }
        do {
            let profile = try form.profile()
            isSaving = true
            return [.command(.saveProfile(profile))]
        } catch {
            return [.bell, .notice("Not saved: \(error.message)")]
        }
    }

    // MARK: view

    /// One drawn row of the form.
    struct Row {
        var text: String
        var style: Style
        var x: Int = 0
        /// The field the row belongs to (for scrolling).
        var field: Int
        var value: (text: String, style: Style)? = nil
        var fill = false
    }

    static let labelWidth = 30

    func rows(width: Int, glyphs g: Glyphs) -> [Row] {
        var rows: [Row] = []
        for i in visibleFields {
            let f = form.fields[i]
            let isSelected = i == selected
            let marker = isSelected ? g.pointer : " "
            let flag = f.isValid ? " " : "!"
            let label = "\(marker)\(flag)\(f.label)"
            rows.append(Row(text: label, style: isSelected ? .selected : (f.isValid ? .plain : .warn), field: i,
                            value: valueText(f, selected: isSelected, glyphs: g), fill: isSelected))
            if isSelected {
                for line in TextWrap.lines(f.help, width: max(10, width - 4)) {
                    rows.append(Row(text: line, style: .hint, x: 4, field: i))
                }
                if case .injuryList = f.kind {
                    let list = InjuryPicker(text: f.text)
                    let nameWidth = InjuryPicker.areas.map { DisplayWidth.of($0.title) }.max() ?? 0
                    for (c, area) in InjuryPicker.areas.enumerated() {
                        let pointer = c == choiceCursor ? g.pointer : " "
                        let name = area.title + String(repeating: " ", count: nameWidth - DisplayWidth.of(area.title))
                        rows.append(Row(text: "\(pointer) \(name)  \(list.words(area))", style: c == choiceCursor ? .emphasis : .plain, x: 4, field: i))
                    }
                }
                var choices: [IntakeChoice] = []
                if case let .multiChoice(listed) = f.kind { choices = listed }
                if case .dayList = f.kind { choices = Weekday.allCases.map { IntakeChoice($0.rawValue, $0.title) } }
                if !choices.isEmpty {
                    let ticked = Set(f.text.split(separator: ",").map { String($0).trimmedOfSpaces.lowercased() })
                    for (c, choice) in choices.enumerated() {
                        let box = ticked.contains(choice.value) ? "[x]" : "[ ]"
                        let pointer = c == choiceCursor ? g.pointer : " "
                        for (n, line) in TextWrap.lines(choice.label, width: max(10, width - 10)).enumerated() {
                            rows.append(Row(text: n == 0 ? "\(pointer) \(box) \(line)" : "      \(line)",
                                            style: c == choiceCursor ? .emphasis : .plain, x: 4, field: i))
                        }
                    }
                }
            }
            if let message = f.message {
                for line in TextWrap.lines(message, width: max(10, width - 4)) {
                    rows.append(Row(text: line, style: .warn, x: 4, field: i))
                }
            }
        }
        return rows
    }

    private func valueText(_ f: IntakeField, selected: Bool, glyphs g: Glyphs) -> (text: String, style: Style) {
        if selected, let editBuffer { return (editBuffer + "▏", .emphasis) }
        if selected, isTyped { return ((f.text.isEmpty ? "" : f.text) + "▏", .plain) }
        switch f.kind {
        case let .singleChoice(choices):
            let label = choices.first { $0.value == f.text.lowercased() }?.label ?? f.text
            return (selected ? "‹ \(label) ›" : label, .plain)
        case .multiChoice:
            return (f.text.isEmpty ? "none" : f.text.replacingCommas(), .plain)
        case let .number(unit, _):
            if f.text.isEmpty { return ("none", .hint) }
            let plain = f.text.allSatisfy { $0.isNumber || $0 == "." }
            return (plain ? "\(f.text) \(unit)" : f.text, .plain)
        case .injuryList:
            return (InjuryPicker(text: f.text).summary, .plain)
        case .date, .dayList:
            return (f.text.isEmpty ? "none" : f.text.replacingCommas(), .plain)
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let inner = area.inset(dx: 1, dy: 0)
        let heading = isFirstRun
            ? "Welcome! Tell Legwork about your running: your plan is built from it."
            : "Your answers build your plan; change any of them."
        let status: (String, Style)
        if isSaving {
            status = ("Saving…", .hint)
        } else if form.isValid {
            status = ("All answers are fine: Enter saves.", .good)
        } else {
            let count = form.fields.filter { !$0.isValid }.count
            status = (count == 1 ? "1 answer needs a fix (marked !)." : "\(count) answers need a fix (marked !).", .warn)
        }
        // A small window keeps the status (what Enter does, what needs a fix) and gives the rest to the form.
        let compact = !area.size.fits(Self.fullBody)
        if !compact {
            canvas.write(TextWrap.truncate(heading, width: inner.width, ellipsis: context.glyphs.ellipsis), x: inner.x, y: inner.y, clip: inner)
        }
        let statusY = compact ? inner.y : inner.y + 1
        // The first run still says hello in a small window, before what Enter does.
        let said = compact && isFirstRun ? "Welcome! " + status.0 : status.0
        canvas.write(TextWrap.truncate(said, width: inner.width, ellipsis: context.glyphs.ellipsis), x: inner.x, y: statusY, style: status.1, clip: inner)

        let top = compact ? 1 : 3
        let list = Rect(x: inner.x, y: inner.y + top, width: inner.width, height: max(0, inner.height - top))
        let all = rows(width: list.width, glyphs: context.glyphs)
        // Scroll just enough to show the whole selected field (its first row when it is taller than the view).
        let first = all.firstIndex { $0.field == selected } ?? 0
        let last = all.lastIndex { $0.field == selected } ?? 0
        // When the form is taller than the view, its last row says so.
        let height = all.count > list.height ? list.height - 1 : list.height
        let offset = max(0, min(first, last + 1 - height))
        for (n, row) in all.dropFirst(offset).prefix(height).enumerated() {
            let y = list.y + n
            if row.fill { canvas.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: .selected) }
            let valueX = list.x + min(Self.labelWidth, list.width / 2)
            // A label longer than its column (a narrow window) is cut before the answer, never under it.
            let label = row.value == nil ? row.text : TextWrap.truncate(row.text, width: valueX - list.x - row.x - 1, ellipsis: context.glyphs.ellipsis)
            canvas.write(label, x: list.x + row.x, y: y, style: row.style, clip: list)
            if let value = row.value {
                let x = valueX
                let style = row.fill ? Style.selected : value.style
                let room = list.maxX - x
                canvas.write(TextWrap.truncate(value.text, width: room, ellipsis: context.glyphs.ellipsis), x: x, y: y, style: style, clip: list)
            }
        }
        if height < list.height {
            let more = [offset > 0 ? "↑ more above" : nil, offset + height < all.count ? "↓ more below" : nil].compactMap { $0 }
            canvas.write(more.joined(separator: "  "), x: list.x + 2, y: list.maxY - 1, style: .hint, clip: list)
        }
        if confirmingDiscard {
            Dialog.render(title: "Discard changes?", text: "Your changes to the profile are not saved.\n\ny = discard them, any other key = keep editing", into: &canvas, context: context)
        }
    }
}

private extension String {
    var trimmedOfSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// "mon,wed,sat" → "mon, wed, sat", for reading.
    func replacingCommas() -> String {
        split(separator: ",").map { String($0).trimmedOfSpaces }.joined(separator: ", ")
    }
}
