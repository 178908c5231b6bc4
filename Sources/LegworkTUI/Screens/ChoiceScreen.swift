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

    public init(title: String, alert: String? = nil, lines: [String], prompt: String, accept: [ScreenAction],
                decline: [ScreenAction] = [.pop], declineKey: Bool = false, options: [Option] = [], acceptLabel: String? = nil) {
        self.title = title; self.alert = alert; self.lines = lines; self.prompt = prompt; self.accept = accept
        self.decline = decline; self.declineKey = declineKey; self.options = options; self.acceptLabel = acceptLabel
    }

    /// What a key does here: the table is built from the answers this page offers.
    var keyTable: KeyTable<[ScreenAction]> {
        var bindings = [KeyBinding("Enter", acceptLabel ?? (declineKey ? "yes" : "begin"), footer: true,
                                   keys: [.key(.enter), .char("y"), .char("Y")], accept)]
        if declineKey { bindings.append(KeyBinding("n", "no", footer: true, keys: [.char("n"), .char("N")], decline)) }
        bindings += options.map { option in
            KeyBinding(String(option.key), option.label, footer: true,
                       keys: [.char(option.key), .char(Character(option.key.uppercased()))], option.actions)
        }
        bindings.append(KeyBinding("Esc", declineKey ? "no" : "back", footer: true, keys: [.key(.escape), .key(.backspace)], decline))
        return KeyTable(bindings)
    }

    public var keys: [KeyHelp] { keyTable.help }
    public func ignores(_ key: Key) -> Bool { !keyTable.takes(key) }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        guard case let .key(key) = event else { return [] }
        return keyTable.command(for: key) ?? []
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let inner = area.inset(dx: 2, dy: 1)
        var y = inner.y
        if let alert {
            for part in TextWrap.lines(alert, width: inner.width) where y < inner.maxY - 2 {
                canvas.write(part, x: inner.x, y: y, style: .danger, clip: inner)
                y += 1
            }
            y += 1
        }
        for line in lines {
            for part in TextWrap.lines(line, width: inner.width) {
                guard y < inner.y + inner.height - 2 else { break }
                canvas.write(part, x: inner.x, y: y, clip: inner)
                y += 1
            }
        }
        canvas.write(prompt, x: inner.x, y: min(y + 1, inner.y + inner.height - 1), style: .accent, clip: inner)
    }
}
