import LegworkApp
import LegworkKit
import LegworkStore

/// One rule broken on one day of one simulated runner's life, with what the app produced.
public struct SimulationFinding: Sendable, CustomStringConvertible {
    public var runner: SimulatedRunner
    /// Days since the runner started (0: the day of the profile).
    public var day: Int
    public var path: ProducedSession.Path
    public var violation: RuleViolation
    /// The session's exercises and doses, as produced.
    public var session: String

    public var description: String {
        "runner \(runner) — day \(day), \(path.rawValue): \(violation)\n    session: \(session)"
    }
}

/// What one runner's weeks gave: the rules broken and how many sessions each path produced.
public struct SimulationResult: Sendable {
    public var findings: [SimulationFinding] = []
    public var checked: [ProducedSession.Path: Int] = [:]
    /// Sessions of a scheduled programme the plan held (each planned day counted once).
    public var programmeSessions = 0
    /// Interrupted sessions the app offered to resume (the others were set aside).
    public var resumed = 0
    /// Sessions interrupted part-way.
    public var interrupted = 0
    /// Sessions produced that ask a weight in kilograms (the log set it): what `owned-load` checks.
    public var weighed = 0
    /// The digest of every plan read and session produced (`SessionFingerprint`), when asked for.
    public var fingerprint: UInt64?
}

/// Drives the real application core — the store (in memory), the safety gate, the strength door, the plan
/// and its training block, the check-in — day by day for a runner, with today passed in, and checks every
/// session any path produces against `SessionRules` (DOMAIN §6: a rule that holds in the plan but not after
/// two logged sessions is not a rule). Deterministic: a runner replays from its seed.
public enum RunnerSimulator {
    /// - Parameter fingerprint: also digest every plan read and session produced (slower).
    public static func live(_ runner: SimulatedRunner, weeks: Int = 20, fingerprint: Bool = false) throws -> SimulationResult {
        var life = try Life(runner)
        if fingerprint { life.fingerprint = SessionFingerprint() }
        for day in 0..<(weeks * 7) { try life.live(day: day) }
        life.result.fingerprint = life.fingerprint?.value
        return life.result
    }
}

/// The day-by-day state of one simulated runner.
private struct Life {
    let runner: SimulatedRunner
    let context: AppContext
    let today: TodayBox
    var random: SeededGenerator
    /// Draws of its own for interruptions, so the other paths see the same days as before they existed.
    var interruptions: SeededGenerator
    /// The day a session of this runner was interrupted and is waiting to be resumed or set aside.
    var interrupted: CalendarDate?
    var result = SimulationResult()
    /// The dose of each card in the last session done: while doses are frozen nothing may ask more.
    var lastDone: [String: Dose] = [:]
    /// What the runner did of each card in the last session that held it (any day, light or frozen).
    var lastLogged: [String: Dose] = [:]
    var lastStrengthDay: CalendarDate?
    /// The plan as last read, to know which days hold a session without reading it every day.
    var plan: Plan?
    var signDay: Int?
    /// Findings already recorded (a planned session is read again on its day): each counts once.
    var seen: Set<String> = []
    /// The programme days already counted.
    var programmeDays: Set<CalendarDate> = []
    var fingerprint: SessionFingerprint?

    init(_ runner: SimulatedRunner) throws {
        self.runner = runner
        random = SeededGenerator(seed: runner.seed ^ 0xA5A5)
        interruptions = SeededGenerator(seed: runner.seed ^ 0x5E55)
        let box = TodayBox(runner.start)
        today = box
        context = AppContext(settings: AppSettings(today: { box.day }), store: try Store.inMemory())
        try context.saveProfile(runner.profile, today: runner.start)
        if let programme = runner.programme { try context.store.saveDocument(programme, key: .programme) }
    }

    mutating func live(day: Int) throws {
        let date = runner.start.adding(days: day)
        today.day = date
        let changed = try events(day: day, date: date)
        if changed || plan == nil || date.weekday == .mon { try readPlan(date) }
        if runner.policy == .skippedWeeks, (day / 7) % 4 == 2 { return }
        // A session left unfinished on an earlier day: the next door finds it (and must set it aside).
        if interrupted != nil, interrupted! < date, interruptions.chance(0.5) || plan?.session(on: date) != nil {
            try resume(date, day: day)
        }
        if plan?.session(on: date) != nil {
            try strengthDay(date, day: day)
        } else if random.chance(0.06) {
            try produce(.next, date: date, day: day, log: false)
        }
        if random.chance(0.04) {
            let card = random.pick(["lateral_bound", "sl_hop", "pogo_hops", "sl_calf_raise", "step_up", "goblet_squat", "copenhagen_plank"])
            try produce(.card(card), date: date, day: day, log: false)
        }
        // Now and then the programme on its own, as `routine run` does it.
        if let programme = runner.programme, random.chance(0.05) {
            try produce(.routine(programme.routine), date: date, day: day, log: false)
        }
    }

    /// The plan as the app reads it today, and every session of its current week checked as planned.
    mutating func readPlan(_ date: CalendarDate) throws {
        guard let profile = try context.profile() else { return }
        let plan = try context.plan(for: profile, today: date)
        self.plan = plan
        fingerprint?.add("plan \(date)", plan)
        guard let week = plan.week(containing: date) else { return }
        let rules = try ruleContext(date, plan: plan, checkIn: nil)
        let runs = ProducedSession(date: date, path: .plan, items: [], light: nil)
        record(SessionRules.checkRuns(plan, profile: rules.profile).filter { week.contains($0.date) }, runs, day: date.days(since: runner.start))
        var previous = lastStrengthDay
        for planDay in week.days where planDay.date >= date {
            guard let session = planDay.session, session.kind == .strength else { continue }
            var context = rules
            context.lastStrengthDay = previous
            let produced = ProducedSession(session, date: planDay.date)
            record(SessionRules.check(produced, context), produced, day: planDay.date.days(since: runner.start))
            if let programme = runner.programme, session.notes.contains(where: { $0.hasPrefix(programme.owner) }),
               programmeDays.insert(planDay.date).inserted {
                result.programmeSessions += 1
            }
            if !produced.isProtocolOnly { previous = planDay.date }
        }
    }

    /// What happens to the runner today, by their policy; true when the profile changed.
    mutating func events(day: Int, date: CalendarDate) throws -> Bool {
        guard var profile = try context.profile() else { return false }
        switch runner.policy {
        case .profileEdits where day == 35 || day == 77:
            profile.sessionMinutes = SessionLength.allCases[(SessionLength.allCases.firstIndex(of: profile.sessionMinutes)! + 1) % 3]
            profile.strengthDays = profile.strengthDays % 4 + 1
            if profile.equipment.contains(.dumbbells) { profile.equipment.remove(.dumbbells) } else {
                profile.equipment.insert(.dumbbells); profile.dumbbellMaxKg = 8
            }
            if day == 77 { profile.injuries = [InjuryStatus(.achilles, .current(pain: 3))] }
        case .clinicianClears where day == 24:
            profile.redFlags.insert(random.pick([.bonePain, .limp, .numbness, .givingWay, .jointSwelling]))
            signDay = day
        case .clinicianClears where signDay.map({ day == $0 + 14 }) == true:
            profile.redFlags = []
            profile.clearedOn = date
        case .weighted where day == 49 && (profile.dumbbellMaxKg != nil || profile.backpackKg != nil):
            // The heavy pair sold, the backpack emptied: half the weight the log may have reached.
            profile.dumbbellMaxKg = profile.dumbbellMaxKg.map { max(2, ($0 / 2).rounded()) }
            profile.backpackKg = profile.backpackKg.map { max(2, ($0 / 2).rounded()) }
        default:
            return false
        }
        try context.saveProfile(profile, today: date)
        return true
    }

    /// A planned day: the check-in as the runner answers it, then today's session through the door.
    mutating func strengthDay(_ date: CalendarDate, day: Int) throws {
        try produce(.today, date: date, day: day, log: true)
    }

    /// The check-in of today as this runner answers it.
    mutating func checkIn(_ date: CalendarDate, day: Int) throws -> CheckIn {
        let questions = try context.checkInQuestions(today: date)
        var answers = questions.answers
        let spike = runner.policy == .painSpikes && (20...34).contains(day) && random.chance(0.6)
        // Some runners skip a question now and then: an unanswered one counts as nothing.
        for injury in questions.injuries where !random.chance(0.1) {
            answers.pain[injury] = spike ? 7 : min(questions.painHints[injury] ?? 0, 3)
        }
        if questions.asksMorning, !random.chance(0.1) {
            answers.morningAfter = runner.policy == .worseMornings && random.chance(0.3) ? .worse : .same
        }
        return answers
    }

    mutating func produce(_ request: StrengthRequest, date: CalendarDate, day: Int, log: Bool) throws {
        let answers = try checkIn(date, day: day)
        try context.recordCheckIn(answers)
        let outcome = try StrengthDoor.resolve(request, context: context, checkIn: answers)
        switch outcome {
        case let .run(session, preface): fingerprint?.add("\(request) \(date) \(preface)", session)
        case let .refused(headline, lines, _, _): fingerprint?.add("\(request) \(date) refused", [headline] + lines)
        case .outlook: fingerprint?.add("\(request) \(date) outlook", "")
        }
        guard case let .run(session, _) = outcome, let profile = try context.profile() else { return }
        let path: ProducedSession.Path = switch request {
        case .today: .today
        case .next: .next
        case .card: .card
        case .planned: .next
        case .routine: .routine
        }
        let plan = try context.plan(for: profile, today: date)
        self.plan = plan
        let produced = ProducedSession(session, date: date, path: path)
        let rules = try ruleContext(date, plan: plan, checkIn: answers)
        record(SessionRules.check(produced, rules), produced, day: day)
        if case .today = request, let planned = plan.session(on: date) {
            // The plan's own session of today, with its roles and effort, as the door adapted it.
            let plannedProduced = ProducedSession(planned, date: date)
            record(SessionRules.check(plannedProduced, rules), plannedProduced, day: day)
        }
        guard log else { return }
        if case .today = request, interrupted == nil, interruptions.chance(0.08) {
            // Interrupted part-way (a kill, a dropped connection); now and then taken up again later the
            // same day after another check-in, as Home offers it, else found on a later day.
            try interrupt(session, date: date)
            if interruptions.chance(0.5) {
                try context.recordCheckIn(try checkIn(date, day: day))
                try resume(date, day: day)
            }
            return
        }
        try logSession(session, date: date, day: day)
        // The working dose each card reached: light sessions and days of frozen doses do not move it, so
        // coming back to it after a deload or a pain-eased session is not a rise, going past it is.
        if plan.session(on: date)?.light != true, !rules.safety.dosesFrozen {
            for item in produced.items where item.role != .coolDown && item.role != .warmUp {
                guard let card = context.catalog.card(id: item.cardID) else { continue }
                lastDone[SessionRules.doneKey(item, card)] = item.dose
            }
        }
        if !ProducedSession(plan.session(on: date) ?? PlanSession(title: "", kind: .strength, minutes: 0, items: [], runningCue: "", notes: []),
                            date: date).isProtocolOnly {
            lastStrengthDay = date
        }
    }

    /// A session left part-way: started, a few steps done, saved as the session runner saves it after
    /// every step, on the wall clock of `date`.
    mutating func interrupt(_ session: SessionPlan, date: CalendarDate) throws {
        let evening = WallTime(secondsSince1970: Int64(date.dayNumber) * 86_400 + 18 * 3_600)
        let persistence = SessionPersistence(store: context.store, wall: WallClockMapping(now: .origin, speed: 1, wall: { evening }))
        var engine = SessionEngine(plan: session)
        _ = engine.start(at: .origin)
        for _ in 0..<(1 + Int(interruptions.next() % 6)) where !engine.isEnded { _ = engine.handle(.skip, at: .origin) }
        try persistence.begin(engine)
        try persistence.save(engine)
        interrupted = date
        result.interrupted += 1
    }

    /// The door finding the interrupted session on `date`: what the app would resume is checked as a
    /// resumed session (one of an earlier day must have been set aside: `staleSession`), then left.
    mutating func resume(_ date: CalendarDate, day: Int) throws {
        guard let since = interrupted else { return }
        interrupted = nil
        let (pending, _) = try SessionPersistence.resumable(context: context, kinds: [.strength], fresh: false, today: date)
        guard let pending, let profile = try context.profile() else { return }
        let plan = try context.plan(for: profile, today: date)
        fingerprint?.add("resumed \(date)", pending.snapshot.plan)
        var produced = ProducedSession(pending.snapshot.plan, date: date, path: .resumed)
        produced.interruptedOn = since
        record(SessionRules.check(produced, try ruleContext(date, plan: plan, checkIn: nil)), produced, day: day)
        result.resumed += 1
        try SessionPersistence.discard(pending, in: context.store)
    }

    func ruleContext(_ date: CalendarDate, plan: Plan, checkIn: CheckIn?) throws -> RuleContext {
        let profile = try context.profile() ?? runner.profile
        return RuleContext(profile: profile, safety: try context.safetyDecision(today: date, checkIn: checkIn), catalog: context.catalog,
                           plan: plan, jumpGate: try context.trainingBlock()?.jumpGate ?? JumpGate(), lastDone: lastDone,
                           lastLogged: lastLogged, lastStrengthDay: lastStrengthDay)
    }

    mutating func record(_ violations: [RuleViolation], _ produced: ProducedSession, day: Int) {
        result.checked[produced.path, default: 0] += 1
        if produced.items.contains(where: { $0.dose.load?.kilograms != nil }) { result.weighed += 1 }
        guard !violations.isEmpty else { return }
        let words = produced.items.map { "\($0.cardID) \($0.dose.summary)" + ($0.rir.map { " \($0)" } ?? "") }.joined(separator: ", ")
        for violation in violations where seen.insert("\(produced.path) \(violation.description)").inserted {
            result.findings.append(SimulationFinding(runner: runner, day: day, path: produced.path, violation: violation, session: words))
        }
    }

    /// The session logged as this runner does it: at the top of the range with some reserve (easy), short
    /// and near failure (failing), with pain above 5/10 on a pain spike.
    mutating func logSession(_ session: SessionPlan, date: CalendarDate, day: Int) throws {
        let start = WallTime(secondsSince1970: Int64(date.dayNumber) * 86_400 + 18 * 3_600)
        let record = try context.store.beginSession(kind: .strength, title: session.title, startedAt: start, plannedSeconds: 1_800)
        let spike = runner.policy == .painSpikes && (20...34).contains(day) && random.chance(0.4)
        var sets: [SetRecord] = []
        var second: Int64 = 0
        for item in session.items {
            var done = item.dose
            for number in 1...max(1, item.dose.sets) {
                for side in item.unilateral ? [SetRecord.Side.left, .right] : [.both] {
                    second += 60
                    let at = WallTime(secondsSince1970: start.secondsSince1970 + second)
                    var set = SetRecord(sessionID: record.id, exerciseID: item.cardID, setNumber: number, side: side,
                                        startedAt: at, endedAt: WallTime(secondsSince1970: at.secondsSince1970 + 40), role: item.role)
                    switch item.dose.work {
                    case let .reps(range):
                        set.reps = runner.policy == .failing ? max(1, range.upperBound - 3) : range.upperBound
                        set.rir = runner.policy == .failing ? 0 : 3
                        done.work = .reps(set.reps!...set.reps!)
                    case let .seconds(seconds):
                        set.seconds = runner.policy == .failing ? max(5, seconds - 10) : seconds
                        done.work = .seconds(set.seconds!)
                    }
                    if spike { set.pain = 7 }
                    if runner.policy == .weighted { set.loadKg = try weightLogged(item.dose.load) }
                    sets.append(set)
                }
            }
            if item.role != .warmUp, item.role != .coolDown, let card = context.catalog.card(id: item.cardID) {
                lastLogged[SessionRules.doneKey(card, role: item.role)] = done
            }
        }
        try context.store.appendSets(sets)
        _ = try context.store.finishSession(record.id, status: .completed, endedAt: WallTime(secondsSince1970: start.secondsSince1970 + second + 60))
        // The event a saved session is to the training block, as the session runner records it.
        try context.recordBlock(today: date)
    }
}

extension Life {
    /// The weight a `weighted` runner logs for a set of `load`: the kilograms it asks, else for a loaded
    /// set three-quarters of the heaviest they own (dumbbells, else the backpack); nil for body weight.
    func weightLogged(_ load: Load?) throws -> Double? {
        guard let load, !load.isBodyWeight else { return nil }
        switch load.kind {
        case let .kilograms(kg), let .slowLowering(_, kg, _), let .protocolOwnedLight(_, kg, _, _): return kg
        default:
            let profile = try context.profile() ?? runner.profile
            return (profile.dumbbellMaxKg ?? profile.backpackKg).map { max(1, ($0 * 0.75).rounded()) }
        }
    }
}

/// The simulated calendar's today, read by the app through `AppSettings.today`.
private final class TodayBox: @unchecked Sendable {
    var day: CalendarDate
    init(_ day: CalendarDate) { self.day = day }
}
