import LegworkKit

/// The guided session: big countdown digits, the exercise, set and side, the rep counter at tempo, the
/// figure, one cue, the whole session's progress and what comes next. The same screen follows a
/// stretch routine (`plan.kind == .stretch`) with the hold countdown, props and the overall clock.
///
/// The screen owns the `SessionEngine`: keys become `SessionInput`s, the engine's cues become bells,
/// speech and saves, and the log entry after each exercise is an inline form (so nothing else ever
/// holds a copy of the engine that could go stale). When the session ends the screen replaces itself
/// with the summary (or the safety message, then the summary).
public struct SessionRunnerScreen: Screen {
    public private(set) var engine: SessionEngine
    /// Figure frames by card id; a card missing here uses the frames its session item carries.
    public let figures: [String: [[String]]]
    /// Props by card id, shown during a stretch routine ("wall", "pillow or yoga block").
    public let props: [String: [Equipment]]
    /// Speak the engine's `say` cues (`v` turns it on and off).
    public private(set) var voice: Bool
    /// The log entry being filled in, while the engine waits for it.
    public private(set) var logForm: SessionLogForm?
    /// The latest moment handed to the screen: `nextDeadline()` is computed from it, never from a clock.
    public private(set) var lastNow: Moment = .origin
    private var hasAppeared = false
    /// Why the last save failed, until a save succeeds: the session is paused and `r` saves again.
    public private(set) var saveFailure: String?
    /// The summary (or safety message) to show once the session's closing save is stored: it never
    /// says "done" for sets that are not saved.
    private var afterClosingSave: (any Screen)?

    /// A runner for `engine`, which may be fresh (started on `.appear`) or resumed from a snapshot
    /// (its current step is announced again on `.appear`).
    public init(engine: SessionEngine, figures: [String: [[String]]] = [:], voice: Bool = false, props: [String: [Equipment]] = [:]) {
        self.engine = engine
        self.figures = figures
        self.voice = voice
        self.props = props
    }

    private var isStretch: Bool { engine.plan.kind == .stretch }

    public var title: String { isStretch ? "Stretch" : "Session" }
    public var minimumSize: Size { Size(width: 80, height: 24) }

    public var keys: [KeyHelp] {
        if saveFailure != nil, afterClosingSave != nil { return [KeyHelp("r", "save again", footer: true)] }
        if logForm != nil {
            return [
                KeyHelp("Enter", "save", footer: true),
                KeyHelp("Tab ↑↓", "move", footer: true),
                KeyHelp("0-9 .", "type a value", footer: true),
                KeyHelp("y n", "answer the red-flag question"),
                KeyHelp("Backspace", "delete a character"),
            ]
        }
        var keys = saveFailure == nil ? [] : [KeyHelp("r", "save again", footer: true)]
        keys += [
            KeyHelp("Space", "pause", footer: true),
            KeyHelp("n", "skip", footer: true),
            KeyHelp("b", "back", footer: true),
        ]
        if !isStretch {
            keys.append(KeyHelp("+ -", "rest ±15", footer: true))
            keys.append(KeyHelp("Enter", "done", footer: true))
        }
        keys.append(KeyHelp("v", "voice on/off"))
        return keys
    }

    public var quitConfirmation: String? {
        if let saveFailure { return "The last save failed (\(saveFailure)): what was done since the last save would be lost." }
        guard engine.isStarted, !engine.isEnded else { return nil }
        return "The \(isStretch ? "routine" : "session") is not finished. It is saved step by step and can be resumed: start it again to pick up where you stopped."
    }

    public func nextDeadline() -> Moment? { engine.nextDeadline(after: lastNow) }

    // MARK: Events

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        lastNow = max(lastNow, now)
        switch event {
        case .appear:
            guard !hasAppeared else { return [] }
            hasAppeared = true
            if engine.isStarted { return play(engine.currentStepCues()) }
            return play(engine.start(at: now))
        case .tick:
            return play(engine.handle(.tick, at: now))
        case .terminate:
            // A signal or Ctrl-C: keep the session resumable rather than ending it.
            guard engine.isStarted, !engine.isEnded else { return [] }
            // Bring the engine up to now first, so steps that ran out count as done.
            _ = engine.handle(.tick, at: now)
            return [.command(.saveSession(engine))]
        case .message(.sessionSaved):
            saveFailure = nil
            guard let next = afterClosingSave else { return [] }
            afterClosingSave = nil
            return [.replace(next)]
        case let .message(.failed(reason)):
            saveFailure = reason
            // Stop the clock so nothing more is done that cannot be kept; the runner decides.
            if engine.isStarted, !engine.isEnded, !engine.isPaused { _ = engine.handle(.togglePause, at: now) }
            return [.bell]
        case .message:
            return []
        case let .key(key):
            if saveFailure != nil, key == .character("r") { return [.command(.saveSession(engine))] }
            if afterClosingSave != nil { return [] }
            if logForm != nil { return handleLogKey(key, at: now) }
            return handleRunKey(key, at: now)
        }
    }

    private mutating func handleRunKey(_ key: Key, at now: Moment) -> [ScreenAction] {
        let input: SessionInput
        switch key {
        case .character(" "): input = .togglePause
        case .character("n"), .right: input = .skip
        case .character("b"), .left: input = .back
        case .character("+"), .character("="): input = .addRest(seconds: 15)
        case .character("-"), .character("_"): input = .removeRest(seconds: 15)
        case .enter:
            guard engine.status(at: now).step.isWork else { return [] }
            input = .finishedEarly
        case .character("v"):
            voice.toggle()
            return [.notice(voice ? "voice on: cues are spoken" : "voice off")]
        default:
            return []
        }
        return play(engine.handle(input, at: now))
    }

    private mutating func handleLogKey(_ key: Key, at now: Moment) -> [ScreenAction] {
        guard var form = logForm else { return [] }
        let outcome = form.handle(key)
        logForm = form
        switch outcome {
        case .edited, .ignored:
            return []
        case .invalid:
            return [.bell]
        case let .submit(entry):
            logForm = nil
            return play(engine.handle(.log(entry), at: now))
        }
    }

    /// Turns the engine's cues into actions: one bell per batch (a step change and a 3-2-1 in the same
    /// instant ring once), speech when voice is on, one save after any completed step, and the next
    /// screen when the session ends.
    private mutating func play(_ cues: [SessionCue]) -> [ScreenAction] {
        var sounds: [ScreenAction] = []
        var rang = false
        var save = false
        var next: (any Screen)?
        for cue in cues {
            switch cue {
            case .bell, .countdown:
                if !rang { sounds.append(.bell) }
                rang = true
            case let .say(text):
                if voice { sounds.append(.speak(text)) }
            case .stepCompleted:
                save = true
            case let .awaitingLog(item):
                logForm = SessionLogForm(item: engine.plan.items[item], endedEarly: engine.endedEarly(item: item),
                                         heldSeconds: engine.records.filter { $0.item == item }.compactMap(\.seconds).min())
            case .finished, .abandoned:
                next = SessionSummaryScreen(summary: engine.summary, kind: engine.plan.kind)
            case let .safetyStop(message):
                next = SafetyStopScreen(message: message, summary: engine.summary, kind: engine.plan.kind)
            }
        }
        if save || next != nil { sounds.append(.command(.saveSession(engine))) }
        // The next screen waits for the store's answer (`.sessionSaved`).
        if let next { afterClosingSave = next }
        return sounds
    }

    // MARK: View

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let status = engine.status(at: now)
        let inner = area.inset(dx: 2, dy: 0)
        if let logForm, status.isAwaitingLog {
            logForm.render(into: &canvas, area: inner.inset(dx: 0, dy: 1), context: context)
        } else {
            SessionRunnerLayout(status: status, engine: engine, figure: figure(for: status), props: props(for: status), context: context)
                .render(into: &canvas, area: inner)
        }
        if let saveFailure { SaveFailureBanner.render(saveFailure, ended: afterClosingSave != nil, into: &canvas, area: inner, context: context) }
    }

    private func figure(for status: SessionStatus) -> [String]? {
        guard let item = status.item, let frames = figures[item.cardID] ?? item.figure, !frames.isEmpty else { return nil }
        return frames[RunnerFigure.frameIndex(for: status, frameCount: frames.count)]
    }

    private func props(for status: SessionStatus) -> [Equipment] {
        guard let item = status.item else { return [] }
        return props[item.cardID] ?? []
    }
}
