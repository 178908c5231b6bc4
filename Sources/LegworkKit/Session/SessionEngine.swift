/// The pure session engine: a value that turns inputs and the current `Moment` into state and cues.
///
/// It never reads a clock. Every countdown derives from an absolute deadline, so late ticks, slow
/// frames and pauses never make it drift: a late `.tick` walks through every step whose deadline
/// passed, each new step starting at the previous step's deadline, and returns their cues in order.
///
/// Typical runtime loop:
/// ```
/// var engine = SessionEngine(plan: plan)
/// play(engine.start(at: now))
/// while !engine.isEnded {
///     wait for a key or until engine.nextDeadline(after: now)
///     play(engine.handle(input ?? .tick, at: now))   // save engine.snapshot on .stepCompleted
///     draw(engine.status(at: now))
/// }
/// show(engine.summary)
/// ```
public struct SessionEngine: Sendable {
    public let plan: SessionPlan
    public let settings: SessionSettings
    /// The compiled steps, ending with `.done`.
    public let steps: [SessionStep]
    /// The sum of every timed step as planned.
    public let plannedTotal: Duration

    /// Index into `steps` of the current step.
    public private(set) var stepIndex: Int
    /// Every side-set actually done, in the order done (a redone set replaces the earlier record).
    public private(set) var records: [PerformedSet]
    /// The log entries answered so far, one per exercise.
    public private(set) var logs: [ItemLog]
    /// nil while the session is not started or still running.
    public private(set) var outcome: SessionOutcome?
    /// When this run of the engine started (`start(at:)` or `init(resuming:at:)`).
    public private(set) var startedAt: Moment?
    public private(set) var endedAt: Moment?

    /// Planned seconds of the steps after each index, for "time left" and the progress bar.
    private let plannedAfter: [Duration]
    /// When the current step was entered (real time, for records).
    private var stepEnteredAt: Moment = .origin
    /// The current step's start, shifted forward by pauses: `deadline - stepStart` is its length.
    private var stepStart: Moment = .origin
    /// When the current timed step ends; nil for log and done.
    private var deadline: Moment?
    private(set) var pausedAt: Moment?
    /// The lowest countdown number already announced in this step (countdownFrom + 1: none yet).
    private var countdownFloor = SessionDefaults.countdownFrom + 1
    private(set) var active: Duration = .zero
    private(set) var paused: Duration = .zero
    private(set) var logging: Duration = .zero
    /// The latest moment seen, so that a moment from the past never moves time backwards.
    private(set) var lastMoment: Moment = .origin

    /// A session ready to `start(at:)`, with the default settings of the plan's kind unless given.
    public init(plan: SessionPlan, settings: SessionSettings? = nil) {
        let settings = settings ?? .defaults(for: plan.kind)
        self.plan = plan
        self.settings = settings
        self.steps = plan.steps(with: settings)
        var after: [Duration] = Array(repeating: .zero, count: steps.count)
        var sum: Duration = .zero
        for index in steps.indices.reversed() {
            after[index] = sum
            sum += steps[index].plannedDuration
        }
        self.plannedAfter = after
        self.plannedTotal = sum
        self.stepIndex = 0
        self.records = []
        self.logs = []
    }

    /// Resumes a saved session at the start of the step that was in progress, running from `now`.
    ///
    /// The resumed step's announcement is in `currentStepCues()`.
    /// - Throws: `SessionError.snapshotStepOutOfRange` when the snapshot does not fit its own plan.
    public init(resuming snapshot: SessionSnapshot, at now: Moment) throws(SessionError) {
        // Checked before the steps are laid out: a crafted plan of a billion sets would never finish.
        guard snapshot.plan.items.count <= LogLimits.itemsPerSession,
              snapshot.plan.items.allSatisfy({ (0...LogLimits.setsPerItem).contains($0.dose.sets) }) else {
            throw .snapshotTooLong(seconds: .infinity)
        }
        self.init(plan: snapshot.plan, settings: snapshot.settings)
        guard steps.indices.contains(snapshot.stepIndex) else {
            throw .snapshotStepOutOfRange(index: snapshot.stepIndex, stepCount: steps.count)
        }
        // A plan longer than any session (a damaged or crafted dose) would overflow the clock later.
        guard plannedTotal <= .seconds(LogLimits.sessionSeconds.upperBound) else {
            throw .snapshotTooLong(seconds: plannedTotal.seconds)
        }
        records = snapshot.records
        logs = snapshot.logs
        active = snapshot.elapsed
        paused = snapshot.paused
        logging = snapshot.logging
        startedAt = now
        lastMoment = now
        var discarded: [SessionCue] = []
        enter(snapshot.stepIndex, at: now, now: now, &discarded)
    }

    /// The same run with another plan, while getting ready and before any set: the overview's swap or
    /// leave-out. The run keeps its start (so the log keeps one row) and restarts its get-ready; nil once
    /// the first set has begun.
    public func replanned(_ plan: SessionPlan, at moment: Moment) -> (engine: SessionEngine, cues: [SessionCue])? {
        guard isStarted, !isEnded, stepIndex == 0, records.isEmpty, steps[0].kind == .getReady, !plan.items.isEmpty else { return nil }
        let now = max(moment, lastMoment)
        var engine = SessionEngine(plan: plan, settings: settings)
        engine.startedAt = startedAt
        engine.lastMoment = now
        // The get-ready time already spent stays spent.
        engine.active = active + max(.zero, (pausedAt ?? now) - stepStart)
        engine.paused = paused + (pausedAt.map { now - $0 } ?? .zero)
        var cues: [SessionCue] = []
        engine.enter(0, at: now, now: now, &cues)
        if isPaused { engine.pausedAt = now }
        return (engine, cues)
    }

    // MARK: State

    public var isStarted: Bool { startedAt != nil }
    public var isPaused: Bool { pausedAt != nil }
    public var isEnded: Bool { outcome != nil }
    public var isAwaitingLog: Bool { isStarted && !isEnded && steps[stepIndex].kind == .log }
    public var currentStep: SessionStep { steps[stepIndex] }
    /// The current step belongs to the cool-down (its move there, a walk, a stretch, a change of sides).
    public var isInCoolDown: Bool {
        guard let item = steps[stepIndex].item, steps[stepIndex].kind != .done else { return false }
        return plan.items[item].role == .coolDown
    }

    /// What the store saves to resume later: the first step not completed, the logs so far and the
    /// accumulated times. Save it whenever `handle` returns `.stepCompleted`.
    public var snapshot: SessionSnapshot {
        SessionSnapshot(
            plan: plan, settings: settings, stepIndex: stepIndex, records: records, logs: logs,
            elapsed: active, paused: paused, logging: logging)
    }

    // MARK: Inputs

    /// Starts the session at `now` and returns the cues of the first step. Does nothing when started.
    public mutating func start(at now: Moment) -> [SessionCue] {
        guard startedAt == nil else { return [] }
        startedAt = now
        lastMoment = now
        var cues: [SessionCue] = []
        enter(stepIndex, at: now, now: now, &cues)
        return cues
    }

    /// Applies one input at `now` and returns the cues to play, in order.
    ///
    /// Time first advances to `now` (playing the cues of every step whose deadline passed), then the
    /// input applies to the step current at `now`. Inputs before `start(at:)` or after the end are
    /// ignored; a moment earlier than one already seen counts as that latest moment.
    public mutating func handle(_ input: SessionInput, at moment: Moment) -> [SessionCue] {
        guard startedAt != nil, outcome == nil else { return [] }
        let now = max(moment, lastMoment)
        lastMoment = now
        var cues: [SessionCue] = []
        advance(to: now, &cues)
        guard outcome == nil else { return cues }
        switch input {
        case .tick:
            break
        case .pause:
            pause(at: now)
        case .resume:
            resume(at: now, &cues)
        case .togglePause:
            if pausedAt == nil { pause(at: now) } else { resume(at: now, &cues) }
        case .skip:
            guard steps[stepIndex].kind != .done else { break }
            let end = pausedAt ?? now
            finish(at: end, record: .skipped, &cues)
            // The cool-down is skipped whole: one key ends the session from any of its steps.
            enter(isInCoolDown ? steps.count - 1 : stepIndex + 1, at: end, now: now, &cues)
        case .back:
            back(at: now, &cues)
        case let .addRest(seconds):
            adjustRest(by: .seconds(seconds), at: now, &cues)
        case let .removeRest(seconds):
            adjustRest(by: .seconds(-seconds), at: now, &cues)
        case .finishedEarly:
            guard steps[stepIndex].isWork else { break }
            let end = pausedAt ?? now
            finish(at: end, record: .endedEarly, &cues)
            enter(stepIndex + 1, at: end, now: now, &cues)
        case let .logSet(item, entry):
            apply(entry, item: item, at: now)
        case let .log(entry):
            answerLog(entry, at: now, &cues)
        case .abandon:
            abandon(at: now, &cues)
        }
        return cues
    }

    /// The cues that announce the current step (bell, speech, awaiting log): replay them after resuming.
    public func currentStepCues() -> [SessionCue] {
        guard isStarted, !isEnded else { return [] }
        var cues: [SessionCue] = [.bell]
        if let text = announcement(of: stepIndex) { cues.append(.say(text)) }
        if steps[stepIndex].kind == .log, let item = steps[stepIndex].item { cues.append(.awaitingLog(item: item)) }
        return cues
    }

    // MARK: Time

    /// The next instant at which `status` changes: the next whole second of the step's countdown (which
    /// is also when a tempo phase or a 3-2-1 changes), at the latest the step's deadline. nil while
    /// paused, waiting for a log entry, before the start and after the end. A moment at or before
    /// `after` means a tick is overdue: tick now.
    public func nextDeadline(after now: Moment) -> Moment? {
        guard startedAt != nil, outcome == nil, pausedAt == nil, let deadline else { return nil }
        guard deadline > now else { return deadline }
        let wholeSecondsBefore = (deadline - now).secondsRoundedUp - 1
        return deadline - .seconds(wholeSecondsBefore)
    }

    /// Walks through every step whose deadline is at or before `now`.
    private mutating func advance(to now: Moment, _ cues: inout [SessionCue]) {
        guard startedAt != nil, pausedAt == nil else { return }
        while outcome == nil, let end = deadline {
            announceCountdown(upTo: now, &cues)
            guard end <= now else { break }
            finish(at: end, record: .timeRanOut, &cues)
            enter(stepIndex + 1, at: end, now: now, &cues)
        }
    }

    private mutating func announceCountdown(upTo now: Moment, _ cues: inout [SessionCue]) {
        guard let deadline else { return }
        while countdownFloor > 1 {
            let number = countdownFloor - 1
            guard deadline - .seconds(number) <= now else { break }
            cues.append(.countdown(number))
            countdownFloor = number
        }
    }

    /// Marks the countdown numbers whose moment is already behind `now` as said, so a shortened rest
    /// does not fire a burst of 3-2-1; a lengthened rest announces them again.
    private mutating func rearmCountdown(at now: Moment) {
        countdownFloor = countdownStart(for: steps[stepIndex])
        guard let deadline else { return }
        while countdownFloor > 1, deadline - .seconds(countdownFloor - 1) < now {
            countdownFloor -= 1
        }
    }

    private func countdownStart(for step: SessionStep) -> Int {
        (step.seconds ?? 0) >= SessionDefaults.countdownMinimumStepSeconds ? SessionDefaults.countdownFrom + 1 : 1
    }

    // MARK: Steps

    /// Ends the current step at `end`: adds its time, records the work as far as it went, reports the
    /// completion.
    private mutating func finish(at end: Moment, record how: WorkEnd, _ cues: inout [SessionCue]) {
        let step = steps[stepIndex]
        let spent = end - stepStart
        if step.kind == .log { logging += spent } else if step.seconds != nil { active += spent }
        if case let .work(work) = step.kind, let item = step.item, let set = step.set, !SessionFraming.isFraming(plan.items[item]),
           let done = how.reached(work, after: spent) {
            // A later set starts at the load of the one before: the runner changes it only when it changed.
            let load = records.last { $0.item == item }?.loadKg
            var record = PerformedSet(
                item: item, cardID: plan.items[item].cardID, set: set, side: step.side,
                reps: nil, seconds: nil, loadText: plan.items[item].dose.load?.words, loadKg: load,
                started: stepEnteredAt, ended: end, active: spent)
            switch work {
            case .reps: record.reps = done
            case .timed: record.seconds = done
            }
            records.removeAll { $0.item == item && $0.set == set && $0.side == step.side }
            records.append(record)
        }
        cues.append(.stepCompleted(stepIndex))
    }

    /// Replaces the record of one set with what the runner logged; a set of nothing is removed. An entry
    /// for a set or side the exercise does not have is ignored.
    private mutating func apply(_ entry: SetEntry, item: Int, at now: Moment) {
        guard plan.items.indices.contains(item) else { return }
        let planned = plan.items[item]
        guard (entry.side != nil) == planned.unilateral,
              (1...max(1, planned.dose.sets)).contains(entry.set) || isExtraSet(entry.set, side: entry.side, of: planned) else { return }
        let existing = records.firstIndex { $0.item == item && $0.set == entry.set && $0.side == entry.side }
        if entry.isNothing {
            if let existing { records.remove(at: existing) }
            return
        }
        var record = existing.map { records[$0] } ?? PerformedSet(
            item: item, cardID: planned.cardID, set: entry.set, side: entry.side, reps: nil, seconds: nil,
            loadText: planned.dose.load?.words, started: now, ended: now, active: .zero)
        switch planned.dose.work {
        case .reps: record.reps = entry.reps ?? 0
        case .seconds: record.seconds = entry.seconds ?? 0
        }
        record.loadKg = entry.loadKg
        if let existing { records[existing] = record } else { records.append(record) }
    }

    /// Makes step `index` current from `start`. A step without a timer cannot stay paused: the pause
    /// ends at `now` and the step starts then.
    private mutating func enter(_ index: Int, at start: Moment, now: Moment, _ cues: inout [SessionCue]) {
        let step = steps[index]
        var start = start
        if step.seconds == nil, let pausedAt {
            paused += now - pausedAt
            self.pausedAt = nil
            start = now
        }
        stepIndex = index
        stepEnteredAt = start
        stepStart = start
        deadline = step.seconds.map { start + .seconds($0) }
        countdownFloor = countdownStart(for: step)
        cues.append(.bell)
        if let text = announcement(of: index) { cues.append(.say(text)) }
        switch step.kind {
        case .log:
            if let item = step.item { cues.append(.awaitingLog(item: item)) }
        case .done:
            end(.completed, at: start)
            cues.append(.finished)
        default:
            break
        }
    }

    private mutating func end(_ outcome: SessionOutcome, at moment: Moment) {
        self.outcome = outcome
        endedAt = moment
        deadline = nil
    }

    // MARK: Controls

    private mutating func pause(at now: Moment) {
        guard pausedAt == nil, deadline != nil else { return }
        pausedAt = now
    }

    private mutating func resume(at now: Moment, _ cues: inout [SessionCue]) {
        guard let pausedAt else { return }
        let pause = now - pausedAt
        paused += pause
        stepStart = stepStart + pause
        deadline = deadline.map { $0 + pause }
        self.pausedAt = nil
        advance(to: now, &cues)
    }

    private mutating func back(at now: Moment, _ cues: inout [SessionCue]) {
        let step = steps[stepIndex]
        guard step.kind != .done else { return }
        let at = pausedAt ?? now
        let into = at - stepStart
        let restart = step.kind != .log && (into > SessionDefaults.backRestartThreshold || stepIndex == 0)
        // The abandoned part of the step was still spent: keep the time books balanced.
        if step.kind == .log { logging += into } else { active += into }
        enter(restart ? stepIndex : stepIndex - 1, at: at, now: now, &cues)
    }

    private mutating func adjustRest(by change: Duration, at now: Moment, _ cues: inout [SessionCue]) {
        guard steps[stepIndex].kind == .rest, let current = deadline else { return }
        let at = pausedAt ?? now
        // Shortened to the count-in at most; a rest already inside it is never lengthened by `-`.
        let floor = min(current, at + .seconds(SessionDefaults.shortestRestSeconds))
        deadline = max(current + change, floor)
        rearmCountdown(at: at)
        advance(to: now, &cues)
    }

    private mutating func answerLog(_ entry: ExerciseLogEntry, at now: Moment, _ cues: inout [SessionCue]) {
        let step = steps[stepIndex]
        guard step.kind == .log, let item = step.item else { return }
        logs.removeAll { $0.item == item }
        logs.append(ItemLog(item: item, entry: entry))
        if !entry.sets.isEmpty {
            for set in entry.sets { apply(set, item: item, at: now) }
        } else {
            for index in records.indices where records[index].item == item {
                if records[index].reps != nil, let reps = entry.reps(on: records[index].side) {
                    records[index].reps = reps
                }
                if records[index].seconds != nil, let held = entry.secondsHeld { records[index].seconds = held }
                records[index].loadKg = entry.loadKg
            }
        }
        finish(at: now, record: .nothing, &cues)
        if entry.requiresStop {
            let message = SafetyMessage.stop(exercise: plan.items[item].name, pain: entry.pain, redFlag: entry.redFlag)
            cues.append(contentsOf: [.bell, .say(message), .safetyStop(message)])
            end(.safetyStop(message: message), at: now)
        } else {
            enter(stepIndex + 1, at: now, now: now, &cues)
        }
    }

    private mutating func abandon(at now: Moment, _ cues: inout [SessionCue]) {
        let step = steps[stepIndex]
        let at = pausedAt ?? now
        if step.kind == .log { logging += now - stepStart } else if step.seconds != nil { active += at - stepStart }
        if let pausedAt {
            paused += now - pausedAt
            self.pausedAt = nil
        }
        end(.abandoned, at: now)
        cues.append(.abandoned)
    }

    // MARK: Status

    /// What the screen shows at `now`. Time is advanced on a copy first, so the status is right even
    /// when a tick has not been delivered yet.
    public func status(at now: Moment) -> SessionStatus {
        var engine = self
        if engine.isStarted, !engine.isEnded {
            var ignored: [SessionCue] = []
            engine.advance(to: max(now, engine.lastMoment), &ignored)
        }
        return engine.currentStatus(at: max(now, engine.lastMoment))
    }

    private func currentStatus(at now: Moment) -> SessionStatus {
        let step = steps[stepIndex]
        let running = isStarted && !isEnded
        let at = pausedAt ?? now
        let remaining: Duration? = running ? deadline.map { max($0 - at, .zero) } : nil
        let into = running ? max(at - stepStart, .zero) : .zero
        let elapsed = active + (running && step.seconds != nil ? into : .zero)
        let timeLeft: Duration
        if !isStarted {
            timeLeft = plannedTotal
        } else if isEnded {
            timeLeft = .zero
        } else {
            timeLeft = (remaining ?? .zero) + plannedAfter[stepIndex]
        }
        let fraction: Double
        if isEnded { fraction = 1 } else if plannedTotal == .zero { fraction = 0 } else {
            fraction = min(1, max(0, 1 - timeLeft.seconds / plannedTotal.seconds))
        }
        return SessionStatus(
            stepIndex: stepIndex, step: step, itemIndex: step.item, item: step.item.map { plan.items[$0] },
            headline: headline(of: stepIndex), set: step.set, sets: step.sets, side: step.side,
            remaining: remaining, remainingSeconds: remaining.map { Int($0.secondsRoundedUp) },
            rep: running ? repStatus(step, into: into) : nil,
            isPaused: pausedAt != nil, isAwaitingLog: isAwaitingLog, isEnded: isEnded, outcome: outcome,
            elapsed: elapsed, plannedTotal: plannedTotal, timeLeft: timeLeft,
            nextUp: nextUp(after: stepIndex), fractionDone: fraction)
    }

    private func repStatus(_ step: SessionStep, into: Duration) -> RepStatus? {
        guard case let .work(.reps(count, perRep, tempo)) = step.kind, count > 0, perRep > 0 else { return nil }
        let repIndex = min(Int(into.secondsRoundedDown) / perRep, count - 1)
        let within = into - .seconds(repIndex * perRep)
        guard case .phases = tempo else {
            return RepStatus(number: repIndex + 1, count: count)
        }
        // The phases in the order this exercise does them: a bridge lifts first, a squat lowers first.
        let order = step.item.map { plan.items[$0].repPhases } ?? RepStart.lowering.phases
        var phase = order[order.count - 1]
        var phaseEnd = order.reduce(0) { $0 + tempo.seconds(of: $1) }
        var end = 0
        for candidate in order {
            end += tempo.seconds(of: candidate)
            if within < .seconds(end) { (phase, phaseEnd) = (candidate, end); break }
        }
        let left = max(.seconds(phaseEnd) - within, .zero)
        return RepStatus(
            number: repIndex + 1, count: count, phase: phase, phaseRemaining: left,
            phaseRemainingSeconds: Int(left.secondsRoundedUp))
    }
}

extension RepStatus {
    public init(number: Int, count: Int) {
        self.init(number: number, count: count, phase: nil, phaseRemaining: nil, phaseRemainingSeconds: nil)
    }
}
