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

    public var keys: [KeyHelp] {
        var keys = [KeyHelp("Enter", acceptLabel ?? (declineKey ? "yes" : "begin"), footer: true)]
        if declineKey { keys.append(KeyHelp("n", "no", footer: true)) }
        keys += options.map { KeyHelp(String($0.key), $0.label, footer: true) }
        keys.append(KeyHelp("Esc", declineKey ? "no" : "back", footer: true))
        return keys
    }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        guard case let .key(key) = event else { return [] }
        switch key {
        case .enter, .character("y"), .character("Y"): return accept
        case .character("n") where declineKey, .character("N") where declineKey: return decline
        case .escape, .backspace: return decline
        case let .character(c):
            return options.first { $0.key == Character(c.lowercased()) }?.actions ?? []
        default: return []
        }
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
