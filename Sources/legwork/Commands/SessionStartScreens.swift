import LegworkKit
import LegworkTUI

/// A page of text with one choice: the stretch list before a routine starts, and the question whether to
/// resume an interrupted session. Enter (or `y`) takes `accept`; `n` (when given) or Esc takes `decline`.
struct ChoiceScreen: Screen {
    let title: String
    let lines: [String]
    let prompt: String
    /// What Enter does, built at the moment of the key (a resumed session starts then).
    let accept: @Sendable (Moment) -> [ScreenAction]
    let decline: [ScreenAction]
    let declineKey: Bool

    var keys: [KeyHelp] {
        var keys = [KeyHelp("Enter", declineKey ? "yes" : "begin", footer: true)]
        if declineKey { keys.append(KeyHelp("n", "no", footer: true)) }
        keys.append(KeyHelp("Esc", declineKey ? "no" : "back", footer: true))
        return keys
    }

    mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        guard case let .key(key) = event else { return [] }
        switch key {
        case .enter, .character("y"), .character("Y"): return accept(now)
        case .character("n") where declineKey, .character("N") where declineKey: return decline
        case .escape, .backspace: return decline
        default: return []
        }
    }

    func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let inner = area.inset(dx: 2, dy: 1)
        var y = inner.y
        for line in lines {
            for part in TextWrap.lines(line, width: inner.width) {
                guard y < inner.y + inner.height - 2 else { break }
                canvas.write(part, x: inner.x, y: y, clip: inner)
                y += 1
            }
        }
        canvas.write(prompt, x: inner.x, y: min(y + 1, inner.y + inner.height - 1), style: .accent, clip: inner)
    }
}

/// Wraps a runner so the program leaves when the session ends instead of showing the summary
/// (`--exit-at-end`, for benchmarks that time a countdown to the exit).
struct ExitAtEndScreen: Screen {
    var inner: any Screen

    var title: String { inner.title }
    var minimumSize: Size { inner.minimumSize }
    var keys: [KeyHelp] { inner.keys }
    var quitConfirmation: String? { inner.quitConfirmation }
    var whileHidden: String? { inner.whileHidden }
    func nextDeadline() -> Moment? { inner.nextDeadline() }

    mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        inner.handle(event, at: now).map { action in
            if case .replace = action { return .quit(status: 0) }
            return action
        }
    }

    func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        inner.render(into: &canvas, area: area, at: now, context: context)
    }
}

/// The screens that start sessions, shared by the commands and the home menu.
enum SessionStart {
    /// A runner for `engine`, with figures from the catalog and, for a stretch, the props of each block.
    static func runner(_ engine: SessionEngine, context: AppContext, voice: Bool, props: [String: [Equipment]] = [:]) -> SessionRunnerScreen {
        var figures: [String: [[String]]] = [:]
        var equipment: [String: [Equipment]] = [:]
        for item in engine.plan.items {
            guard let card = context.catalog.card(id: item.cardID) else { continue }
            if !card.figure.isEmpty { figures[item.cardID] = card.figure }
            equipment[item.cardID] = card.equipment.required
        }
        return SessionRunnerScreen(engine: engine, figures: figures, voice: voice, props: props, equipment: equipment)
    }

    /// The list of stretches, Enter to begin the routine.
    static func stretchStart(_ routine: StretchRoutine, context: AppContext, voice: Bool, wrap: @escaping @Sendable (any Screen) -> any Screen = { $0 }) -> any Screen {
        var props: [String: [Equipment]] = [:]
        for block in routine.blocks { props[block.stretch] = block.props }
        let runner = wrap(runner(routine.sessionEngine(catalog: context.catalog), context: context, voice: voice, props: props))
        return ChoiceScreen(
            title: "Stretch", lines: routine.overview(catalog: context.catalog), prompt: "Press Enter to begin.",
            accept: { _ in [.replace(runner)] }, decline: [.pop], declineKey: false)
    }

    /// "Resume the interrupted session?" Enter resumes from the step that was running; `n` discards it
    /// and shows `otherwise`.
    static func resumeQuestion(_ pending: PersistedSession, resumed: @escaping @Sendable (Moment) -> (any Screen)?, otherwise: any Screen) -> any Screen {
        let snapshot = pending.snapshot
        let steps = snapshot.plan.steps(with: snapshot.settings)
        let engine = SessionEngine(plan: snapshot.plan, settings: snapshot.settings)
        let at = steps.indices.contains(snapshot.stepIndex) ? resumePoint(steps[snapshot.stepIndex], engine: engine) : "the end"
        let local = pending.savedAt.local
        let time = "\(local.hour < 10 ? "0" : "")\(local.hour):\(local.minute < 10 ? "0" : "")\(local.minute)"
        return ChoiceScreen(
            title: "Resume?",
            lines: ["\"\(snapshot.plan.title)\" was interrupted on \(pending.savedAt.localDateText) at \(time).",
                    "", "It continues at: \(at).", "",
                    "Sets already done are kept in the log. Starting anew closes it as stopped early."],
            prompt: "Resume it? Enter = yes, n = start anew",
            accept: { now in resumed(now).map { [.replace($0)] } ?? [.command(.discardInterruptedSession), .replace(otherwise)] },
            decline: [.command(.discardInterruptedSession), .replace(otherwise)], declineKey: true)
    }
}

extension SessionStart {
    /// Where a resumed session picks up, in words: "rest after set 1 of Glute bridge".
    static func resumePoint(_ step: SessionStep, engine: SessionEngine) -> String {
        let name = step.item.map { engine.plan.items[$0].name } ?? ""
        switch step.kind {
        case .getReady: return "get ready for \(name)"
        case .work: return engine.label(of: step)
        case .switchSides: return "switch sides: \(engine.label(of: step))"
        case .rest: return "rest after set \(step.set ?? 1) of \(name)"
        case .log: return "how \(name) went (the log entry)"
        case .transition: return "moving on to \(name)"
        case .done: return "the end"
        }
    }

    /// The home menu's "Today's session" and "15-minute stretch" (the resume question first when a
    /// session was interrupted).
    static func screen(for destination: Destination, context: AppContext, launch: SessionLaunch?, voice: Bool) -> Result<any Screen, AppEnvironmentError> {
        do {
            let screen: any Screen
            if destination == .stretch {
                screen = stretchStart(try StretchCommand.routine(minutes: 15, focus: nil, context: context), context: context, voice: voice)
            } else {
                screen = runner(SessionEngine(plan: try SessionCommand.plan("today", context: context)), context: context, voice: voice)
            }
            guard let pending = try SessionPersistence.pending(in: context.store) else { return .success(screen) }
            launch?.persistence.expectResume(pending)
            return .success(resumeQuestion(pending, resumed: { now in
                (try? SessionEngine(resuming: pending.snapshot, at: now)).map { runner($0, context: context, voice: voice) }
            }, otherwise: screen))
        } catch {
            return .failure(AppEnvironmentError("\(error)"))
        }
    }

    /// `AppCommand.saveSession`: a failure is shown, not fatal (the session goes on).
    static func save(_ engine: SessionEngine, launch: SessionLaunch?) -> AppMessage? {
        do {
            try launch?.persistence.save(engine)
            return nil
        } catch {
            return .failed("could not save the session: \(error)")
        }
    }

    static func discardInterrupted(launch: SessionLaunch?) -> AppMessage? {
        do {
            try launch?.persistence.discardInterrupted()
            return nil
        } catch {
            return .failed("\(error)")
        }
    }
}
