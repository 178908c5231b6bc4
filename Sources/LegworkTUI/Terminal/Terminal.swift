import LegworkKit

/// What the app loop needs from a terminal. The ncurses backend implements it for real; `TestTerminal`
/// implements it in memory for tests.
public protocol Terminal: AnyObject {
    var size: Size { get }
    var capabilities: TerminalCapabilities { get }
    /// Waits for the next key, resize or signal, or until `timeout` passes (nil: wait indefinitely).
    func nextInput(timeout: Duration?) -> TerminalInput
    /// Shows a frame. Only cells that changed since the last frame need to reach the terminal.
    func present(_ canvas: Canvas)
    /// Rings the terminal bell.
    func bell()
    /// Hands the terminal back to the shell and stops the process (Ctrl-Z); returns after `fg`, with
    /// the screen ready to be drawn again.
    func suspend()
    /// Repaints the whole screen with the next frame (Ctrl-L: the screen was garbled by something else).
    func redraw()
    /// Restores the terminal exactly as it was found. Safe to call more than once.
    func shutdown()
    /// False for a front-end of lines (`--plain`): the loop draws no frames for it.
    var drawsFrames: Bool { get }
    /// Prints a line of the session's words (`ScreenAction.line`) at moment `now`; screens ignore them.
    func print(_ line: String, at now: Moment)
}

extension Terminal {
    public var drawsFrames: Bool { true }
    public func print(_ line: String, at now: Moment) {}
}

public struct TerminalCapabilities: Sendable, Equatable {
    /// Colours may be used (the terminal has them and neither NO_COLOR nor --no-color is set).
    public var colors: Bool
    /// The locale is UTF-8: box drawing and symbols may be used.
    public var unicode: Bool

    public init(colors: Bool, unicode: Bool) { self.colors = colors; self.unicode = unicode }

    public var glyphs: Glyphs { unicode ? .unicode : .ascii }
}
