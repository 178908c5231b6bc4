import LegworkKit

/// Home's stretch: how long and which focus, chosen together ("10 minutes, hamstrings"), then Enter.
///
/// Two rows, one value each: ↑↓ pick the row, ←→ change its value, 1–5 pick a length at once. Every key
/// means one thing (a focus has no letter of its own: hips and hamstrings would share one).
public struct StretchChooserScreen: KeyTableScreen {
    public typealias Next = @Sendable (_ minutes: Int, _ focus: StretchFocus?) -> any Route

    public let lengths: [Int]
    /// No focus first, then every focus.
    public let focuses: [StretchFocus?]
    /// The line above the rows ("A follow-along stretch after your run, timed hold by hold.").
    public let intro: String
    public private(set) var length: Int
    public private(set) var focus = 0
    /// 0: the length row, 1: the focus row.
    public private(set) var row = 0
    private let next: Next

    /// Starts at `defaultMinutes` (or the first length) and no focus.
    public init(lengths: [Int], defaultMinutes: Int, intro: String, next: @escaping Next) {
        self.lengths = lengths
        self.focuses = [nil] + StretchFocus.allCases.map(Optional.some)
        self.intro = intro
        self.length = lengths.firstIndex(of: defaultMinutes) ?? 0
        self.next = next
    }

    public var title: String { "Stretch" }
    public var minimumSize: Size { Size(width: 40, height: 12) }

    public var minutes: Int { lengths[length] }
    public var chosenFocus: StretchFocus? { focuses[focus] }

    enum KeyCommand: Sendable { case begin, back, up, down, left, right, length(Int) }

    var keyTable: KeyTable<KeyCommand> {
        var bindings: [KeyBinding<KeyCommand>] = [
            KeyBinding("Enter", "begin", footer: true, keys: [.key(.enter)], .begin),
            KeyBinding("↑↓", "length or focus", footer: true, keys: [.key(.up), .char("k")], .up),
            KeyBinding("", "", keys: [.key(.down), .char("j"), .key(.tab)], .down),
            KeyBinding("←→", "change", footer: true, keys: [.key(.left), .char("h")], .left),
            KeyBinding("", "", keys: [.key(.right), .char("l")], .right),
        ]
        for index in lengths.indices.prefix(9) {
            bindings.append(KeyBinding(index == 0 ? "1-\(min(9, lengths.count))" : "", index == 0 ? "a length at once" : "",
                                       keys: [.char(Character(String(index + 1)))], .length(index)))
        }
        bindings.append(KeyBinding("Esc", "back", footer: true, keys: [.key(.escape), .key(.backspace)], .back))
        return KeyTable(bindings)
    }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        guard case let .key(key) = event, let command = keyTable.command(for: key) else { return [] }
        switch command {
        case .begin: return [.open(next(minutes, chosenFocus), replacing: true)]
        case .back: return [.pop]
        case .up, .down: row = 1 - row
        case .left: step(by: -1)
        case .right: step(by: 1)
        case let .length(index):
            length = index
            row = 0
        }
        return []
    }

    private mutating func step(by delta: Int) {
        if row == 0 {
            length = (length + delta + lengths.count) % lengths.count
        } else {
            focus = (focus + delta + focuses.count) % focuses.count
        }
    }

    /// The two rows as text: "How long   5  10 [15] 20  30 min", the chosen value in brackets.
    func rowTexts() -> [String] {
        let minutes = lengths.enumerated().map { $0.offset == length ? "[\($0.element)]" : " \($0.element) " }.joined()
        let names = focuses.enumerated().map { index, focus in
            let name = focus?.rawValue ?? "none"
            return index == self.focus ? "[\(name)]" : " \(name) "
        }
        return ["How long " + minutes + " min", "Focus    " + names.joined()]
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let inner = area.inset(dx: 2, dy: 1)
        var y = inner.y
        for line in TextWrap.lines(intro, width: inner.width) where y < inner.maxY {
            canvas.write(line, x: inner.x, y: y, clip: inner)
            y += 1
        }
        y += 1
        for (index, text) in rowTexts().enumerated() {
            // The focus row is long: it wraps under itself on a narrow window.
            let lines = TextWrap.lines(text, width: max(1, inner.width - 2))
            for (k, line) in lines.enumerated() where y < inner.maxY {
                if k == 0 { canvas.write(index == row ? context.glyphs.pointer : " ", x: inner.x, y: y, style: .accent, clip: inner) }
                canvas.write(line, x: inner.x + 2, y: y, style: index == row ? .emphasis : .plain, clip: inner)
                y += 1
            }
        }
        y += 1
        let summary = "\(minutes) minutes" + (chosenFocus.map { ", \($0.rawValue) first" } ?? ", every area in turn")
        if y < inner.maxY { canvas.write(summary, x: inner.x, y: y, style: .accent, clip: inner) }
    }
}
