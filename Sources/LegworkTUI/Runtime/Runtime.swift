import LegworkKit

/// The one loop every screen runs in: wait for a key, a resize, a signal or the next deadline; feed it to
/// the program's pure update; perform the effects; render into a canvas; let the terminal flush it.
public final class Runtime<P: Program> {
    public let program: P
    public private(set) var model: P.Model
    private let terminal: any Terminal
    private let clock: any MonotonicClock
    /// The moment the last event was handled: frames are drawn at it.
    private var lastUpdate: Moment?
    private let speak: (String) -> Void
    private let wallClock: (() -> WallTime)?
    /// Where the commands the program lets run aside go (`Program.runsAside`); nil: every command is
    /// performed on the loop (tests that step the loop deterministically, the line front-end).
    private let aside: AsideCommands<P.Message>?

    /// `wallClock` gives frames the time of day (a finish time); without it they have none.
    /// `commandsAside`: the commands the program allows run on a thread of their own (`AsideCommands`).
    public init(program: P, model: P.Model, terminal: any Terminal, clock: any MonotonicClock, speak: @escaping (String) -> Void = { _ in },
                wallClock: (() -> WallTime)? = nil, commandsAside: Bool = false) {
        self.program = program
        self.model = model
        self.terminal = terminal
        self.clock = clock
        self.speak = speak
        self.wallClock = wallClock
        self.aside = commandsAside ? AsideCommands() : nil
    }

    /// A message for the loop from any thread (a save running aside that waits for a lock says so); it
    /// is handled with the answers of the commands running aside. Without them it is dropped.
    public func post(_ message: P.Message) {
        aside?.post(message)
    }

    /// Runs until the program quits or a termination signal arrives; returns the exit status.
    /// The terminal is shut down on every way out, including a thrown error, and only after every
    /// command running aside has finished: a session's last save is never cut off.
    public func run() throws -> Int32 {
        defer {
            _ = try? aside?.take(waiting: true)
            terminal.shutdown()
        }
        if let status = try dispatch(.start) { return status }
        // The size the first frame is drawn at: a screen too small for it hears so before anything runs.
        if let status = try dispatch(.resize(terminal.size)) { return status }
        while true {
            // Answers of commands run aside since the last event, handled before the next frame.
            for message in try aside?.take(waiting: false) ?? [] {
                if let status = try dispatch(.message(message)) { return status }
            }
            render()
            var timeout = program.nextDeadline(model).map { clock.realWait(until: $0) }
            if aside?.isBusy == true { timeout = min(timeout ?? AsideCommands<P.Message>.pollInterval, AsideCommands<P.Message>.pollInterval) }
            let event: ProgramEvent<P.Message>
            switch terminal.nextInput(timeout: timeout) {
            case .key(.suspend):
                terminal.suspend()
                continue
            case .key(.redraw):
                terminal.redraw()
                continue
            case let .key(key):
                event = .key(key)
            case let .resize(size):
                event = .resize(size)
            case .timeout:
                event = .tick
            case let .signal(number):
                _ = try dispatch(.terminate(signal: number))
                return 128 + number
            case let .line(text):
                event = .line(text)
            case .endOfInput:
                event = .endOfInput
            }
            if let status = try dispatch(event) { return status }
        }
    }

    /// Feeds one event through update and performs its effects (and the messages they produce).
    /// Before the loop ends (a quit, a termination signal) the commands running aside finish and their
    /// answers are handled, as they would have been had they run on the loop.
    private func dispatch(_ first: ProgramEvent<P.Message>) throws -> Int32? {
        var queue = [first]
        var exit: Int32?
        var ending = if case .terminate = first { true } else { false }
        while !queue.isEmpty {
            let event = queue.removeFirst()
            let now = clock.now()
            lastUpdate = now
            for effect in program.update(&model, event, at: now) {
                switch effect {
                case let .quit(status):
                    exit = exit ?? status
                    ending = true
                case .bell: terminal.bell()
                case let .speak(text): speak(text)
                case let .line(text): terminal.print(text, at: now)
                case let .command(command):
                    if let aside, program.runsAside(command) {
                        let program = self.program
                        aside.submit { try program.perform(command) }
                    } else {
                        // In order: what went aside is done and answered before this one runs.
                        if let aside { queue += try aside.take(waiting: true).map { .message($0) } }
                        if let message = try program.perform(command) { queue.append(.message(message)) }
                    }
                }
            }
            if queue.isEmpty, ending, let aside { queue = try aside.take(waiting: true).map { .message($0) } }
        }
        return exit
    }

    private func render() {
        guard terminal.drawsFrames else { return }
        var context = RenderContext(size: terminal.size, capabilities: terminal.capabilities)
        context.wallTime = wallClock?()
        context.speed = (clock as? SystemClock)?.speed ?? 1
        // Drawn at the moment of the last update, not after its effects (a save can take a while): a
        // step's deadline passing in between would draw the new step under the keys of the old one, and
        // the next frame would change the footer alone.
        terminal.present(program.view(model, at: lastUpdate ?? clock.now(), context: context))
    }
}
