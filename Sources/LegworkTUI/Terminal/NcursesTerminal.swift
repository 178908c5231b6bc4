#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import CTerminalGuard
import LegworkKit

/// Why the screens cannot start. Each message says what to do instead.
public enum TerminalSetupError: Error, CustomStringConvertible, Equatable {
    case notATerminal
    case termUnset
    case unknownTerminal(String)
    /// A terminal that prints line after line and cannot move its cursor (TERM=dumb: Emacs shells,
    /// some CI logs): screens would come out blank or garbled.
    case cannotDrawScreens(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "the screens need a terminal, but standard input or output is a pipe or a file. Use --plain (a line per event) or --json for pipes and scripts."
        case .termUnset:
            "TERM is not set, so the terminal type is unknown. Set it (for example: export TERM=xterm-256color) or use --plain."
        case let .unknownTerminal(term):
            "the terminal type TERM=\(term) is not known to this system (no terminfo entry). Try TERM=xterm-256color, or use --plain."
        case let .cannotDrawScreens(term):
            "a TERM=\(term) terminal cannot draw screens (it cannot move its cursor). Use the text versions: legwork session --plain, stretch --plain, plan --plain, history --plain, card ID --plain."
        }
    }
}

/// The ncurses backend: the only code that talks to ncurses. It owns set-up, teardown, colours, key
/// reading and flushing a canvas; screens never see it.
public final class NcursesTerminal: Terminal {
    public private(set) var capabilities: TerminalCapabilities
    private var screen: OpaquePointer?
    private var previous: Canvas?
    private var active = false

    /// Sets the terminal up in the order that avoids known traps (see docs/architecture.md).
    public init(allowColors: Bool) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalSetupError.notATerminal }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { throw TerminalSetupError.termUnset }
        guard term != "dumb" else { throw TerminalSetupError.cannotDrawScreens(term) }

        setlocale(LC_ALL, "")
        let unicode = String(cString: lw_codeset()).uppercased().filter { $0 != "-" } == "UTF8"
        // Exported LINES/COLUMNS would freeze the size (resizes would be ignored), and use_env(false)
        // would freeze it at the terminfo default (80x24): drop them so ncurses asks the kernel.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        set_escdelay(25)      // a lone Esc otherwise waits about a second

        // Save the modes before ncurses changes them, so a crash handler can put them back.
        lw_guard_install(STDIN_FILENO)
        guard let screen = newterm(nil, lw_stdout(), lw_stdin()) else {
            lw_guard_uninstall()
            throw TerminalSetupError.unknownTerminal(term)
        }
        self.screen = screen
        set_term(screen)
        active = true
        raw()                 // Ctrl-C and Ctrl-Z arrive as keys the app handles
        noecho()
        nonl()
        keypad(lw_stdscr(), true)
        curs_set(0)
        // The cursor is hidden, so ncurses need not park it after each update: that saves a cursor
        // move and an attribute reset on every tick of a countdown.
        leaveok(lw_stdscr(), true)

        var colors = false
        if allowColors, has_colors() {
            start_color()
            use_default_colors()  // else the background is forced to black
            let pairs: [(Style.Color, Int32)] = [
                (.accent, Int32(COLOR_CYAN)), (.good, Int32(COLOR_GREEN)), (.warn, Int32(COLOR_YELLOW)),
                (.danger, Int32(COLOR_RED)), (.muted, Int32(COLOR_WHITE)),
            ]
            for (color, foreground) in pairs { init_pair(Int16(color.rawValue), Int16(foreground), -1) }
            colors = true
        }
        capabilities = TerminalCapabilities(colors: colors, unicode: unicode)
        def_prog_mode()       // the modes a continue after an outside stop restores
    }

    deinit { shutdown() }

    public var size: Size { Size(width: Int(lw_cols()), height: Int(lw_lines())) }

    public func nextInput(timeout: Duration?) -> TerminalInput {
        if let signal = pendingSignal() { return .signal(signal) }
        guard let timeout else {
            wtimeout(lw_stdscr(), -1)
            return readInput()
        }
        // ncurses waits in whole milliseconds, so a countdown would end up to 1 ms late. Take what
        // ncurses already holds, wait here to the microsecond, then let it read without waiting.
        wtimeout(lw_stdscr(), 0)
        let held = readInput()
        guard case .timeout = held else { return held }
        let (seconds, attoseconds) = timeout.components
        _ = lw_wait_readable(STDIN_FILENO, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        return readInput()
    }

    /// One key, resize or signal under the ncurses timeout already set; `.timeout` when none came.
    private func readInput() -> TerminalInput {
        var character: wint_t = 0
        if let resumed = afterContinue() { return resumed }
        let result = lw_get_wch(&character)
        if let signal = pendingSignal() { return .signal(signal) }
        // A key read is never dropped: a continue noticed with one is handled on the next call.
        if result == lw_err() { return afterContinue() ?? .timeout }
        switch KeyDecoder.decode(UInt32(character), isFunctionKey: result == lw_key_code_yes()) {
        case let .key(key): return .key(key)
        case .resize:
            previous = nil
            return .resize(size)
        case .ignored: return nextInput(timeout: .zero)
        }
    }

    /// Stopped from outside (kill -STOP) and continued: the shell may have reset the modes and drawn
    /// over the screen. Back to the program's modes, and a full repaint (reported like a resize).
    private func afterContinue() -> TerminalInput? {
        guard lw_guard_take_continued() != 0 else { return nil }
        reset_prog_mode()
        redraw()
        return .resize(size)
    }

    private func pendingSignal() -> Int32? {
        let signal = lw_guard_pending_signal()
        return signal == 0 ? nil : signal
    }

    public func present(_ canvas: Canvas) {
        guard active else { return }
        if canvas.size != previous?.size { werase(lw_stdscr()); previous = nil }
        // Only the rows that changed are written; without Unicode only they go through the ASCII fallback.
        for y in 0..<canvas.size.height where previous.map({ !rowEqual($0, canvas, y) }) ?? true {
            let cells = capabilities.unicode ? (0..<canvas.size.width).map { canvas[$0, y] } : canvas.asciiFallback(row: y)
            var x = 0
            while x < cells.count {
                let style = cells[x].style
                var run = ""
                let start = x
                while x < cells.count, cells[x].style == style {
                    run += cells[x].text
                    x += 1
                }
                let (attributes, pair) = attributes(for: style)
                run.withCString { lw_put(Int32(y), Int32(start), $0, attributes, pair) }
            }
        }
        previous = canvas
        wrefresh(lw_stdscr())
    }

    private func rowEqual(_ a: Canvas, _ b: Canvas, _ y: Int) -> Bool {
        for x in 0..<b.size.width where a[x, y] != b[x, y] { return false }
        return true
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes = lw_a_normal()
        if style.bold { attributes |= lw_a_bold() }
        if style.reverse { attributes |= lw_a_reverse() }
        if style.underline { attributes |= lw_a_underline() }
        if style.dim || (style.color == .muted && !capabilities.colors) { attributes |= lw_a_dim() }
        let pair = capabilities.colors && style.color != .normal ? Int16(style.color.rawValue) : 0
        return (attributes, pair)
    }

    public func bell() { beep() }

    /// Writes `text` over the bottom line at once, outside the frame loop (the loop is blocked, e.g. in
    /// a write waiting for another program's lock); the next frame repaints everything.
    public func showStatus(_ text: String) {
        guard active else { return }
        let width = Int(lw_cols())
        let line = TextWrap.truncate(" " + SafeText.escaped(text), width: width)
        let padded = line + String(repeating: " ", count: max(0, width - DisplayWidth.of(line)))
        let shown = capabilities.unicode ? padded : AsciiFallback.map(padded)
        shown.withCString { lw_put(lw_lines() - 1, 0, $0, lw_a_reverse(), 0) }
        wrefresh(lw_stdscr())
        previous = nil
    }

    /// Repaints the whole screen on the next frame (Ctrl-L, or after the process was continued).
    public func redraw() {
        guard active else { return }
        clearok(lw_curscr(), true)
        previous = nil
    }

    public func suspend() {
        guard active else { return }
        def_prog_mode()
        endwin()
        lw_guard_suspend()          // stopped here until `fg`
        reset_prog_mode()
        clearok(lw_curscr(), true)  // the shell drew over our screen: repaint everything
        previous = nil
    }

    public func shutdown() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        lw_guard_uninstall()
    }
}
