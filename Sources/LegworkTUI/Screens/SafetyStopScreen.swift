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
    public var minimumSize: Size { Size(width: 40, height: 12) }
    /// The first row of the message shown in a small window (↑↓ scroll it).
    public private(set) var scroll = 0
    private var bodySize: Size?
    enum KeyCommand: Sendable { case summary, down, up }

    static let keyTable = KeyTable<KeyCommand>([
        KeyBinding("Enter", "see what you did", footer: true, keys: [.key(.enter), .key(.escape), .key(.backspace), .char(" ")], .summary),
        KeyBinding("↑↓ j k", "scroll, in a small window", keys: [.key(.down), .char("j")], .down),
        KeyBinding("", "", keys: [.key(.up), .char("k")], .up),
    ])

    static let heading = "Stopped for your safety"
    static let enterSays = "What you did so far is saved. Enter shows the summary."

    /// Below this body the message scrolls instead of being cut.
    static let fullBody = Size(width: 60, height: 13)

    public var keys: [KeyHelp] { Self.keyTable.help }
    public func ignores(_ key: Key) -> Bool { !Self.keyTable.takes(key) }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        if case let .resize(size) = event { bodySize = size }
        guard case let .key(key) = event, let command = Self.keyTable.command(for: key) else { return [] }
        switch command {
        case .summary: return [.replace(SessionSummaryScreen(summary: summary, kind: kind))]
        case .down, .up:
            let size = bodySize ?? Size(width: 80, height: 21)
            let count = size.fits(Self.fullBody) ? 0 : rows(width: size.width - 2).count
            scroll = ScrolledRows.first(scroll + (command == .down ? 1 : -1), count: count, height: size.height)
            return []
        }
    }

    /// The words of a small window: the stop, the message whole, and what Enter does.
    func rows(width: Int) -> [ScrolledRows.Row] {
        [(Self.heading, .danger)] + ScrolledRows.wrapped(message, width: width) + ScrolledRows.wrapped(Self.enterSays, width: width, .hint)
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        if !area.size.fits(Self.fullBody) {
            let inner = area.inset(dx: 1, dy: 0)
            ScrolledRows.render(rows(width: inner.width), offset: scroll, in: inner, into: &canvas, glyphs: context.glyphs)
            return
        }
        let inner = area.inset(dx: 2, dy: 1)
        var y = inner.y
        canvas.write(Self.heading, x: inner.x, y: y, style: .danger, clip: inner)
        y += 2
        for line in TextWrap.lines(message, width: min(inner.width, 76)) where y < inner.maxY - 2 {
            canvas.write(line, x: inner.x, y: y, clip: inner)
            y += 1
        }
        canvas.write(Self.enterSays, x: inner.x, y: inner.maxY - 1, style: .hint, clip: inner)
    }
}
