import LegworkKit

/// Shown when a log entry reported pain of 7/10 or more or a red-flag symptom: the session stops and
/// the DOMAIN §3 message says what to do. Enter goes on to the summary of what was done.
public struct SafetyStopScreen: Screen {
    public let message: String
    public let summary: SessionSummary
    public let kind: SessionPlan.Kind

    public init(message: String, summary: SessionSummary, kind: SessionPlan.Kind = .strength) {
        self.message = message
        self.summary = summary
        self.kind = kind
    }

    public var title: String { "Stop" }
    enum KeyCommand: Sendable { case summary }

    static let keyTable = KeyTable<KeyCommand>([
        KeyBinding("Enter", "see what you did", footer: true, keys: [.key(.enter), .key(.escape), .key(.backspace), .char(" ")], .summary),
    ])

    public var keys: [KeyHelp] { Self.keyTable.help }
    public func ignores(_ key: Key) -> Bool { !Self.keyTable.takes(key) }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        guard case let .key(key) = event, Self.keyTable.command(for: key) != nil else { return [] }
        return [.replace(SessionSummaryScreen(summary: summary, kind: kind))]
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let inner = area.inset(dx: 2, dy: 1)
        var y = inner.y
        canvas.write("Stopped for your safety", x: inner.x, y: y, style: .danger, clip: inner)
        y += 2
        for line in TextWrap.lines(message, width: min(inner.width, 76)) where y < inner.maxY - 2 {
            canvas.write(line, x: inner.x, y: y, clip: inner)
            y += 1
        }
        canvas.write("What you did so far is saved. Enter shows the summary.", x: inner.x, y: inner.maxY - 1, style: .hint, clip: inner)
    }
}
