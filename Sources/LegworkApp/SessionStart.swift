import LegworkKit
import LegworkTUI

/// A page of text with one choice, or a few: the stretch list before a routine starts, the question
/// whether to resume an interrupted session, what today is, and why a session cannot start. Enter (or `y`)
/// takes `accept`; `n` (when given) or Esc takes `decline`; each option takes its own letter.
struct ChoiceScreen: Screen {
    /// One more answer, on its own key: "s  stretch instead".
    struct Option: Sendable {
        let key: Character
        let label: String
        let actions: @Sendable (Moment) -> [ScreenAction]
    }

    let title: String
    /// A line shown first in the danger colour ("Urgent care today").
    var alert: String? = nil
    let lines: [String]
    let prompt: String
    /// What Enter does, built at the moment of the key (a resumed session starts then).
    let accept: @Sendable (Moment) -> [ScreenAction]
    let decline: [ScreenAction]
    let declineKey: Bool
    var options: [Option] = []
    /// What Enter is called in the footer ("begin", "yes", "back").
    var acceptLabel: String? = nil

    var keys: [KeyHelp] {
        var keys = [KeyHelp("Enter", acceptLabel ?? (declineKey ? "yes" : "begin"), footer: true)]
        if declineKey { keys.append(KeyHelp("n", "no", footer: true)) }
        keys += options.map { KeyHelp(String($0.key), $0.label, footer: true) }
        keys.append(KeyHelp("Esc", declineKey ? "no" : "back", footer: true))
        return keys
    }

    mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        guard case let .key(key) = event else { return [] }
        switch key {
        case .enter, .character("y"), .character("Y"): return accept(now)
        case .character("n") where declineKey, .character("N") where declineKey: return decline
        case .escape, .backspace: return decline
        case let .character(c):
            return options.first { $0.key == Character(c.lowercased()) }?.actions(now) ?? []
        default: return []
        }
    }

    func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let inner = area.inset(dx: 2, dy: 1)
        var y = inner.y
        if let alert {
            for part in TextWrap.lines(alert, width: inner.width) where y < inner.maxY - 2 {
                canvas.write(part, x: inner.x, y: y, style: .danger, clip: inner)
                y += 1
            }
            y += 1
        }
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
        // What this runner fetches: their own items or household stand-ins, never gear they do not have.
        let profile = ((try? context.profile()) ?? nil) ?? Profile(equipment: Set(Equipment.allCases))
        for item in engine.plan.items {
            guard let card = context.catalog.card(id: item.cardID) else { continue }
            if !card.figure.isEmpty { figures[item.cardID] = card.figure }
            equipment[item.cardID] = SessionGear.gear(for: card, profile: profile)
        }
        return SessionRunnerScreen(engine: engine, figures: figures, voice: voice, props: props, equipment: equipment)
    }

    /// The runner for `plan`; first a page with `preface` when there is something to read before it
    /// (what this session is, a warning).
    static func begin(_ plan: SessionPlan, preface: [String], context: AppContext, voice: Bool) -> any Screen {
        let screen = runner(SessionEngine(plan: plan), context: context, voice: voice)
        guard !preface.isEmpty else { return screen }
        return ChoiceScreen(title: plan.title, lines: preface, prompt: "Press Enter to begin, Esc to go back.",
                            accept: { _ in [.replace(screen)] }, decline: [.pop], declineKey: false)
    }

    /// The list of stretches, Enter to begin the routine.
    static func stretchStart(_ routine: StretchRoutine, context: AppContext, voice: Bool, notes: [String] = [],
                             wrap: @escaping @Sendable (any Screen) -> any Screen = { $0 }) -> any Screen {
        var props: [String: [Equipment]] = [:]
        for block in routine.blocks { props[block.stretch] = block.props }
        let runner = wrap(runner(routine.sessionEngine(catalog: context.catalog), context: context, voice: voice, props: props))
        return ChoiceScreen(
            title: "Stretch", lines: routine.overview(catalog: context.catalog) + notes, prompt: "Press Enter to begin.",
            accept: { _ in [.replace(runner)] }, decline: [.pop], declineKey: false)
    }

    /// "Resume the interrupted session?" Enter resumes from the step that was running; `n` closes it as
    /// stopped early and shows `otherwise`. When today's safety rules no longer let it go on as it was,
    /// it is not offered: the runner reads why, and may start anew (adapted) or leave it for later.
    static func resumeQuestion(_ pending: PersistedSession, context: AppContext, resumed: @escaping @Sendable (Moment) -> (any Screen)?,
                               otherwise: any Screen) -> any Screen {
        let snapshot = pending.snapshot
        let kind = snapshot.plan.kind
        let steps = snapshot.plan.steps(with: snapshot.settings)
        let engine = SessionEngine(plan: snapshot.plan, settings: snapshot.settings)
        let at = steps.indices.contains(snapshot.stepIndex) ? resumePoint(steps[snapshot.stepIndex], engine: engine) : "the end"
        let local = pending.savedAt.local
        let time = "\(local.hour < 10 ? "0" : "")\(local.hour):\(local.minute < 10 ? "0" : "")\(local.minute)"
        let what = kind == .stretch ? "routine" : "session"
        let anew = "Starting anew closes the interrupted \(what) in your log as stopped early (the sets you did stay) and begins a new one."
        let discard: [ScreenAction] = [.command(.discardInterruptedSession(kind)), .replace(otherwise)]
        let check = (try? StrengthDoor.resumable(snapshot.plan, context: context)) ?? (ok: false, lines: ["Your safety rules could not be read."])
        guard check.ok else {
            return ChoiceScreen(
                title: "Resume?", alert: "\"\(snapshot.plan.title)\" cannot go on as it was today.",
                lines: check.lines + ["", anew], prompt: "Enter = start anew, Esc = leave it for later",
                accept: { _ in discard }, decline: [.pop], declineKey: false, acceptLabel: "start anew")
        }
        return ChoiceScreen(
            title: "Resume?",
            lines: ["\"\(snapshot.plan.title)\" was interrupted on \(pending.savedAt.localDateText) at \(time).",
                    "", "It continues at: \(at).", "", anew],
            prompt: "Resume it? Enter = yes, n = start anew",
            accept: { now in resumed(now).map { [.replace($0)] } ?? discard },
            decline: discard, declineKey: true)
    }

    // MARK: - The strength door on the screens

    /// Where "Today's session", `legwork session`, a plan day and "a session anyway" lead: the gate's
    /// answer first (why not, or what today is), else the check-in and then the runner.
    static func strength(_ request: StrengthRequest, context: AppContext, voice: Bool, checkIn: Bool = true,
                         wrap: @escaping @Sendable (any Screen) -> any Screen = { $0 }) -> any Screen {
        do {
            switch try StrengthDoor.resolve(request, context: context, checkIn: nil) {
            case let .run(plan, preface):
                guard checkIn else { return wrap(begin(plan, preface: preface, context: context, voice: voice)) }
                return CheckInScreen(defaults: try context.checkInDefaults(today: LocalCalendar.today())) { answers, _ in
                    do {
                        try context.recordCheckIn(answers)
                        return [.replace(afterCheckIn(try StrengthDoor.resolve(request, context: context, checkIn: answers),
                                                      context: context, voice: voice, wrap: wrap))]
                    } catch {
                        return [.notice("\(error)")]
                    }
                }
            case let other:
                return afterCheckIn(other, context: context, voice: voice, wrap: wrap)
            }
        } catch {
            return ChoiceScreen(title: "Session", alert: "\(error)", lines: [], prompt: "Esc = back", accept: { _ in [.pop] },
                                decline: [.pop], declineKey: false, acceptLabel: "back")
        }
    }

    /// The runner, or the page that says why not / what today is.
    static func afterCheckIn(_ outcome: StrengthDoorOutcome, context: AppContext, voice: Bool,
                             wrap: @escaping @Sendable (any Screen) -> any Screen) -> any Screen {
        switch outcome {
        case let .run(plan, preface):
            return wrap(begin(plan, preface: preface, context: context, voice: voice))
        case let .refused(headline, lines, offersStretch, urgent):
            var options: [ChoiceScreen.Option] = []
            if offersStretch { options.append(stretchOption(context: context, voice: voice)) }
            return ChoiceScreen(title: urgent ? "Urgent care" : "Not today", alert: headline, lines: lines,
                                prompt: offersStretch ? "s = a gentle stretch instead, Enter or Esc = back" : "Enter or Esc = back",
                                accept: { _ in [.pop] }, decline: [.pop], declineKey: false, options: options, acceptLabel: "back")
        case let .outlook(outlook):
            var options: [ChoiceScreen.Option] = []
            var prompt: [String] = []
            if outlook.offersStretch {
                options.append(stretchOption(context: context, voice: voice))
                prompt.append("s = the 15-minute stretch")
            }
            if outlook.offersSessionAnyway {
                options.append(ChoiceScreen.Option(key: "a", label: "a session anyway") { _ in
                    [.replace(strength(.next, context: context, voice: voice, wrap: wrap))]
                })
                prompt.append("a = your next session anyway")
            }
            prompt.append("Enter or Esc = back")
            var lines = outlook.details
            if let warning = outlook.warning { lines += ["", "A session anyway: \(warning)"] }
            return ChoiceScreen(title: "Today", alert: outlook.headline, lines: lines, prompt: prompt.joined(separator: ", "),
                                accept: { _ in [.pop] }, decline: [.pop], declineKey: false, options: options, acceptLabel: "back")
        }
    }

    /// Home's lines about today: what is planned and whether it is done, or why there is nothing, and the
    /// next session. Empty before the intake (the menu says enough) or when the log cannot be read.
    static func todayLines(context: AppContext) -> [String] {
        let today = LocalCalendar.today()
        guard let profile = (try? context.profile()) ?? nil, let safety = try? context.safetyDecision(today: today),
              let plan = try? context.plan(for: profile, today: today) else { return [] }
        let outlook = TodayOutlook.make(plan: plan, today: today, safety: safety, doneToday: context.strengthDoneToday(today))
        var lines = [outlook.kind == .planned ? "Today: \(outlook.session?.title ?? "a session"), not done yet." : outlook.headline]
        if outlook.kind == .pausedForSafety, let reason = safety.reasons.first { lines.append(reason) }
        if let next = outlook.next, outlook.kind != .planned {
            lines.append("Next: \(next.session.title) on \(next.date.weekday.title) \(next.date).")
        }
        return lines
    }

    /// Home's stretch: the length and a focus chosen on the screen, as `stretch --minutes --focus` does;
    /// Enter takes the 15-minute routine.
    static func stretchChoice(context: AppContext, voice: Bool) -> any Screen {
        let lengths = StretchRoutineBuilder.allowedMinutes
        var options = lengths.enumerated().map { index, minutes in
            ChoiceScreen.Option(key: Character(String(index + 1)), label: "\(minutes) min") { _ in
                [.replace(stretchDoor(minutes: minutes, focus: nil, context: context, voice: voice))]
            }
        }
        options += StretchFocus.allCases.map { focus in
            ChoiceScreen.Option(key: focus.rawValue.first!, label: focus.rawValue) { _ in
                [.replace(stretchDoor(minutes: 15, focus: focus.rawValue, context: context, voice: voice))]
            }
        }
        let keys = lengths.enumerated().map { "\($0.offset + 1) = \($0.element) min" }.joined(separator: ", ")
        let focuses = StretchFocus.allCases.map { "\($0.rawValue.first!) = \($0.rawValue)" }.joined(separator: ", ")
        return ChoiceScreen(
            title: "Stretch",
            lines: ["A follow-along stretch after your run, timed hold by hold.", "",
                    "How long: \(keys).", "A focus for 15 minutes: \(focuses)."],
            prompt: "Enter = 15 minutes, Esc = back",
            accept: { _ in [.replace(stretchDoor(minutes: 15, focus: nil, context: context, voice: voice))] },
            decline: [.pop], declineKey: false, options: options, acceptLabel: "15 min")
    }

    static func stretchOption(context: AppContext, voice: Bool) -> ChoiceScreen.Option {
        ChoiceScreen.Option(key: "s", label: "stretch") { _ in
            [.replace(stretchDoor(minutes: 15, focus: nil, context: context, voice: voice))]
        }
    }

    /// The stretch routine through the gate: refused for urgent signs, adapted for the others.
    static func stretchDoor(minutes: Int, focus: String?, context: AppContext, voice: Bool,
                            wrap: @escaping @Sendable (any Screen) -> any Screen = { $0 }) -> any Screen {
        do {
            let safety = try context.safetyDecision(today: LocalCalendar.today())
            guard safety.stretchingAllowed else {
                return afterCheckIn(StrengthDoor.refusal(safety), context: context, voice: voice, wrap: wrap)
            }
            let routine = try StretchAction.routine(minutes: minutes, focus: focus, context: context, safety: safety)
            return stretchStart(routine, context: context, voice: voice, notes: safety.stretchNotes(routine, catalog: context.catalog), wrap: wrap)
        } catch {
            return ChoiceScreen(title: "Stretch", alert: "\(error)", lines: [], prompt: "Esc = back", accept: { _ in [.pop] },
                                decline: [.pop], declineKey: false, acceptLabel: "back")
        }
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

    /// The home menu's "Today's session" and "15-minute stretch": the resume question first when one of
    /// that kind was interrupted, then the door.
    static func screen(for destination: Destination, context: AppContext, launch: SessionLaunch?, voice: Bool) -> Result<any Screen, AppEnvironmentError> {
        if let busy = SessionLock.heldElsewhere(context.store) { return .failure(AppEnvironmentError(busy)) }
        do {
            let kind: SessionPlan.Kind = destination == .stretch ? .stretch : .strength
            let screen = kind == .stretch
                ? ((try? context.safetyDecision(today: LocalCalendar.today()))?.stretchingAllowed == true
                    ? stretchChoice(context: context, voice: voice) : stretchDoor(minutes: 15, focus: nil, context: context, voice: voice))
                : strength(.today, context: context, voice: voice)
            guard let pending = try SessionPersistence.pending(in: context.store, kind: kind) else { return .success(screen) }
            launch?.persistence.expectResume(pending)
            return .success(resumeQuestion(pending, context: context, resumed: { now in
                (try? SessionEngine(resuming: pending.snapshot, at: now)).map { runner($0, context: context, voice: voice) }
            }, otherwise: screen))
        } catch {
            return .failure(AppEnvironmentError("\(error)"))
        }
    }

    /// `AppCommand.saveSession`: answers `.sessionSaved`, or `.failed` with the reason, which the runner
    /// shows (pausing the session and offering to save again).
    static func save(_ engine: SessionEngine, launch: SessionLaunch?) -> AppMessage? {
        do {
            try launch?.persistence.save(engine)
            return .sessionSaved
        } catch {
            return .failed("could not save the session: \(error)")
        }
    }

    static func discardInterrupted(_ kind: SessionPlan.Kind, launch: SessionLaunch?) -> AppMessage? {
        do {
            try launch?.persistence.discardInterrupted(kind)
            return nil
        } catch {
            return .failed("\(error)")
        }
    }
}
