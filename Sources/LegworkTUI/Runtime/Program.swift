import LegworkKit

/// Something the loop can run: Elm-style, a pure `update` from events to a new model and effects, and a
/// pure `view` from the model to a canvas. Side effects (the store, speech) happen only in `perform`,
/// whose result comes back as a message event.
public protocol Program {
    associatedtype Model
    associatedtype Command
    associatedtype Message

    func update(_ model: inout Model, _ event: ProgramEvent<Message>, at now: Moment) -> [Effect<Command>]
    func view(_ model: Model, at now: Moment, context: RenderContext) -> Canvas
    /// The next moment at which the view changes on its own (a countdown second, a step end), or nil:
    /// the loop sleeps until then or until a key arrives, and never polls.
    func nextDeadline(_ model: Model) -> Moment?
    /// Performs a side effect. Errors escape the loop (the terminal is restored on the way out).
    func perform(_ command: Command) throws -> Message?
    /// Whether `command` may be performed beside the loop (`AsideCommands`), its answer arriving as a
    /// message later, when the loop is set up for it. False by default: performed at once, on the loop.
    func runsAside(_ command: Command) -> Bool
}

extension Program {
    public func runsAside(_ command: Command) -> Bool { false }
}

public enum ProgramEvent<Message> {
    /// Delivered once before the first frame.
    case start
    case key(Key)
    case resize(Size)
    /// A deadline passed.
    case tick
    /// A command's result.
    case message(Message)
    /// A line of input and the end of input, from a front-end of lines.
    case line(String)
    case endOfInput
    /// SIGTERM, SIGHUP or SIGINT: save what must be saved; the loop ends after this event.
    case terminate(signal: Int32)
}

public enum Effect<Command> {
    case quit(status: Int32)
    case bell
    case speak(String)
    /// A line of the session's words for a front-end of lines.
    case line(String)
    case command(Command)
}

/// What a view needs to know about where it draws.
public struct RenderContext: Sendable, Equatable {
    public var size: Size
    public var capabilities: TerminalCapabilities
    /// The title of the screen a `.pop` returns to ("Home", "Plan"); nil when leaving ends the program.
    public var returnsTo: String?
    /// The wall clock at this frame, read by the runtime (screens never read a clock); nil in tests
    /// that do not set it.
    public var wallTime: WallTime?
    /// How many moments pass in one real second (`--speed`): a finish time is real time.
    public var speed: Double = 1
    public var glyphs: Glyphs { capabilities.glyphs }
    public init(size: Size, capabilities: TerminalCapabilities, returnsTo: String? = nil) {
        self.size = size; self.capabilities = capabilities; self.returnsTo = returnsTo
    }
}
