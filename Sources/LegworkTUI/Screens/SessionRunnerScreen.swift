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
    /// Required equipment by card id: the overview shown while getting ready lists what to fetch.
    public let equipment: [String: [Equipment]]
    /// What stands in for gear the runner lacks, by card id, in plain words: the overview says it.
    public let standIns: [String: [String]]
    /// The easier variant of each exercise the runner may swap to from the overview, by card id, already
    /// through today's safety gate and dosed (none: no `s`).
    public let easier: [String: SessionItem]
    /// The unit the runner reads and types loads in (`Profile.units`).
    public let unit: LoadUnit
    /// What one press of the load stepper moves, by card id (`LoadIncrement`); a card missing here moves
    /// by the unit's smallest step.
    public let increments: [String: LoadIncrement]
    /// The exercise chosen in the overview while getting ready (`s` swaps it, `x` leaves it out).
    public private(set) var overviewChoice = 0
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
    /// Esc's menu (resume, end the session, back), open over the paused runner.
    public private(set) var menu: PauseMenu?
    /// Why the runner holds the clock itself: something hides it, or the menu is open.
    public private(set) var holds: Set<Hold> = []
    /// Whether the engine is paused by a hold (not by the runner's Space), so lifting the holds resumes it.
    private var pausedByHold = false
    /// The step and rep last counted aloud, so each rep is said once, at its start.
    private var countedRep: (step: Int, rep: Int)?
    /// Log entries typed as lines before their log step (a front-end of lines), oldest first.
    private var pendingLines: [String] = []
    /// Standard input has ended: every log entry still due is the planned one.
    private var inputEnded = false
    /// The work step whose early end (Enter before its last rep) was asked about: Enter again ends it.
    public private(set) var endAsked: Int?

    public enum Hold: Hashable, Sendable { case hidden, menu }

    /// A runner for `engine`, which may be fresh (started on `.appear`) or resumed from a snapshot
    /// (its current step is announced again on `.appear`).
    public init(engine: SessionEngine, figures: [String: [[String]]] = [:], voice: Bool = false, props: [String: [Equipment]] = [:],
                equipment: [String: [Equipment]] = [:], standIns: [String: [String]] = [:], easier: [String: SessionItem] = [:],
                unit: LoadUnit = .kg, increments: [String: LoadIncrement] = [:]) {
        self.unit = unit
        self.increments = increments
        self.engine = engine
        self.figures = figures
        self.voice = voice
        self.props = props
        self.equipment = equipment
        self.standIns = standIns
        self.easier = easier
    }

    private var isStretch: Bool { engine.plan.kind == .stretch }

    public var title: String { isStretch ? "Stretch" : "Session" }
    /// 40x12: the compact layout still shows the rep or the seconds and what is next (below it the
    /// app says the window is too small and the clock stops).
    public var minimumSize: Size {
        Size(width: SessionRunnerLayout.minimumArea.width + 4, height: SessionRunnerLayout.minimumArea.height + 3)
    }

    enum KeyCommand: Sendable {
        case saveAgain
        case togglePause, skip, back, addRest, removeRest, finished, openMenu, voice
        case logKey
        case moreReps, fewerReps, moreLoad, lessLoad
        case chooseUp, chooseDown, swapEasier, leaveOut
        case menuUp, menuDown, menuConfirm, menuResume, menuEnd, menuLeave
    }

    /// The keys of the moment: the closing save failed (only `r`), Esc's menu, the log form, or the
    /// running session. While the closing save is pending no key does anything.
    var keyTable: KeyTable<KeyCommand> {
        let saveAgain = saveFailure == nil ? [] : [KeyBinding<KeyCommand>("r", "save again", footer: true, keys: [.char("r")], .saveAgain)]
        if afterClosingSave != nil { return KeyTable(saveAgain) }
        if menu != nil {
            return KeyTable(saveAgain + [
                KeyBinding("↑↓", "choose", footer: true, keys: [.key(.up), .char("k")], .menuUp),
                KeyBinding("", "", keys: [.key(.down), .char("j"), .key(.tab)], .menuDown),
                KeyBinding("Enter", "confirm", footer: true, keys: [.key(.enter)], .menuConfirm),
                KeyBinding("Esc", "resume", footer: true, keys: [.key(.escape), .char(" "), .char("r")], .menuResume),
                KeyBinding("e", "end the \(isStretch ? "routine" : "session") now", keys: [.char("e")], .menuEnd),
                KeyBinding("l", "leave it and resume it later", keys: [.char("l")], .menuLeave),
            ])
        }
        if logForm != nil {
            return KeyTable(saveAgain + [
                KeyBinding("Enter", "save", footer: true, keys: [.key(.enter)], .logKey),
                KeyBinding("Tab ↑↓", "move", footer: true, keys: [.key(.tab), .key(.backTab), .key(.up), .key(.down)], .logKey),
                KeyBinding("0-9 .", "type a value", footer: true, keys: [.digit, .char("."), .char(","), .char(" ")], .logKey),
                KeyBinding("y n", "answer the red-flag question", keys: [.char("y"), .char("Y"), .char("n"), .char("N")], .logKey),
                KeyBinding("Backspace", "delete a character", keys: [.key(.backspace), .key(.delete)], .logKey),
            ])
        }
        var bindings = saveAgain + [
            KeyBinding("Space", engine.isPaused ? "resume" : "pause", footer: true, keys: [.char(" ")], .togglePause),
            KeyBinding("n", engine.isInCoolDown ? "skip the cool-down" : "skip", footer: true, keys: [.char("n"), .key(.right)], .skip),
            KeyBinding("b", "back one step", footer: isStretch, keys: [.char("b"), .key(.left)], .back),
        ]
        if !isStretch {
            bindings += [
                // The footer shows a key where it acts: rest keys in a rest, Enter in a set.
                KeyBinding("+ -", "rest ±15", footer: engine.currentStep.kind == .rest, keys: [.char("+"), .char("=")], .addRest),
                KeyBinding("", "", keys: [.char("-"), .char("_")], .removeRest),
                KeyBinding("Enter", endAsked == engine.stepIndex ? "end the set now" : "done", footer: engine.currentStep.isWork,
                           keys: [.key(.enter)], .finished),
            ]
            // While getting ready, the overview's exercises can be swapped or left out before any set.
            if canReplan {
                bindings.append(KeyBinding("↑↓", "choose", footer: true, keys: [.key(.up), .char("k")], .chooseUp))
                bindings.append(KeyBinding("", "", keys: [.key(.down), .char("j")], .chooseDown))
                if easier[engine.plan.items[chosenItem].cardID] != nil {
                    bindings.append(KeyBinding("s", "easier variant", footer: true, keys: [.char("s")], .swapEasier))
                }
                if engine.plan.items.count > 1 {
                    bindings.append(KeyBinding("x", "leave out today", footer: true, keys: [.char("x")], .leaveOut))
                }
            }
            // The set just done is logged on the rest screen after it: its reps (or seconds) and load.
            if let position = engine.setJustDone {
                bindings.append(KeyBinding("↑↓", timedWork(position) ? "seconds held" : "reps done", footer: true,
                                           keys: [.key(.up), .char("k")], .moreReps))
                bindings.append(KeyBinding("", "", keys: [.key(.down), .char("j")], .fewerReps))
                if showsLoad(position, in: engine) {
                    bindings.append(KeyBinding("[ ]", "load", footer: true, keys: [.char("]")], .moreLoad))
                    bindings.append(KeyBinding("", "", keys: [.char("[")], .lessLoad))
                }
            }
        }
        bindings += [
            KeyBinding("Esc", "menu", footer: true, keys: [.key(.escape)], .openMenu),
            KeyBinding("v", "voice on/off", keys: [.char("v")], .voice),
        ]
        return KeyTable(bindings)
    }

    public var keys: [KeyHelp] { keyTable.help }
    public func ignores(_ key: Key) -> Bool { !keyTable.takes(key) }

    public var quitConfirmation: String? {
        if let saveFailure { return "The last save failed (\(saveFailure)): what was done since the last save would be lost." }
        guard engine.isStarted, !engine.isEnded else { return nil }
        return "The \(isStretch ? "routine" : "session") is not finished. It is saved step by step and can be resumed: start it again to pick up where you stopped."
    }

    public var whileHidden: String? {
        guard engine.isStarted, !engine.isEnded else { return nil }
        return "The \(isStretch ? "routine" : "session") is paused."
    }

    /// While the runner's own pause lasts the clock stands, but the time of day the session ends ("done
    /// 18:31") moves on: a frame this often keeps it true to the minute, costing a redraw, not a poll.
    static let pausedFinishRedraw: Duration = .seconds(15)

    /// The engine's next second, or sooner the figure's next frame: it moves at the tempo. Paused by the
    /// runner (nothing hides the runner), the next redraw of the finish time.
    public func nextDeadline() -> Moment? {
        if engine.isPaused, holds.isEmpty, !engine.isEnded { return lastNow + Self.pausedFinishRedraw }
        let next = engine.nextDeadline(after: lastNow)
        let status = engine.status(at: lastNow)
        guard status.step.isWork, let frames = shownFigure(for: status)?.frames,
              let wait = RunnerFigure.untilChange(for: status, frameCount: frames.count) else { return next }
        let frameDue = lastNow + wait
        return next.map { min($0, frameDue) } ?? frameDue
    }

    // MARK: Events

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        lastNow = max(lastNow, now)
        switch event {
        case .appear:
            guard !hasAppeared else { return [] }
            hasAppeared = true
            if engine.isStarted { return play(engine.currentStepCues(), from: engine.stepIndex, at: now) }
            return play(engine.start(at: now), from: 0, at: now)
        case .tick:
            return run(.tick, at: now) + countRep(at: now)
        case .terminate:
            // A signal or Ctrl-C: keep the session resumable rather than ending it.
            guard engine.isStarted, !engine.isEnded else { return [] }
            let interrupted = SessionLines.interrupted(at: engine.currentStep, engine: engine)
            // Bring the engine up to now first, so steps that ran out count as done.
            _ = engine.handle(.tick, at: now)
            return [.line(interrupted), .command(.saveSession(engine))]
        case let .line(text):
            return receive(text, at: now)
        case .endOfInput:
            inputEnded = true
            return takeLines(at: now)
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
        case .message(.voiceUnavailable(let reason)):
            voice = false
            return [.notice(reason)]
        case .message, .resize:
            return []
        case let .hidden(hidden):
            return hold(.hidden, hidden, at: now)
        case let .key(key):
            guard let command = keyTable.command(for: key) else { return [] }
            if command == .saveAgain { return [.command(.saveSession(engine))] }
            if menu != nil { return handleMenu(command, at: now) }
            if logForm != nil { return handleLogKey(key, at: now) }
            // Under the too-small message the runner cannot be seen: its keys wait for the window.
            if holds.contains(.hidden) { return [] }
            if command == .openMenu {
                menu = PauseMenu()
                return hold(.menu, true, at: now)
            }
            return handleRun(command, at: now)
        }
    }

    /// Adds or lifts a hold on the clock. The first hold pauses a running step; lifting the last one
    /// resumes it from where it stopped, unless the runner had paused it with Space before.
    private mutating func hold(_ reason: Hold, _ on: Bool, at now: Moment) -> [ScreenAction] {
        if on { holds.insert(reason) } else { holds.remove(reason) }
        guard engine.isStarted, !engine.isEnded else { return [] }
        if !holds.isEmpty, !pausedByHold, !engine.isPaused {
            let cues = engine.handle(.pause, at: now)
            pausedByHold = engine.isPaused
            return play(cues, from: engine.stepIndex, at: now)
        }
        if holds.isEmpty, pausedByHold {
            pausedByHold = false
            return run(.resume, at: now)
        }
        return []
    }

    private mutating func handleMenu(_ command: KeyCommand, at now: Moment) -> [ScreenAction] {
        guard var open = menu else { return [] }
        let choice: PauseMenu.Choice
        switch command {
        case .menuUp:
            open.move(by: -1); menu = open
            return []
        case .menuDown:
            open.move(by: 1); menu = open
            return []
        case .menuConfirm: choice = open.selected
        case .menuResume: choice = .resume
        case .menuEnd: choice = .end
        case .menuLeave: choice = .leave
        default: return []
        }
        menu = nil
        switch choice {
        case .resume:
            var actions = hold(.menu, false, at: now)
            if engine.isPaused, !pausedByHold { actions += run(.resume, at: now) }
            return actions
        case .end:
            holds.remove(.menu)
            return run(.abandon, at: now)
        case .leave:
            // As on a signal: the session stays resumable, saved at the step it is in.
            holds.remove(.menu)
            _ = engine.handle(.tick, at: now)
            return [.command(.saveSession(engine)), .pop]
        }
    }

    /// With voice on, each rep after the first is counted aloud as it starts ("2", "3"…), at the tempo
    /// of the set; the first is in the set's own announcement.
    private mutating func countRep(at now: Moment) -> [ScreenAction] {
        let status = engine.status(at: now)
        guard voice, !status.isPaused, let rep = status.rep else { return [] }
        defer { countedRep = (status.stepIndex, rep.number) }
        guard let last = countedRep, last.step == status.stepIndex, rep.number > last.rep else { return [] }
        return [.speak(String(rep.number))]
    }

    private mutating func handleRun(_ command: KeyCommand, at now: Moment) -> [ScreenAction] {
        let input: SessionInput
        switch command {
        case .togglePause: input = .togglePause
        case .skip: input = .skip
        case .back: input = .back
        case .addRest: input = .addRest(seconds: 15)
        case .removeRest: input = .removeRest(seconds: 15)
        case .finished:
            let status = engine.status(at: now)
            guard status.step.isWork else { return [] }
            // Ending a set before its last rep loses reps the count would have given: ask once.
            if Self.endsEarly(status), endAsked != status.stepIndex {
                endAsked = status.stepIndex
                return []
            }
            endAsked = nil
            input = .finishedEarly
        case .moreReps, .fewerReps, .moreLoad, .lessLoad:
            return logSetStep(command, at: now)
        case .chooseUp, .chooseDown:
            let count = engine.plan.items.count
            overviewChoice = (chosenItem + (command == .chooseUp ? -1 : 1) + count) % count
            return []
        case .swapEasier:
            guard let item = easier[engine.plan.items[chosenItem].cardID] else { return [] }
            return replan(engine.plan.replacing(chosenItem, with: item), at: now)
        case .leaveOut:
            return replan(engine.plan.leavingOut(chosenItem), at: now)
        case .voice:
            voice.toggle()
            // The app answers `.voiceUnavailable` when nothing can speak; the notice then says why.
            return voice ? [.notice("voice on: cues are spoken"), .command(.checkVoice)] : [.notice("voice off")]
        default:
            return []
        }
        return run(input, at: now)
    }

    /// Swaps and leave-outs are offered while a strength session gets ready, before its first set.
    var canReplan: Bool {
        !isStretch && engine.isStarted && !engine.isEnded && engine.stepIndex == 0 && engine.currentStep.kind == .getReady
            && engine.records.isEmpty
    }

    /// The overview's chosen exercise, within the plan as it is now.
    var chosenItem: Int { min(overviewChoice, max(0, engine.plan.items.count - 1)) }

    /// The same run on `plan`: its get-ready starts again and it is saved at once, so a resume has it.
    private mutating func replan(_ plan: SessionPlan, at now: Moment) -> [ScreenAction] {
        guard plan != engine.plan, let (next, cues) = engine.replanned(plan, at: now) else { return [] }
        engine = next
        return play(cues, from: 0, at: now) + [.command(.saveSession(engine))]
    }

    /// True when Enter would end `status`'s set before its count is through: before the last rep, or
    /// with more than the 3-2-1 of a hold to go.
    static func endsEarly(_ status: SessionStatus) -> Bool {
        if let rep = status.rep { return rep.number < rep.count }
        if case .work(.timed) = status.step.kind, let left = status.remainingSeconds { return left > SessionDefaults.countdownFrom }
        return false
    }

    private func timedWork(_ position: SetPosition) -> Bool {
        if case .seconds = engine.plan.items[position.item].dose.work { return true }
        return false
    }

    /// The load stepper shows for a loaded exercise, or once a load was logged for the set.
    private func showsLoad(_ position: SetPosition, in engine: SessionEngine) -> Bool {
        engine.plan.items[position.item].dose.load != nil || engine.record(of: position)?.loadKg != nil
    }

    /// One press of the rest screen's stepper: the set just done gets one rep (or seconds step) or one
    /// load step more or less, and is saved at once.
    private mutating func logSetStep(_ command: KeyCommand, at now: Moment) -> [ScreenAction] {
        // Up to now first: the set just done is the one before the step current at this moment.
        let caughtUp = run(.tick, at: now)
        guard let position = engine.setJustDone else { return caughtUp }
        let entry: SetEntry?
        switch command {
        case .moreReps: entry = engine.stepped(position, repsBy: 1)
        case .fewerReps: entry = engine.stepped(position, repsBy: -1)
        case .moreLoad: entry = engine.stepped(position, loadBy: 1, increment: increment(of: position))
        case .lessLoad: entry = engine.stepped(position, loadBy: -1, increment: increment(of: position))
        default: entry = nil
        }
        guard let entry else { return caughtUp + [.bell] }
        _ = engine.handle(.logSet(item: position.item, entry), at: now)
        return caughtUp + [.command(.saveSession(engine))]
    }

    /// What one press of the load stepper moves for the exercise at `position`.
    private func increment(of position: SetPosition) -> LoadIncrement {
        increments[engine.plan.items[position.item].cardID] ?? LoadIncrement(.other, unit: unit)
    }

    /// The line over "Next:": the question after a first Enter mid-set, or the set just done as logged
    /// (`engine` brought up to the moment drawn).
    func logLine(_ status: SessionStatus, engine: SessionEngine) -> String? {
        let sep = " · "
        if endAsked == status.stepIndex, status.step.isWork {
            let reached = status.rep.map { "at rep \($0.number) of \($0.count)" } ?? "with \(status.remainingSeconds ?? 0) s to go"
            return "End set \(status.set ?? 1) \(reached)? Enter again ends it"
        }
        guard !isStretch, let position = engine.setJustDone else { return nil }
        let done = engine.record(of: position)
        var text = "Set \(position.set)" + (position.side.map { ", \($0.rawValue)" } ?? "") + ": "
        if timedWork(position) {
            text += done?.seconds.map { "held \($0) s" } ?? "skipped"
        } else {
            text += done?.reps.map { "\($0) rep\($0 == 1 ? "" : "s")" } ?? "skipped"
        }
        // A load shows once logged: "body weight" would be wrong for a backpack nobody weighed.
        if let kg = done?.loadKg { text += sep + unit.words(kilograms: kg) }
        return text
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
            return run(.log(entry), at: now)
        }
    }

    /// Turns the engine's cues into actions: one bell pattern per batch (a step change and a 3-2-1 in
    /// the same instant ring once; without voice the pattern says which moment it is), speech when
    /// voice is on, one save after any completed step, and the next screen when the session ends.
    /// Hands `input` to the engine and plays what it answers.
    private mutating func run(_ input: SessionInput, at now: Moment) -> [ScreenAction] {
        let from = engine.stepIndex
        return play(engine.handle(input, at: now), from: from, at: now)
    }

    /// Turns the engine's cues (from the step that was current, `from`) into actions: one bell pattern per
    /// batch (a step change and a 3-2-1 in the same instant ring once; without voice the pattern says which
    /// moment it is), speech when voice is on, the session's lines for a front-end of lines, one save after
    /// any completed step, and the next screen when the session ends.
    private mutating func play(_ cues: [SessionCue], from: Int, at now: Moment) -> [ScreenAction] {
        var sounds: [ScreenAction] = []
        var stepIndex = from
        if let pattern = BellPattern.of(cues, now: engine.currentStep) {
            sounds.append(.rings(pattern.rings(voice: voice)))
        }
        var save = false
        var next: (any Screen)?
        for cue in cues {
            switch cue {
            case .bell, .countdown:
                break
            case let .say(text):
                if voice { sounds.append(.speak(text)) }
                let step = engine.steps[min(stepIndex, engine.steps.count - 1)]
                sounds.append(.line(SessionLines.line(say: text, during: step, engine: engine, unit: unit)))
            case let .stepCompleted(index):
                save = true
                stepIndex = index + 1
            case let .awaitingLog(item):
                logForm = SessionLogForm(item: engine.plan.items[item], records: engine.records.filter { $0.item == item }, unit: unit)
                sounds.append(.line(SessionLines.logPrompt(for: engine.plan.items[item])))
            case .finished:
                next = SessionSummaryScreen(summary: engine.summary, kind: engine.plan.kind)
            case .abandoned:
                sounds.append(.line(SessionLines.stopped))
                next = SessionSummaryScreen(summary: engine.summary, kind: engine.plan.kind)
            case let .safetyStop(message):
                next = SafetyStopScreen(message: message, summary: engine.summary, kind: engine.plan.kind)
            }
        }
        if save || next != nil { sounds.append(.command(.saveSession(engine))) }
        // The next screen waits for the store's answer (`.sessionSaved`).
        if let next { afterClosingSave = next }
        return sounds + takeLines(at: now)
    }

    // MARK: Lines (a front-end of lines: `--plain`)

    /// A log entry typed as a line. Lines that come before the log step wait for it, as they would in a
    /// pipe; at the end of input every entry still due is the planned one.
    private mutating func receive(_ line: String, at now: Moment) -> [ScreenAction] {
        pendingLines.append(line)
        return takeLines(at: now)
    }

    /// While a log entry is due: the lines waiting, one at a time, until one is understood; or, at the
    /// end of input, the planned entry.
    private mutating func takeLines(at now: Moment) -> [ScreenAction] {
        var actions: [ScreenAction] = []
        while engine.isAwaitingLog, let index = engine.currentStep.item {
            let item = engine.plan.items[index]
            if !pendingLines.isEmpty {
                switch PlainLogLine.parse(pendingLines.removeFirst(), for: item, unit: unit) {
                case let .success(entry):
                    logForm = nil
                    return actions + run(.log(entry), at: now)
                case let .failure(error):
                    actions.append(.line(SessionLines.notUnderstood(error)))
                }
            } else if inputEnded {
                logForm = nil
                return actions + [.line(SessionLines.endOfInput)] + run(.log(.planned(for: item)), at: now)
            } else {
                break
            }
        }
        return actions
    }

    // MARK: View

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let status = engine.status(at: now)
        let inner = area.inset(dx: 2, dy: 0)
        if let logForm, status.isAwaitingLog {
            logForm.render(into: &canvas, area: inner.inset(dx: 0, dy: 1), context: context)
        } else {
            SessionRunnerLayout(status: status, engine: engine, figure: figure(for: status), props: props(for: status),
                                upcoming: upcomingWork(after: status).flatMap { $0.item }.map { engine.plan.items[$0] },
                                overview: isStretch ? nil : SessionOverview(engine: engine, equipment: equipment, standIns: standIns),
                                overviewChoice: canReplan ? chosenItem : nil,
                                logLine: logLine(status, engine: engine.caughtUp(to: now)), context: context)
                .render(into: &canvas, area: inner)
        }
        if let saveFailure { SaveFailureBanner.render(saveFailure, ended: afterClosingSave != nil, into: &canvas, area: inner, context: context) }
        menu?.render(into: &canvas, area: area, kind: isStretch ? "routine" : "session", returnsTo: context.returnsTo, context: context)
    }

    /// The next work step after the current one: what a rest or a change leads to.
    private func upcomingWork(after status: SessionStatus) -> SessionStep? {
        engine.steps[(status.stepIndex + 1)...].first(where: \.isWork)
    }

    /// The frame for now, mirrored for the right side. During a rest or a change it is the coming
    /// exercise's first frame, so the runner sees what to set up.
    private func figure(for status: SessionStatus) -> [String]? {
        guard let (frames, side) = shownFigure(for: status) else { return nil }
        let frame = frames[status.step.isWork ? RunnerFigure.frameIndex(for: status, frameCount: frames.count) : 0]
        return side == .right ? RunnerFigure.mirrored(frame) : frame
    }

    /// The frames of the exercise shown at `status` (the coming one during a rest or a change) and its side.
    private func shownFigure(for status: SessionStatus) -> (frames: [[String]], side: Side?)? {
        var shown = status.item
        var side = status.side
        switch status.step.kind {
        case .rest, .transition, .getReady, .switchSides:
            if let next = upcomingWork(after: status), let item = next.item {
                shown = engine.plan.items[item]
                side = next.side
            }
        default:
            break
        }
        guard let item = shown, let frames = figures[item.cardID] ?? item.figure, !frames.isEmpty else { return nil }
        return (frames, side)
    }

    private func props(for status: SessionStatus) -> [Equipment] {
        guard let item = status.item else { return [] }
        return props[item.cardID] ?? []
    }
}
