/// Esc in the runner: the clock stops and three ways on are offered — resume, end the session here
/// (the summary follows), or leave it for later and go back to where it was started from.
public struct PauseMenu: Sendable, Equatable {
    public enum Choice: CaseIterable, Sendable { case resume, end, leave }

    public private(set) var selected: Choice = .resume

    mutating func move(by step: Int) {
        let all = Choice.allCases
        let index = all.firstIndex(of: selected) ?? 0
        selected = all[(index + step + all.count) % all.count]
    }

    /// The menu's lines: a choice's words and its key. `returnsTo` is the screen below ("Home"); nil
    /// means leaving ends the program. `short` words fit a 40-column window.
    static func label(_ choice: Choice, kind: String, returnsTo: String?, short: Bool = false) -> (text: String, key: String) {
        switch choice {
        case .resume: ("Resume", "Esc")
        case .end: (short ? "End the \(kind)" : "End the \(kind) now (see the summary)", "e")
        case .leave:
            (short ? (returnsTo.map { "Back to \($0), resume later" } ?? "Leave, resume later")
                   : (returnsTo.map { "Back to \($0): resume the \(kind) later" } ?? "Leave Legwork: resume the \(kind) later"), "l")
        }
    }

    func render(into canvas: inout Canvas, area: Rect, kind: String, returnsTo: String?, context: RenderContext) {
        let long = Choice.allCases.map { Self.label($0, kind: kind, returnsTo: returnsTo) }
        let short = long.map { DisplayWidth.of($0.text) + 11 }.max() ?? 0 > area.width
        let rows = Choice.allCases.map { (choice: $0, label: Self.label($0, kind: kind, returnsTo: returnsTo, short: short)) }
        let keyWidth = rows.map { DisplayWidth.of($0.label.key) }.max() ?? 0
        let lines = rows.map { $0.label.key + String(repeating: " ", count: keyWidth - DisplayWidth.of($0.label.key)) + "  " + $0.label.text }
        let width = min(area.width, (lines.map(DisplayWidth.of).max() ?? 0) + 6)
        let box = area.centered(width: width, height: lines.count + 4)
        Dialog.frame(box, title: "Paused", into: &canvas, context: context)
        for (i, line) in lines.enumerated() {
            let style: Style = rows[i].choice == selected ? .selected : .plain
            canvas.write(" " + line + String(repeating: " ", count: max(0, box.width - 5 - DisplayWidth.of(line))), x: box.x + 1, y: box.y + 2 + i, style: style, clip: box.inset(dx: 1, dy: 1))
        }
    }
}
