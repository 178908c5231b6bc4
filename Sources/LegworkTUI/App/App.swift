import LegworkKit

/// The whole interactive app as one `Program`: a stack of screens plus what every screen shares —
/// the header and footer, the `?` help overlay, the quit confirmation and the too-small message.
public struct App: Program {
    public struct Model: Sendable {
        public var stack: [any Screen]
        public var showingHelp = false
        /// The first key line the help shows, when a small window cannot hold them all.
        var helpOffset = 0
        public var confirmingQuit = false
        public var notice: String?
        /// When a screen's notice gives the footer back to the keys: a notice said during a session
        /// ("voice on") must not cover the key bar for the minutes until the next key.
        var noticeUntil: Moment?
        /// The terminal's size, from the first resize event on (nil before: nothing is known as hidden).
        public var size: Size?
        /// Whether the top screen was last told it is hidden (`ScreenEvent.hidden`).
        var toldHidden = false
        /// When the rings still due of a bell pattern (`ScreenAction.rings`) sound, earliest first.
        var rings: [Moment] = []
        /// What the store is waiting for while a save runs beside the loop ("Waiting for the database…"),
        /// shown in the footer until the store answers.
        var waiting: String?

        public init(root: any Screen) { stack = [root] }
        public var top: any Screen { stack[stack.count - 1] }
    }

    public enum Command: Sendable {
        /// Build the screen for a route at this moment; `replacing`: in place of the top screen.
        case open(any Route, at: Moment, replacing: Bool)
        case app(AppCommand)
    }

    public enum Message: Sendable {
        case opened(any Route, replacing: Bool, Result<any Screen, AppEnvironmentError>)
        case app(AppMessage)
        /// A save running beside the loop is waiting (another program holds the database's lock).
        case waiting(String)
    }

    public let environment: any AppEnvironment

    public init(environment: any AppEnvironment) { self.environment = environment }

    // MARK: update

    public func update(_ model: inout Model, _ event: ProgramEvent<Message>, at now: Moment) -> [Effect<Command>] {
        let effects = react(&model, event, at: now)
        if case .terminate = event { return effects }
        return effects + tellHidden(&model, at: now)
    }

    /// Whether an overlay or the too-small message hides the top screen.
    func isHidden(_ model: Model) -> Bool {
        model.showingHelp || model.confirmingQuit || (model.size.map { !$0.fits(model.top.minimumSize) } ?? false)
    }

    /// Tells the top screen when it starts or stops being hidden, so a clock never runs out of sight.
    private func tellHidden(_ model: inout Model, at now: Moment) -> [Effect<Command>] {
        guard !model.stack.isEmpty else { return [] }
        let hidden = isHidden(model)
        guard hidden != model.toldHidden else { return [] }
        model.toldHidden = hidden
        return send(.hidden(hidden), to: &model, at: now)
    }

    private func react(_ model: inout Model, _ event: ProgramEvent<Message>, at now: Moment) -> [Effect<Command>] {
        switch event {
        case .start:
            return send(.appear, to: &model, at: now)
        case let .resize(size):
            model.size = size
            // Every screen hears it, so one shown again after a pop already knows the size it is drawn at.
            let body = Chrome.body(of: size).size
            for index in model.stack.indices.dropLast() { _ = model.stack[index].handle(.resize(body), at: now) }
            return send(.resize(body), to: &model, at: now)
        case .tick:
            if let until = model.noticeUntil, until <= now {
                model.notice = nil
                model.noticeUntil = nil
            }
            let due = model.rings.prefix { $0 <= now }.count
            model.rings.removeFirst(due)
            return (due > 0 ? [.bell] : []) + send(.tick, to: &model, at: now)
        case let .message(.opened(route, _, .success(screen))) where route as? Destination == .home:
            model.stack = [screen]
            model.toldHidden = false
            return tellSize(&model, at: now) + send(.appear, to: &model, at: now)
        case let .message(.opened(_, replacing, .success(screen))):
            return apply([replacing ? .replace(screen) : .push(screen)], to: &model, at: now)
        case let .message(.opened(_, _, .failure(error))):
            model.notice = error.message
            model.noticeUntil = nil
            return [.bell]
        case let .message(.app(message)):
            // The store answered: whatever it was waiting for is over.
            model.waiting = nil
            return send(.message(message), to: &model, at: now)
        case let .message(.waiting(text)):
            model.waiting = text
            return []
        case let .line(text):
            return send(.line(text), to: &model, at: now)
        case .endOfInput:
            return send(.endOfInput, to: &model, at: now)
        case .terminate:
            var effects: [Effect<Command>] = []
            for index in model.stack.indices.reversed() {
                effects += translate(model.stack[index].handle(.terminate, at: now), model: &model, at: now)
            }
            return effects.filter { switch $0 { case .command, .line: true; default: false } }
        case let .key(key):
            return handle(key, in: &model, at: now)
        }
    }

    private func handle(_ key: Key, in model: inout Model, at now: Moment) -> [Effect<Command>] {
        model.notice = nil
        model.noticeUntil = nil
        if key == .interrupt {
            // Ctrl-C: leave at once, but let every screen save what it must first.
            var effects = update(&model, .terminate(signal: 2), at: now)
            effects.append(.quit(status: 130))
            return effects
        }
        if model.showingHelp {
            // ↑↓ scroll a help taller than the window; any other key closes it.
            if let step = HelpOverlay.scrollStep(key), let size = model.size {
                let count = HelpOverlay.lines(for: model.top).count
                let last = HelpOverlay.window(count: count, offset: .max, size: size).lowerBound
                model.helpOffset = max(0, min(last, model.helpOffset + step))
                return []
            }
            model.showingHelp = false
            return []
        }
        if model.confirmingQuit {
            model.confirmingQuit = false
            switch key {
            case .character("y"), .character("Y"):
                if let below = returnIndex(model) { return leave(to: below, in: &model, at: now) }
                var effects = update(&model, .terminate(signal: 0), at: now)
                effects.append(.quit(status: 0))
                return effects
            default:
                return []
            }
        }
        let capturesText = (model.top as? any TextEntryScreen)?.isEditingText ?? false
        if !capturesText {
            switch key {
            case .character("?"):
                model.showingHelp = true
                model.helpOffset = 0
                return []
            case .character("q"):
                if model.stack.contains(where: { $0.quitConfirmation != nil }) {
                    model.confirmingQuit = true
                    return []
                }
                return [.quit(status: 0)]
            default:
                break
            }
        }
        if model.top.ignores(key) { return [] }
        return send(.key(key), to: &model, at: now)
    }

    /// Where `q` → `y` returns to: the screen under the lowest one that asked (Home, the plan), or nil
    /// when that screen is the first (a session started from the command line ends the program).
    func returnIndex(_ model: Model) -> Int? {
        guard let asking = model.stack.firstIndex(where: { $0.quitConfirmation != nil }), asking > 0 else { return nil }
        return asking - 1
    }

    /// Closes every screen above `index`, each saving what must survive (as on a signal), and shows it.
    private func leave(to index: Int, in model: inout Model, at now: Moment) -> [Effect<Command>] {
        var effects: [Effect<Command>] = []
        for above in model.stack.indices.reversed() where above > index {
            let actions = model.stack[above].handle(.terminate, at: now)
            effects += translate(actions.filter { if case .command = $0 { true } else { false } }, model: &model, at: now)
        }
        model.stack.removeSubrange((index + 1)...)
        model.toldHidden = false
        return effects + send(.appear, to: &model, at: now)
    }

    /// A screen new on top hears the body size first (nothing before the first resize).
    private func tellSize(_ model: inout Model, at now: Moment) -> [Effect<Command>] {
        guard let size = model.size else { return [] }
        return send(.resize(Chrome.body(of: size).size), to: &model, at: now)
    }

    private func send(_ event: ScreenEvent, to model: inout Model, at now: Moment) -> [Effect<Command>] {
        let actions = model.stack[model.stack.count - 1].handle(event, at: now)
        return apply(actions, to: &model, at: now)
    }

    private func apply(_ actions: [ScreenAction], to model: inout Model, at now: Moment) -> [Effect<Command>] {
        translate(actions, model: &model, at: now)
    }

    private func translate(_ actions: [ScreenAction], model: inout Model, at now: Moment) -> [Effect<Command>] {
        var effects: [Effect<Command>] = []
        for action in actions {
            switch action {
            // A new top screen has not been told whether it is hidden yet.
            case let .push(screen):
                model.stack.append(screen)
                model.toldHidden = false
                effects += tellSize(&model, at: now) + send(.appear, to: &model, at: now)
            case .pop:
                model.stack.removeLast()
                if model.stack.isEmpty { return effects + [.quit(status: 0)] }
                model.toldHidden = false
                effects += send(.appear, to: &model, at: now)
            case let .replace(screen):
                model.stack[model.stack.count - 1] = screen
                model.toldHidden = false
                effects += tellSize(&model, at: now) + send(.appear, to: &model, at: now)
            case let .navigate(destination):
                effects.append(.command(.open(destination, at: now, replacing: false)))
            case let .open(route, replacing):
                effects.append(.command(.open(route, at: now, replacing: replacing)))
            case let .quit(status):
                effects.append(.quit(status: status))
            case .bell:
                effects.append(.bell)
            case let .rings(count):
                guard count > 0 else { break }
                effects.append(.bell)
                model.rings = (model.rings + (1..<count).map { now + Self.ringGap * $0 }).sorted()
            case let .speak(text):
                effects.append(.speak(text))
            case let .line(text):
                effects.append(.line(text))
            case let .command(command):
                effects.append(.command(.app(command)))
            case let .notice(text):
                model.notice = text
                model.noticeUntil = now + Self.noticeDuration
            }
        }
        return effects
    }

    // MARK: side effects

    /// A running session's saves go beside the loop: the countdown never waits on the store.
    public func runsAside(_ command: Command) -> Bool {
        if case .app(.saveSession) = command { true } else { false }
    }

    public func perform(_ command: Command) throws -> Message? {
        switch command {
        case let .open(route, now, replacing):
            return .opened(route, replacing: replacing, environment.screen(for: route, at: now))
        case let .app(command):
            return try environment.perform(command).map(Message.app)
        }
    }

    /// How long a screen's notice stays in the footer before the keys come back [conv].
    static let noticeDuration: Duration = .seconds(6)

    /// The time between two rings of a pattern: long enough to hear them apart.
    static let ringGap: Duration = .milliseconds(250)

    public func nextDeadline(_ model: Model) -> Moment? {
        [model.top.nextDeadline(), model.rings.first, model.noticeUntil].compactMap { $0 }.min()
    }

    // MARK: view

    public func view(_ model: Model, at now: Moment, context: RenderContext) -> Canvas {
        var canvas = Canvas(size: context.size)
        let screen = model.top
        guard context.size.fits(screen.minimumSize) else {
            TooSmallMessage.render(need: screen.minimumSize, have: context.size, whileHidden: screen.whileHidden, into: &canvas)
            return canvas
        }
        var context = context
        context.returnsTo = model.stack.count > 1 ? model.stack[model.stack.count - 2].title : nil
        let capturesText = (screen as? any TextEntryScreen)?.isEditingText ?? false
        let body = Chrome.render(title: screen.title, keys: screen.keys, notice: model.waiting ?? model.notice, into: &canvas, context: context, quitKey: !capturesText)
        screen.render(into: &canvas, area: body, at: now, context: context)
        if model.confirmingQuit {
            let reason = model.stack.compactMap(\.quitConfirmation).last ?? ""
            if let below = returnIndex(model) {
                let title = model.stack[below].title
                Dialog.render(title: "Leave?", text: reason + "\n\nLeave now? y = yes, back to \(title); any other key = stay", into: &canvas, context: context)
            } else {
                Dialog.render(title: "Quit?", text: reason + "\n\nQuit now? y = yes, any other key = stay", into: &canvas, context: context)
            }
        } else if model.showingHelp {
            HelpOverlay.render(screen: screen, offset: model.helpOffset, into: &canvas, context: context)
        }
        return canvas
    }
}

/// A screen with a text field: while the runner is typing, `q` and `?` are letters, not commands.
public protocol TextEntryScreen: Screen {
    var isEditingText: Bool { get }
}
