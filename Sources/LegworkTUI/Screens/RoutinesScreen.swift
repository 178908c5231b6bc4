import Foundation
import LegworkKit

/// "My routines": the stored routines, each with its length and who wrote it. Enter runs one (through
/// the same door as the plan's sessions), `n` builds a new one, `e` edits, `c` duplicates, `r` renames,
/// `d` deletes (asks first). Every change is a command the environment performs; the list it answers
/// replaces this one's.
public struct RoutinesScreen: TextEntryScreen {
    public private(set) var entries: [RoutineEntry]
    public private(set) var selection: ListSelection
    /// The new name being typed for the selected routine (nil: not renaming).
    private(set) var newName: NameField?
    /// The routine waiting for "y" to be deleted.
    public private(set) var confirmingDelete: String?

    public init(entries: [RoutineEntry]) {
        self.entries = entries
        selection = ListSelection(count: entries.count)
    }

    public var title: String { "My routines" }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    /// Below this body the words above the list go while there are routines to list.
    static let fullBody = Size(width: 60, height: 14)
    public var isEditingText: Bool { newName != nil }

    enum KeyCommand: Sendable { case move, run, new, edit, duplicate, rename, delete, back }

    var keyTable: KeyTable<KeyCommand> {
        KeyTable([
            KeyTable.listMoves("move", .move),
            KeyBinding("Enter", "run it", footer: true, keys: [.key(.enter)], .run),
            KeyBinding("n", "new", footer: true, keys: [.char("n")], .new),
            KeyBinding("e", "edit", footer: true, keys: [.char("e"), .key(.right), .char("l")], .edit),
            KeyBinding("c", "duplicate", footer: true, keys: [.char("c")], .duplicate),
            KeyBinding("r", "rename", footer: true, keys: [.char("r")], .rename),
            KeyBinding("d", "delete (asks first)", footer: true, keys: [.char("d")], .delete),
            KeyBinding("Esc", "back", keys: [.key(.escape), .key(.backspace), .key(.left), .char("h")], .back),
        ])
    }

    public var keys: [KeyHelp] { newName == nil ? keyTable.help : NameField.keyTable("the new name").help }
    public func ignores(_ key: Key) -> Bool { confirmingDelete == nil && newName == nil && !keyTable.takes(key) }

    var selected: RoutineEntry? { entries.indices.contains(selection.index) ? entries[selection.index] : nil }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        switch event {
        case .appear:
            return [.command(.routine(.load))]
        case let .message(.routines(list, done)):
            let keep = selected?.name
            entries = list
            selection.reset(count: list.count)
            if let keep, let index = list.firstIndex(where: { $0.name == keep }) { selection.select(index) }
            return done.map { [.notice($0)] } ?? []
        case let .message(.failed(text)):
            return [.notice(text), .bell]
        case let .key(key):
            if let name = confirmingDelete {
                confirmingDelete = nil
                return key == .character("y") || key == .character("Y") ? [.command(.routine(.delete(name)))] : [.notice("kept \(name)")]
            }
            if newName != nil { return typing(key) }
            guard let command = keyTable.command(for: key) else { return [] }
            return browsing(command, key)
        default:
            return []
        }
    }

    private mutating func browsing(_ command: KeyCommand, _ key: Key) -> [ScreenAction] {
        if command == .move { selection.handle(key); return [] }
        if command == .back { return [.pop] }
        if command == .new { return [.open(RoutineRoute.build(nil), replacing: false)] }
        guard let entry = selected else { return [.notice("No routine yet: n builds one."), .bell] }
        switch command {
        case .run: return [.open(RoutineRoute.run(entry.name), replacing: false)]
        case .edit: return [.open(RoutineRoute.build(entry.name), replacing: false)]
        case .duplicate: return [.command(.routine(.duplicate(entry.name)))]
        case .rename: newName = NameField(entry.name)
        case .delete: confirmingDelete = entry.name
        default: break
        }
        return []
    }

    private mutating func typing(_ key: Key) -> [ScreenAction] {
        switch newName?.handle(key) {
        case let .kept(name)?:
            newName = nil
            guard let entry = selected, !name.isEmpty, name != entry.name else { return [] }
            return [.command(.routine(.rename(entry.name, to: name)))]
        case .cancelled?: newName = nil
        case .typing?, nil: break
        }
        return []
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let g = context.glyphs
        let compact = !area.size.fits(Self.fullBody)
        let inner = area.margins(fullAt: Self.fullBody)
        var y = inner.y
        let intro = entries.isEmpty
            ? "No routines yet. Press n to build one from the exercise cards, or take a therapist's file in from the command line."
            : "Your own routines and the programmes you were given. Enter runs one, with the check-in first."
        // A small window lists the routines from its first row; with none, the words say how to make one.
        if !compact || entries.isEmpty {
            for line in TextWrap.lines(intro, width: min(inner.width, 72)) where y < inner.maxY {
                canvas.write(line, x: inner.x, y: y, style: .hint, clip: inner)
                y += 1
            }
            y += 1
        }
        let rows = selection.window(height: max(1, (inner.maxY - y - (compact ? 1 : 2)) / 2))
        for i in rows {
            let entry = entries[i]
            let isSelected = i == selection.index
            let row = Rect(x: inner.x, y: y, width: min(inner.width, 72), height: 1)
            if isSelected { canvas.fill(row, style: .selected) }
            let label = isSelected && newName != nil ? "New name: \(newName?.text ?? "")_" : entry.name
            canvas.write("\(isSelected ? g.pointer : " ") \(label)", x: row.x, y: y, style: isSelected ? .selected : .plain, clip: row)
            canvas.write(TextWrap.truncate(entry.detail, width: row.width - 4, ellipsis: g.ellipsis), x: row.x + 4, y: y + 1, style: .hint, clip: inner)
            y += 2
        }
        if let name = confirmingDelete, y < inner.maxY {
            canvas.write("Delete \"\(name)\"? y = yes, any other key = keep it", x: inner.x, y: inner.maxY - 1, style: .warn, clip: inner)
        }
    }
}
