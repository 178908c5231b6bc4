import LegworkKit
import LegworkTUI

/// Where the session screens lead, as values the screens return (`ScreenAction.open`) and the
/// environment opens with `SessionStart`: the screens never read the store themselves.
enum SessionRoute: Route {
    /// The strength door: the check-in (when asked), the gate, the runner or the page that says why not.
    case strength(StrengthRequest, checkIn: Bool)
    /// The check-in's answers: recorded, then the door decides with them.
    case checkedIn(StrengthRequest, CheckIn)
    /// The stretch routine of this length and focus, through the gate.
    case stretch(minutes: Int, focus: String?)
    /// An interrupted session, going on from the step that was running, at the moment it is opened.
    case resume(PersistedSession)
}

/// The screens that start sessions, shared by the commands and the home menu: built from the store and
/// the catalog when a command starts or a route is opened, never from inside a screen's update.
struct SessionStart: Sendable {
    let context: AppContext
    /// Speak the cues from the start (the runner's `v` turns it on later too).
    var voice = false
    /// Benchmarks (`--exit-at-end`): the program leaves when a runner's session ends.
    var exitAtEnd = false

    /// The screen for one of the routes above.
    func screen(for route: SessionRoute, at now: Moment) throws -> any Screen {
        switch route {
        case let .strength(request, checkIn):
            return strength(request, checkIn: checkIn)
        case let .checkedIn(request, answers):
            try context.recordCheckIn(answers)
            return afterCheckIn(try StrengthDoor.resolve(request, context: context, checkIn: answers))
        case let .stretch(minutes, focus):
            return stretchDoor(minutes: minutes, focus: focus)
        case let .resume(pending):
            var engine = try SessionEngine(resuming: pending.snapshot, at: now)
            // A set interrupted part-way had no get-ready: it waits, paused, until the runner is in
            // position and presses Space (the line front-end, with no Space, runs on as before).
            if engine.currentStep.isWork { _ = engine.handle(.pause, at: now) }
            return runner(engine)
        }
    }

    /// A runner for `engine`, with figures from the catalog and, for a stretch, the props of each block.
    func runner(_ engine: SessionEngine, props: [String: [Equipment]] = [:]) -> any Screen {
        var figures: [String: [[String]]] = [:]
        var equipment: [String: [Equipment]] = [:]
        var standIns: [String: [String]] = [:]
        var easier: [String: SessionItem] = [:]
        var increments: [String: LoadIncrement] = [:]
        // Easier variants through today's gate; not while doses are frozen (a new card has no last dose).
        let safety = engine.plan.kind == .strength ? try? context.safetyDecision(today: context.today()) : nil
        let storedProfile = (try? context.profile()) ?? nil
        // What this runner fetches: their own items, never gear they do not have; what stands in for
        // gear they lack is said with the exercise.
        let profile = ((try? context.profile()) ?? nil) ?? Profile(equipment: Set(Equipment.allCases))
        for item in engine.plan.items {
            guard let card = context.catalog.card(id: item.cardID) else { continue }
            if !card.figure.isEmpty { figures[item.cardID] = card.figure }
            equipment[item.cardID] = SessionGear.gear(for: card, profile: profile)
            standIns[item.cardID] = SessionGear.standIns(for: card, profile: profile, name: item.name)
            increments[item.cardID] = LoadIncrement.of(card, profile: storedProfile ?? Profile())
            if let safety, !safety.dosesFrozen {
                easier[item.cardID] = TodaySession.easierVariant(of: card.id, catalog: context.catalog, profile: storedProfile,
                                                                 level: context.level(), permits: safety.permits)
            }
        }
        let screen = SessionRunnerScreen(engine: engine, figures: figures, voice: voice, props: props, equipment: equipment,
                                         standIns: standIns, easier: easier, unit: storedProfile?.units ?? .kg, increments: increments)
        return exitAtEnd ? ExitAtEndScreen(inner: screen) : screen
    }

    /// The runner for `plan`; first a page with `preface` when there is something to read before it
    /// (what this session is, a warning).
    func begin(_ plan: SessionPlan, preface: [String]) -> any Screen {
        let screen = runner(SessionEngine(plan: plan))
        guard !preface.isEmpty else { return screen }
        return ChoiceScreen(title: plan.title, lines: preface, prompt: "Press Enter to begin, Esc to go back.", accept: [.replace(screen)])
    }

    /// The list of stretches, Enter to begin the routine.
    func stretchStart(_ routine: StretchRoutine, notes: [String] = []) -> any Screen {
        var props: [String: [Equipment]] = [:]
        for block in routine.blocks { props[block.stretch] = block.props }
        let runner = runner(routine.sessionEngine(catalog: context.catalog), props: props)
        return ChoiceScreen(title: "Stretch", lines: routine.overview(catalog: context.catalog) + notes, prompt: "Press Enter to begin.",
                            accept: [.replace(runner)])
    }

    /// "Resume the interrupted session?" Enter resumes from the step that was running; `n` closes it as
    /// stopped early and shows `otherwise`. When today's safety rules no longer let it go on as it was,
    /// it is not offered: the runner reads why, and may start anew (adapted) or leave it for later.
    func resumeQuestion(_ pending: PersistedSession, otherwise: any Screen) -> any Screen {
        let snapshot = pending.snapshot
        let kind = snapshot.plan.kind
        let steps = snapshot.plan.steps(with: snapshot.settings)
        let engine = SessionEngine(plan: snapshot.plan, settings: snapshot.settings)
        let at = steps.indices.contains(snapshot.stepIndex) ? Self.resumePoint(steps[snapshot.stepIndex], engine: engine) : "the end"
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
                accept: discard, acceptLabel: "start anew")
        }
        return ChoiceScreen(
            title: "Resume?",
            lines: ["\"\(snapshot.plan.title)\" was interrupted on \(pending.savedAt.localDateText) at \(time).",
                    "", "It continues at: \(at).", "", anew],
            prompt: "Resume it? Enter = yes, n = start anew",
            accept: [.open(SessionRoute.resume(pending), replacing: true)], decline: discard, declineKey: true)
    }

    // MARK: - The strength door on the screens

    /// Where "Today's session", `legwork session`, a plan day and "a session anyway" lead: the gate's
    /// answer first (why not, or what today is), else the check-in and then the runner.
    func strength(_ request: StrengthRequest, checkIn: Bool = true) -> any Screen {
        do {
            switch try StrengthDoor.resolve(request, context: context, checkIn: nil) {
            case let .run(plan, preface):
                guard checkIn else { return begin(plan, preface: preface) }
                return CheckInScreen(questions: try context.checkInQuestions(today: context.today())) { answers in
                    SessionRoute.checkedIn(request, answers)
                }
            case let other:
                return afterCheckIn(other)
            }
        } catch {
            return ChoiceScreen(title: "Session", alert: "\(error)", lines: [], prompt: "Esc = back", accept: [.pop], acceptLabel: "back")
        }
    }

    /// The runner, or the page that says why not / what today is.
    func afterCheckIn(_ outcome: StrengthDoorOutcome) -> any Screen {
        switch outcome {
        case let .run(plan, preface):
            return begin(plan, preface: preface)
        case let .refused(headline, lines, offersStretch, urgent):
            return ChoiceScreen(title: urgent ? "Urgent care" : "Not today", alert: headline, lines: lines,
                                prompt: offersStretch ? "s = a gentle stretch instead, Enter or Esc = back" : "Enter or Esc = back",
                                accept: [.pop], options: offersStretch ? [Self.stretchOption] : [], acceptLabel: "back")
        case let .outlook(outlook):
            var options: [ChoiceScreen.Option] = []
            var prompt: [String] = []
            if outlook.offersStretch {
                options.append(Self.stretchOption)
                prompt.append("s = the 15-minute stretch")
            }
            if outlook.offersSessionAnyway {
                options.append(ChoiceScreen.Option(key: "a", label: "a session anyway",
                                                   actions: [.open(SessionRoute.strength(.next, checkIn: true), replacing: true)]))
                prompt.append("a = your next session anyway")
            }
            prompt.append("Enter or Esc = back")
            var lines = outlook.details
            if let warning = outlook.warning { lines += ["", "A session anyway: \(warning)"] }
            return ChoiceScreen(title: "Today", alert: outlook.headline, lines: lines, prompt: prompt.joined(separator: ", "),
                                accept: [.pop], options: options, acceptLabel: "back")
        }
    }

    /// Home's stretch: the length and a focus chosen together on the screen, as `stretch --minutes
    /// --focus` does; Enter alone takes the 15-minute routine. While a bone-stress sign pauses the runs,
    /// it is not "after your run".
    func stretchChoice(safety: SafetyDecision? = nil) -> any Screen {
        StretchChooserScreen(
            lengths: StretchRoutineBuilder.allowedMinutes, defaultMinutes: 15,
            intro: safety?.lyingStretchesOnly == true ? "A follow-along stretch lying down, timed hold by hold."
                : "A follow-along stretch after your run, timed hold by hold.") { minutes, focus in
            SessionRoute.stretch(minutes: minutes, focus: focus?.rawValue)
        }
    }

    static let stretchOption = ChoiceScreen.Option(key: "s", label: "stretch",
                                                   actions: [.open(SessionRoute.stretch(minutes: 15, focus: nil), replacing: true)])

    /// The stretch routine through the gate: refused for urgent signs, adapted for the others.
    func stretchDoor(minutes: Int, focus: String?) -> any Screen {
        do {
            let safety = try context.safetyDecision(today: context.today())
            guard safety.stretchingAllowed else { return afterCheckIn(StrengthDoor.refusal(safety)) }
            let routine = try StretchAction.routine(minutes: minutes, focus: focus, context: context, safety: safety)
            return stretchStart(routine, notes: StretchAction.notes(routine, context: context, safety: safety))
        } catch {
            return ChoiceScreen(title: "Stretch", alert: "\(error)", lines: [], prompt: "Esc = back", accept: [.pop], acceptLabel: "back")
        }
    }

    /// The home menu's "Today's session" and "15-minute stretch": the resume question first when one of
    /// that kind was interrupted today, then the door. One interrupted on an earlier day (Home stayed
    /// open past midnight) is set aside, and the door follows a page that says so.
    func screen(for destination: Destination, launch: SessionLaunch?,
                today: CalendarDate? = nil) -> Result<any Screen, AppEnvironmentError> {
        let today = today ?? context.today()
        if let busy = SessionLock.heldElsewhere(context.store) { return .failure(AppEnvironmentError(busy)) }
        do {
            let kind: SessionPlan.Kind = destination == .stretch ? .stretch : .strength
            let safety = kind == .stretch ? try? context.safetyDecision(today: today) : nil
            let screen = kind == .stretch
                ? (safety?.stretchingAllowed == true ? stretchChoice(safety: safety) : stretchDoor(minutes: 15, focus: nil))
                : strength(.today)
            guard let pending = try SessionPersistence.pending(in: context.store, kind: kind) else { return .success(screen) }
            if let message = try SessionPersistence.setAsideIfNotResumable(pending, context: context, today: today) {
                return .success(Self.setAsideNote([message], then: screen))
            }
            launch?.persistence.expectResume(pending)
            return .success(resumeQuestion(pending, otherwise: screen))
        } catch {
            return .failure(AppEnvironmentError("\(error)"))
        }
    }
}

extension SessionStart {
    /// Home's lines about today: what is planned and whether it is done, or why there is nothing, and the
    /// next session. Empty before the intake (the menu says enough) or when the log cannot be read.
    static func todayLines(context: AppContext, today: CalendarDate? = nil) -> [String] {
        let today = today ?? context.today()
        guard let profile = (try? context.profile()) ?? nil, let safety = try? context.safetyDecision(today: today),
              let plan = try? context.plan(for: profile, today: today) else { return [] }
        let outlook = TodayOutlook.make(plan: plan, today: today, safety: safety, doneToday: context.strengthDoneToday(today))
        var lines = [outlook.kind == .planned ? "Today: \(outlook.session?.title ?? "a session"), not done yet." : outlook.headline]
        if outlook.kind == .pausedForSafety, let reason = safety.reasons.first { lines.append(reason) }
        if let next = outlook.next, outlook.kind != .planned {
            lines.append("Next: \(next.session.title) on \(next.date.weekday.title) \(next.date).")
        }
        // A date that looks wrong is said where the runner starts, not only among the plan's warnings.
        lines += plan.warnings.filter { $0.kind == .clock }.map(\.message)
        // A retest every 4–6 weeks; a first check is offered by Home's own "Strength check".
        if let last = (try? context.strengthChecks())?.last?.date, let proposal = CheckSchedule.proposal(last: last, today: today) {
            lines.append(proposal)
        }
        return lines
    }

    /// Where a resumed session picks up, in words: "rest after set 1 of Glute bridge".
    static func resumePoint(_ step: SessionStep, engine: SessionEngine) -> String {
        let name = step.item.map { engine.plan.items[$0].name } ?? ""
        switch step.kind {
        case .getReady: return "get ready for \(name)"
        case .work: return engine.label(of: step)
        case .switchSides: return "switch sides: \(engine.label(of: step))"
        case .rest where step.rampUp != nil: return "rest after a ramp-up set of \(name)"
        case .rest: return "rest after set \(step.set ?? 1) of \(name)"
        case .log: return "how \(name) went (the log entry)"
        case .transition: return "moving on to \(name)"
        case .done: return "the end"
        }
    }

    /// `AppCommand.saveSession`: answers `.sessionSaved`, or `.failed` with the reason, which the runner
    /// shows (pausing the session and offering to save again).
    static func save(_ engine: SessionEngine, launch: SessionLaunch?) -> AppMessage? {
        do {
            try launch?.persistence.save(engine)
            // A session that ended changed the log: the block records what its slots reached. The sets are
            // saved whatever happens here, and the next event records the block again from the whole log.
            if engine.outcome != nil, let context = launch?.context { try? context.recordBlock(today: context.today()) }
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
