/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case up, down, left, right
    case enter, escape, backspace, delete, tab, backTab
    case home, end, pageUp, pageDown
    case function(Int)
    /// Ctrl + a letter other than those with their own meaning (Ctrl-C, Ctrl-Z, Ctrl-L).
    case control(Character)
    case interrupt   // Ctrl-C
    case suspend     // Ctrl-Z
    case redraw      // Ctrl-L

    public var description: String {
        switch self {
        case .character(" "): "Space"
        case let .character(c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case let .function(n): "F\(n)"
        case let .control(c): "Ctrl-\(c)"
        case .interrupt: "Ctrl-C"
        case .suspend: "Ctrl-Z"
        case .redraw: "Ctrl-L"
        }
    }
}

/// What a terminal reports between two frames.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    /// The wait ended because its deadline passed.
    case timeout
    /// SIGTERM, SIGHUP or SIGINT arrived (the signal number).
    case signal(Int32)
    /// A line typed or piped in (a front-end of lines: a log entry).
    case line(String)
    /// Standard input ended: no more lines will come.
    case endOfInput
}
