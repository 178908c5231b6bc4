import LegworkKit

/// An in-memory terminal: inputs are queued by the test, frames are recorded as text. The app loop
/// runs against it exactly as against ncurses.
public final class TestTerminal: Terminal {
    public private(set) var size: Size
    public var capabilities: TerminalCapabilities
    /// Inputs to hand out, in order. When empty, `nextInput` answers `.timeout` (or `.signal(SIGHUP)`
    /// when `hangUpWhenEmpty`), so a loop can never hang a test.
    public var pending: [TerminalInput]
    public var hangUpWhenEmpty = true
    public private(set) var frames: [Canvas] = []
    public private(set) var bells = 0
    public private(set) var suspensions = 0
    public private(set) var isShutDown = false
    /// The timeouts the loop asked for, in order: shows that it sleeps until deadlines.
    public private(set) var requestedTimeouts: [Duration?] = []

    public init(size: Size = Size(width: 80, height: 24), capabilities: TerminalCapabilities = .init(colors: true, unicode: true), inputs: [TerminalInput] = []) {
        self.size = size
        self.capabilities = capabilities
        self.pending = inputs
    }

    public var lastFrame: Canvas? { frames.last }

    public func nextInput(timeout: Duration?) -> TerminalInput {
        requestedTimeouts.append(timeout)
        guard !pending.isEmpty else { return hangUpWhenEmpty ? .signal(1) : .timeout }
        let input = pending.removeFirst()
        if case let .resize(newSize) = input { size = newSize }
        return input
    }

    /// Records the frame as the terminal shows it: without Unicode, through the same ASCII fallback.
    public func present(_ canvas: Canvas) { frames.append(capabilities.unicode ? canvas : canvas.asciiFallback()) }
    public func bell() { bells += 1 }
    public func suspend() { suspensions += 1 }
    public private(set) var redraws = 0
    public func redraw() { redraws += 1 }
    public func shutdown() { isShutDown = true }
}
