/// Builds a runner's plan from their profile, a start date and the exercise catalog (DOMAIN.md §2, §3).
///
/// Pure and deterministic: the same profile, start date and cards always give the same plan. Each rule is
/// its own piece — `PhaseCalendar` (phases, deloads, taper, recovery), `SessionFrequency`,
/// `WeeklySchedule` (which days), `SessionTemplate` (slots by length), `ExerciseSelector` (which card),
/// `PlyoGate`, `DoseRule`, `Progression`, `InjuryModule`, `SafetyRules`, `WhyText`, `RunningCue`,
/// `SessionFit` and `SessionTiming` (the minutes) — and
/// this type only puts them together.
public struct PlanGenerator: Sendable {
    public let cards: [ExerciseCard]
    /// What the runner's latest strength check says: weak areas first in their slot and kept by the fit,
    /// an extra set on a side behind (`CheckPriorities`).
    public var check: CheckPriorities?

    public init(cards: [ExerciseCard], check: CheckPriorities? = nil) { self.cards = cards; self.check = check }

    /// The plan for `profile` starting on `start` (sessions never fall before it; week 1 is the
    /// Monday-to-Sunday week holding it).
    /// - Parameters:
    ///   - weeks: plan length when no race is in reach (default `PlanConstants.defaultWeeks`); a race plan
    ///     runs to the week after the race.
    ///   - safety: the safety gate's decision for `today` (from the profile, the check-ins and the log);
    ///     without one, the gate decides from the profile alone. Warning signs shape every week: urgent
    ///     signs leave no session and no run, bone-stress signs lying-down hip and core work only; frozen
    ///     doses stay at today's week from then on.
    ///   - today: the day the safety decision was made (default `start`).
    ///   - block: the training block this plan is (its number, the weeks and progression of the earlier
    ///     blocks); default: a first block starting `start`.
    ///   - running: the weekly distance and its trend from the runs that happened (`RunningLoad.current`);
    ///     default: the profile's figure. It sets the strength frequency and the jump sessions.
    public func plan(for profile: Profile, start: CalendarDate, weeks: Int? = nil, safety: SafetyDecision? = nil,
                     today: CalendarDate? = nil, block: TrainingBlock? = nil, running: RunningLoad? = nil) -> Plan {
        let running = running ?? RunningLoad.profile(profile)
        // The slots reached are the log stage's to read (`AutoRegulation.adjust`), never the generator's:
        // so a plan generated once serves every block that differs only in them (`LastGeneratedPlan`).
        let block = (block ?? TrainingBlock.first(start)).withoutSlots
        let calendar = PhaseCalendar.make(profile: profile, start: start, weeks: weeks, continuing: block.continues)
        let safety = safety ?? SafetyGate.decide(profile: profile, today: today ?? start)
        var builder = Builder(profile: profile, start: start, calendar: calendar, cards: cards, safety: safety, today: today ?? start, block: block,
                              check: check, running: running)
        var planWeeks: [PlanWeek] = []
        for (index, phase) in calendar.phases.enumerated() {
            planWeeks.append(builder.week(index: index, phase: phase))
        }
        var warnings = calendar.warnings
        if let cap = SessionFrequency.capWarning(requested: profile.strengthDays, phases: calendar.phases, weeklyKm: running.weeklyKm,
                                                 steady: running.isSteady, unit: profile.units.distance) { warnings.append(cap) }
        warnings += running.notices(profile: profile, today: today ?? start)
        warnings += builder.warnings
        let notices = SafetyRules.notices(profile, safety: safety) + builder.modules.notices
        planWeeks = LightWeekReps.cap(planWeeks)
        var plan = Plan(start: start, raceDate: calendar.race, weeks: planWeeks, warnings: warnings, notices: notices)
        plan.block = block.number
        plan.units = profile.units
        return plan
    }
}

/// The working state of one `plan(for:start:)` call.
private struct Builder {
    let profile: Profile
    let calendar: PhaseCalendar
    let schedule: WeeklySchedule
    let selector: ExerciseSelector
    let modules: InjuryModule
    /// The heel-raise protocol's days (used only when one runs).
    let moduleDays: ModuleDays
    /// The strength days of each week, by week index (none in the week after a marathon).
    let strengthDates: [Int: [CalendarDate]]
    let safety: SafetyDecision
    let block: TrainingBlock
    let check: CheckPriorities?
    /// The weekly distance the frequency and the jumps follow.
    let running: RunningLoad
    /// The day the plan is made for: a protocol not yet recorded begins in its week.
    let today: CalendarDate
    /// While doses are frozen (pain, a warning sign, progression paused), weeks after this index keep its
    /// progression steps: nothing rises until the gate clears.
    let frozenAfter: Int?
    private(set) var warnings: [PlanNotice] = []
    /// Ranked options by slot and by what the session already holds. The same questions come back every
    /// week and with every cut the minutes try (`SessionFit`), and ranking the catalog is the slow part.
    private var optionsCache: [OptionsKey: [ExerciseSelector.Choice]] = [:]
    /// The ids of the cards a drafted session holds, each once.
    private struct UsedCards {
        private(set) var ids: [String] = []
        func contains(_ id: String) -> Bool { ids.contains(id) }
        mutating func insert(_ id: String) { if !ids.contains(id) { ids.append(id) } }
    }
    private struct OptionsKey: Hashable {
        let slot: PlanSlot
        /// The cards the session holds, sorted by id: hashing and comparing a list is a fraction of a set's
        /// cost (a set hashes each id on its own, and compares by looking each one up), and this key is
        /// made for every slot of every draft.
        let used: [String]
        let plyoAllowed: Bool
    }
    /// What a strength session holds before the minutes cut anything (`sessionShape`).
    struct SessionShape {
        var slots: [PlanSlot]
        var plyoAllowed: Bool
        var notes: [String]
    }
    /// The cuts that fit each kind of session into the minutes (`fittedCuts`).
    private var cutsCache: [FitKey: SessionFit.Cuts] = [:]
    /// Each item's why, by all it is written from (the profile is the plan's): the same card in the same
    /// place says the same every week, and writing it was a tenth of drafting a session.
    private let whys = Memo<WhyKey, String>()
    private struct WhyKey: Hashable, Sendable {
        let card: String
        let role: PlanItem.Role
        let origin: ExerciseSelector.Origin.Key
        let variantOf: String?
        let easier: Bool
        let standIns: [Equipment]
    }
    /// The peak draft reads the phase only as: race week (a protocol eases), race week or after (a light
    /// weight), and whether the week progresses (its "add load").
    private struct FitKey: Hashable {
        let index: Int
        let slots: [PlanSlot]
        let plyoAllowed: Bool
        let taper: Bool
        let recovery: Bool
        let progresses: Bool
        let technique: Bool
        let returnWeek: Bool
    }

    init(profile: Profile, start: CalendarDate, calendar: PhaseCalendar, cards: [ExerciseCard], safety: SafetyDecision, today: CalendarDate,
         block: TrainingBlock, check: CheckPriorities?, running: RunningLoad) {
        self.profile = profile
        self.check = check
        self.running = running
        self.calendar = calendar
        self.safety = safety
        self.block = block
        self.today = today
        self.frozenAfter = safety.dosesFrozen ? max(0, today.days(since: calendar.firstMonday) / 7) : nil
        self.schedule = WeeklySchedule(profile: profile, start: start, race: calendar.race, moved: running.moved)
        self.selector = ExerciseSelector(cards: cards, profile: profile)
        self.modules = InjuryModule(profile: profile, selector: selector)
        var strengthDates: [Int: [CalendarDate]] = [:]
        // After a marathon the whole week is mobility; after a shorter race one light session once the
        // mobility days are over (`RaceDay`). Urgent warning signs leave no strength day at all.
        for (index, phase) in calendar.phases.enumerated() where !safety.urgent && !(phase == .recovery && profile.raceDistance == .marathon) {
            let count = phase == .recovery ? 1
                : SessionFrequency.sessions(phase: phase, requested: profile.strengthDays, weeklyKm: running.weeklyKm, steady: running.isSteady)
            // Spaced from the last strength day of the week before too (48 h, `WeeklySchedule`).
            strengthDates[index] = schedule.strengthDays(count: count, monday: calendar.firstMonday.adding(days: 7 * index),
                                                         after: strengthDates[index - 1]?.last)
        }
        self.strengthDates = strengthDates
        self.moduleDays = ModuleDays(schedule: schedule, through: calendar.firstMonday.adding(days: 7 * calendar.phases.count - 1),
                                     strengthDays: Set(strengthDates.values.joined()))
        let steps = calendar.phases.indices.map { Self.steps(week: $0, profile: profile, calendar: calendar, block: block) }
        self.peakSteps = (steps.map(\.strength).max() ?? 0, steps.map(\.jumps).max() ?? 0)
    }

    /// The highest progression steps any week of the plan reaches (strength work, jumps).
    let peakSteps: (strength: Int, jumps: Int)

    /// Progression steps done by week `index`: the strength work's, and the jumps', which count only
    /// the weeks jumping was allowed.
    /// The earlier blocks' steps carry on: a new block starts from the doses reached, not from scratch.
    private static func steps(week index: Int, profile: Profile, calendar: PhaseCalendar, block: TrainingBlock) -> (strength: Int, jumps: Int) {
        let jumps = calendar.progressionStep(week: index) {
            PlyoGate.weekBlock(profile: profile, weekNumber: block.weeksBefore + $0 + 1, phase: calendar.phases[$0], gate: block.jumpGate) == nil
        }
        return (block.stepsBefore + calendar.progressionStep(week: index), jumps)
    }

    private mutating func warn(_ notice: PlanNotice) {
        if !warnings.contains(notice) { warnings.append(notice) }
    }

    mutating func week(index: Int, phase: PlanPhase) -> PlanWeek {
        let monday = calendar.firstMonday.adding(days: 7 * index)
        // Weeks count on across blocks: week numbers, the beginner's weeks before jumping, the protocols.
        let number = block.weeksBefore + index + 1
        var sessions: [CalendarDate: PlanSession] = [:]
        if !safety.urgent {
            // After a race: mobility from the day after, in whichever week those days fall (DOMAIN §2).
            for date in schedule.mobilityDays(monday: monday) { sessions[date] = mobilitySession(week: number) }
            let dates = strengthDates[index] ?? []
            for (k, date) in dates.enumerated() where sessions[date] == nil && !isMobilityOnly(date) {
                let steps = Self.steps(week: min(index, frozenAfter ?? index), profile: profile, calendar: calendar, block: block)
                let session = strengthSession(index: k, date: date, week: number, phase: phase,
                                              step: steps.strength, jumpStep: steps.jumps)
                // A catalog with nothing the runner can do gives no session rather than an empty one.
                if !session.items.isEmpty { sessions[date] = session }
            }
            // The heel-raise protocol's days without a strength session get a short session of their own.
            if modules.hasFootProtocol, phase != .recovery {
                for offset in 0..<7 where sessions[monday.adding(days: offset)] == nil && moduleDays.contains(monday.adding(days: offset)) {
                    let date = monday.adding(days: offset)
                    let session = protocolSession(week: number, date: date, nearRace: isNearRace(date))
                    // A warning sign can leave nothing of the protocol: then no session that day.
                    if !session.items.isEmpty { sessions[date] = session }
                }
            }
        }
        let days = (0..<7).map { offset -> PlanDay in
            let date = monday.adding(days: offset)
            return PlanDay(weekday: date.weekday, date: date, run: run(on: date), session: sessions[date])
        }
        return PlanWeek(number: number, phase: phase, days: days)
    }

    /// The cue a session gives for the next run; none while a warning sign pauses the runs.
    /// The cue for the next run: the step-rate trial while it is suggested (knee or hip pain and a known
    /// step rate, `StepRate`), else the one the session's cards give.
    private func runningCue(_ cards: [ExerciseCard], week: Int) -> String {
        if safety.runsPaused { return "" }
        return StepRate.cue(profile: profile, own: running.stepRate) ?? RunningCue.pick(from: cards, week: week)
    }

    /// The planned run, unless a warning sign pauses the runs.
    private func run(on date: CalendarDate) -> PlanDay.Run? { safety.runsPaused ? nil : schedule.run(on: date) }

    /// A runner who starts within three weeks of a race gets familiar, light work only: no new heavy lift,
    /// no new jumps (DOMAIN §2, Races). Only a first block: a later one carries what is familiar.
    private var firstWeeksOfARace: Bool {
        guard let race = calendar.race, !block.continues else { return false }
        // Three weeks to the day is within three weeks.
        return race.days(since: block.start) <= PlanConstants.newToRaceDays
    }

    /// Days before the race without heavy leg work: longer before a half or a marathon (DOMAIN §2, Races).
    private var heavyFreeWindow: Int {
        PlanConstants.heavyFreeDays(before: profile.raceDistance)
    }

    /// The phase a session on `date` follows near a race: the race's days decide, whichever week they fall
    /// in. Inside the heavy-free window before it a session is the light race-week one (a Tuesday 5K's
    /// Saturday before is its primer, not a peak session); after it, in the race's own week, it is the
    /// light session after the race, never "race week" (DOMAIN §2, the race table).
    private func racePhase(_ phase: PlanPhase, on date: CalendarDate) -> PlanPhase {
        guard let race = calendar.race else { return phase }
        let daysOut = race.days(since: date)
        if daysOut < 0 { return phase == .taper ? .recovery : phase }
        let window = heavyFreeWindow
        if daysOut > 0, daysOut < window, phase != .recovery { return .taper }
        return phase
    }

    /// Inside the race's heavy-free window before it, or in the week after it: no heavy leg work.
    private func isNearRace(_ date: CalendarDate) -> Bool {
        guard let race = calendar.race else { return false }
        let daysOut = race.days(since: date)
        let window = heavyFreeWindow
        return daysOut < window && daysOut > -PlanConstants.heavyFreeDaysAfterRace
    }

    /// A day after the race that is for mobility only (`RaceDay.mobilityDays`): no strength session on it.
    private func isMobilityOnly(_ date: CalendarDate) -> Bool {
        guard let race = calendar.race else { return false }
        return (1...RaceDay.mobilityDays(profile.raceDistance)).contains(date.days(since: race))
    }

    /// The first week of a block that follows a marathon (week numbers count on across blocks).
    private func isReturnWeek(_ week: Int) -> Bool { block.returnWeek && week == block.weeksBefore + 1 }

    /// Race week and the session after the race keep at most half the sets; other light weeks 40–50% fewer.
    /// Race week, the session after a race and the familiar work of a race close at hand keep at most half
    /// the sets (DOMAIN §2, Races: light is ≤50% sets); a deload cuts 40–50%.
    private func lightKind(_ phase: PlanPhase) -> LightSets.Kind { phase == .taper || phase == .recovery || firstWeeksOfARace ? .race : .deload }

    /// Race week and the week after: at least 4 reps in reserve (DOMAIN §2: light means RIR 4 or more).
    private func raceWeekRIR(_ rir: RepsInReserve?, phase: PlanPhase) -> RepsInReserve? {
        guard let rir, phase == .taper || phase == .recovery else { return rir }
        return RepsInReserve(max(rir.min, 4), max(rir.max, 5))
    }

    // MARK: - Strength

    /// - Parameters:
    ///   - step: progression steps done by the strength work; `jumpStep`: by the jumps, which start later.
    private mutating func strengthSession(index k: Int, date: CalendarDate, week: Int, phase calendarPhase: PlanPhase, step: Int, jumpStep: Int) -> PlanSession {
        let phase = racePhase(calendarPhase, on: date)
        let minutes = profile.sessionMinutes.minutes
        // After the long run the session is fitted with its jumps and heavy lift, then leaves them out
        // (`AfterLongRun`): their time does not go to more sets of the rest.
        let afterLongRun = AfterLongRun.applies(date, schedule: schedule)
        let shape = sessionShape(index: k, date: date, week: week, phase: phase, afterLongRun: afterLongRun)
        let fitted = afterLongRun ? sessionShape(index: k, date: date, week: week, phase: phase, afterLongRun: false) : shape
        let cuts = fittedCuts(index: k, shape: fitted, week: week, phase: phase)
        let light = phase == .deload || phase == .taper || phase == .recovery || firstWeeksOfARace || isReturnWeek(week)
        let draft = strengthDraft(index: k, shape: shape, week: week, phase: phase, step: step, jumpStep: jumpStep, light: light, cuts: cuts,
                                  afterLongRun: afterLongRun)
        var notes = draft.notes
        if let fitted = cuts.note(minutes: minutes) { notes.append(fitted) }
        if let overrun = SessionTiming.overrunNote(draft.items, draft.cards, minutes: minutes) { notes.append(overrun) }

        let letter = String(UnicodeScalar(UInt8(65 + k)))
        let title = switch phase {
        case .taper: "Race-week strength"
        case .recovery: "Light strength after your race"
        case _ where isReturnWeek(week): "Strength \(letter) (return week)"
        case .deload: "Strength \(letter) (deload)"
        case .peak: "Strength \(letter) (peak week)"
        default: "Strength \(letter)"
        }
        var session = PlanSession(title: title, kind: .strength, minutes: minutes, items: draft.items,
                                  runningCue: runningCue(draft.cards.filter { $0.kind != .stretch }, week: week), notes: notes)
        if light { session.light = true }
        session.jumps = draft.jumps && !light
        return session
    }

    /// The minutes are fitted on the session at the hardest doses the plan reaches, and every week keeps
    /// those cuts: its progression adds reps, load or tempo within them (see `SessionFit`). That peak
    /// session depends on the day only through its shape, phase, technique and return-week rules, so
    /// sessions alike in those share their cuts: each is fitted once, not every week.
    private mutating func fittedCuts(index k: Int, shape: SessionShape, week: Int, phase: PlanPhase) -> SessionFit.Cuts {
        let key = FitKey(index: k, slots: shape.slots, plyoAllowed: shape.plyoAllowed, taper: phase == .taper, recovery: phase == .recovery,
                         progresses: phase.progresses, technique: isTechniqueWeek(week), returnWeek: isReturnWeek(week))
        if let cuts = cutsCache[key] { return cuts }
        let minutes = profile.sessionMinutes.minutes
        var cuts = SessionFit.Cuts()
        var peak = strengthDraft(index: k, shape: shape, week: week, phase: phase, step: peakSteps.strength, jumpStep: peakSteps.jumps,
                                 light: false, cuts: cuts, afterLongRun: false, words: false)
        while let next = SessionFit.nextCut(peak, after: cuts, minutes: minutes, goal: profile.goal, level: profile.level, kept: check?.slots ?? []),
              next != cuts {
            peak = redrafted(peak, from: cuts, to: next)
                ?? strengthDraft(index: k, shape: shape, week: week, phase: phase, step: peakSteps.strength, jumpStep: peakSteps.jumps,
                                 light: false, cuts: next, afterLongRun: false, words: false,
                                 reusing: SessionFit.onlySlotChanged(from: cuts, to: next).map { (peak, $0) })
            cuts = next
        }
        cutsCache[key] = cuts
        return cuts
    }

    /// The draft `strengthDraft` makes with `next`, made from `draft` (made with `cuts`) when the two cuts
    /// differ only in what is applied after every slot is chosen and dosed: supersets paired at the end, a
    /// steady tempo being each slot's card's own. Nil when a slot would be dosed differently: then the
    /// session is drafted again. A fit tries cuts one by one, and drafting is most of making a plan.
    private func redrafted(_ draft: SessionFit.Draft, from cuts: SessionFit.Cuts, to next: SessionFit.Cuts) -> SessionFit.Draft? {
        var sameSlots = next
        sameSlots.supersets = cuts.supersets
        sameSlots.steadyTempo = cuts.steadyTempo
        // Only cuts added, never one taken back: a paired draft cannot be unpaired here.
        guard sameSlots == cuts, next.supersets || !cuts.supersets, next.steadyTempo || !cuts.steadyTempo else { return nil }
        var draft = draft
        if next.steadyTempo && !cuts.steadyTempo {
            for i in draft.items.indices where draft.slots[i] != nil { draft.items[i].tempo = draft.cards[i].tempo }
        }
        if next.supersets && !cuts.supersets { pairSupersets(&draft.items, slots: draft.slots) }
        return draft
    }

    /// A beginner's first weeks: easy technique work (`DoseRule.technique`).
    private func isTechniqueWeek(_ week: Int) -> Bool {
        profile.level == .beginner && week <= PlanConstants.beginnerTechniqueWeeks
    }

    /// The slots of session `k` on `date` before the minutes cut any, whether it may jump, and the notes
    /// that say what the day leaves out and why. `afterLongRun`: the long-run day or the day after (`AfterLongRun`).
    private func sessionShape(index k: Int, date: CalendarDate, week: Int, phase: PlanPhase, afterLongRun: Bool) -> SessionShape {
        let level = profile.level
        var slots = SessionTemplate.slots(for: profile.sessionMinutes, goal: profile.goal)
        var notes: [String] = []
        if let run = run(on: date) {
            notes.append("After your \(run == .easy ? "easy" : run.rawValue) run, ideally 3 h or more later.")
        }
        switch phase {
        case .deload where isTechniqueWeek(week):
            // A technique week is already light (`DoseRule.technique`): the words must not promise a cut.
            notes.append("Deload week: your first weeks are already easy technique work, so this one keeps the same easy sets.")
        case .deload: notes.append("Deload week: about half the sets, and stop \(PlanConstants.lightWeekExtraRIR) reps earlier than usual.")
        case .peak: notes.append("Peak week: one session keeps your strength without adding fatigue.")
        case .taper: notes.append("Race week: at most half the usual sets, a light weight, no jumping.")
        case .recovery: notes.append("After your race: a light session, at most half the usual sets, no jumping.")
        default: break
        }
        if isReturnWeek(week) {
            slots.removeAll { $0 == .heavyLift || $0 == .plyometric }
            notes.append("Return week after your marathon: about half the usual sets, nothing heavy, no jumping.")
        }
        if firstWeeksOfARace {
            slots.removeAll { $0 == .heavyLift || $0 == .plyometric }
            notes.append("Your race is \(PlanConstants.newToRaceDays / 7) weeks away or less: familiar, light work only, nothing new before race day.")
        }

        let plyoBlock = PlyoGate.weekBlock(profile: profile, weekNumber: week, phase: phase, gate: block.jumpGate)
            ?? PlyoGate.dateBlock(date: date, race: calendar.race)
        // After the long run the legs are tired: no jump of any kind that day, whatever would bring one in.
        let plyoAllowed = plyoBlock == nil && k < PlyoGate.sessionsPerWeek(level, weeklyKm: running.weeklyKm, steady: running.isSteady) && !safety.impactBlocked
            && !afterLongRun
        if slots.contains(.plyometric) && !plyoAllowed {
            slots.removeAll { $0 == .plyometric }
            // Race week and the session after the race already say "no jumping".
            if let plyoBlock, phase != .taper, phase != .recovery { notes.append(plyoBlock) }
        }
        if slots.contains(.heavyLift), let race = calendar.race {
            let window = heavyFreeWindow
            let daysOut = race.days(since: date)
            if phase == .taper || phase == .recovery || (0..<window).contains(daysOut) {
                slots.removeAll { $0 == .heavyLift }
                notes.append("No heavy lift within \(window) days of the race.")
            }
        }
        // The long run has already tired the legs: no jumps, no heavy lift, nothing near failure (`AfterLongRun`).
        if afterLongRun {
            slots.removeAll { $0 == .plyometric || $0 == .heavyLift }
            notes.append(AfterLongRun.note(date, schedule: schedule))
        }
        return SessionShape(slots: slots, plyoAllowed: plyoAllowed, notes: notes)
    }

    /// The exercises of one strength session of `shape` at progression `step`, with `cuts` (slots left
    /// out, sets capped) applied; `light` halves the sets (deload, race week). Without `words` the items
    /// have no why and no note (a draft that only fits the minutes).
    /// - Parameter reusing: a draft of this session whose cuts differ from `cuts` only in `slot`'s sets or
    ///   reps (`SessionFit.onlySlotChanged`). Every other slot is taken from it, without being chosen and
    ///   dosed again, for as long as what the session holds before it is the same: the slots before
    ///   `slot`, and those after it when `slot` keeps its card. Nothing taken differs from what drafting it
    ///   would give: a slot reads only the cards already in the session, the light sets kept before it
    ///   (none lightened, or nothing is taken), and its own cuts. A fit tries cuts one by one, and each
    ///   set or rep cut used to draft every slot again.
    private mutating func strengthDraft(index k: Int, shape: SessionShape, week: Int, phase: PlanPhase, step: Int, jumpStep: Int,
                                        light: Bool, cuts: SessionFit.Cuts, afterLongRun: Bool, words: Bool = true,
                                        reusing: (draft: SessionFit.Draft, slot: PlanSlot)? = nil) -> SessionFit.Draft {
        let level = profile.level
        let plyoAllowed = shape.plyoAllowed
        var slots = shape.slots
        var notes = shape.notes
        slots.removeAll { cuts.leftOut.contains($0) }
        let templateSets = SessionTemplate.fixedSets(for: profile.sessionMinutes)
        let contactCap = PlyoGate.contactsPerSession(level)

        var items: [PlanItem] = []
        var itemCards: [ExerciseCard] = []
        var itemSlots: [PlanSlot?] = []
        // The cards the session holds so far: a dozen at most, so a list searched by comparing ids is
        // cheaper than a set, which hashes each id at every insert and every question.
        var used = UsedCards()
        var lightSets = LightSets(kind: lightKind(phase))
        var lightened = false
        // Warnings reach the plan from the sessions it keeps (`words`) only: a draft that fits the minutes
        // holds slots and cards the session may then leave out (DOMAIN §6, words follow values).
        var notices: [PlanNotice] = []
        func said(_ notice: PlanNotice) { notices.append(notice) }
        // Taking slots from `reusing` while the session holds what it held there (see the parameter).
        var taking = reusing.map { !$0.draft.lightened && Set(slots).count == slots.count } ?? false
        func allowed(_ card: ExerciseCard) -> Bool {
            !used.contains(card.id) && (card.kind != .power || plyoAllowed) && safety.permits(card)
        }
        func addModule(_ module: InjuryModule.Item) {
            guard !used.contains(module.card.id), safety.permits(module.card) else { return }
            let item = moduleItem(module, week: week, light: module.fixed == nil ? light : phase == .taper, step: step,
                                  fixedSets: templateSets, contactCap: contactCap, lightKind: lightKind(phase))
            items.append(item.0); itemCards.append(item.1); itemSlots.append(nil); used.insert(item.1.id)
        }

        // Injury modules take template places rather than adding to them, so the session keeps its minutes:
        // the knee's hold or the shins' tibialis raises are the warm-up's activation, and a second one
        // takes the second single-leg lift's place. The heel-raise protocol has days of its own
        // (`ModuleDays`); on strength days the calf slot is its light day.
        var warmUpModules = ([modules.kneeIsometric()].compactMap { $0 } + modules.shinItems()).filter { safety.permits($0.card) }
        let warmUpModule = warmUpModules.isEmpty ? nil : warmUpModules.removeFirst()
        if !warmUpModules.isEmpty { slots.removeAll { $0 == .singleLegSecond } }

        if let warmUp = warmUpItem(jumps: slots.contains(.plyometric), module: warmUpModule) {
            items.append(warmUp.0); itemCards.append(warmUp.1); itemSlots.append(nil); used.insert(warmUp.1.id)
        }
        warmUpModules.forEach(addModule)
        for slot in slots {
            let itemsBefore = items.count
            defer {
                // The changed slot: the slots after it can be taken only if it holds the card it held.
                if let reusing, slot == reusing.slot {
                    let now = items.count > itemsBefore ? itemCards.last?.id : nil
                    taking = taking && now == reusing.draft.slots.firstIndex(of: slot).map { reusing.draft.cards[$0].id }
                }
            }
            if taking, let reusing, slot != reusing.slot {
                // A slot the earlier draft left unfilled is unfilled again (its warning was given then).
                if let i = reusing.draft.slots.firstIndex(of: slot) {
                    items.append(reusing.draft.items[i]); itemCards.append(reusing.draft.cards[i]); itemSlots.append(slot)
                    used.insert(reusing.draft.cards[i].id)
                }
                continue
            }
            // A slot whose sets the minutes capped progresses by reps instead, as a 15-minute session does.
            let fixedSets = cuts.sets[slot] ?? templateSets
            let key = OptionsKey(slot: slot, used: used.ids.sorted(), plyoAllowed: plyoAllowed)
            let options: [ExerciseSelector.Choice]
            if let cached = optionsCache[key] {
                options = cached
            } else {
                options = selector.options(for: slot, allowed: allowed)
                optionsCache[key] = options
            }
            guard !options.isEmpty else {
                // The warning sign's rules, not the equipment, can be what leaves the slot empty: say which.
                let withoutTheSign = selector.options(for: slot, allowed: { !used.contains($0.id) && ($0.kind != .power || plyoAllowed) })
                said(withoutTheSign.isEmpty ? unfilledNotice(slot) : safetyUnfilledNotice(slot))
                continue
            }
            // Sessions A and B of a week alternate between the two best options; each repeats week to week.
            // Between the heel-raise protocol's days the calf slot takes the lightest calf work. Jumps do not
            // alternate: both sessions climb one chain from its easiest jump (pogo hops → single-leg hop).
            let lightCalfDay = slot == .calf && modules.hasFootProtocol
            // A weak area at the strength check takes the card that works it most, in every session.
            let priority = lightCalfDay ? nil : check?.verdict(for: slot)
            let choice = lightCalfDay ? lightCalfChoice(options, allowed: allowed)
                : priority.map { CheckPriorities.first(options, serving: $0.area) }
                ?? (slot == .plyometric ? options[0] : options[k % min(2, options.count)])
            var card = choice.card
            var easier = false
            var painCut = false
            if safety.regresses(card), card.kind == .strength {
                // One step easier, as long as the easier card still does the slot's job; otherwise the same
                // card with fewer sets in a pain-free range.
                if let step = selector.oneStepEasier(card), !used.contains(step.id), safety.permits(step), SlotCriteria.fits(step, slot, relaxed: true) {
                    card = step
                    easier = true
                } else {
                    painCut = true
                }
            }
            guard let dosed = Progression.apply(card, level: level, step: slot == .plyometric ? jumpStep : step,
                                                fixedSets: fixedSets, contactCap: contactCap,
                                                maxReps: LiftVolume.maxReps(slot, level: level),
                                                canLoad: selector.canLoad,
                                                harder: { easier || painCut || lightCalfDay ? nil : selector.harderVariant($0) {
                                                    // The glute-med slot never drifts to a card that only helps the glute med.
                                                    allowed($0) && SlotCriteria.fits($0, slot, relaxed: slot != .gluteMed)
                                                } })
            else { continue }
            var dose = dosed.dose
            let technique = isTechniqueWeek(week)
            dose = SessionFit.capped(dose, work: cuts.work[slot])
            if technique { dose = DoseRule.technique(dose, card: dosed.card, cap: cuts.work[slot]) }
            let fullSets = dose.sets
            if (light && !technique) || painCut {
                dose = lightSets.lighten(dose)
                lightened = true
            }
            if cuts.shortRests { dose.rest = SessionFit.shortestRest(dosed.card, default: dose.rest) }
            if slot == .calf { dose = LiftVolume.calfFloor(dose, card: dosed.card, minutes: profile.sessionMinutes, selector: selector) }
            dose.rest = RampUp.workRest(dose.rest, slot: slot, level: level)
            if lightCalfDay { dose.load = Load(.lightCalfDay) }
            else { dose.load = selector.ownLoad(dose.load, for: dosed.card) }
            if phase == .taper || phase == .recovery || firstWeeksOfARace || isReturnWeek(week), dose.load != nil, !Progression.isBodyWeight(dosed.card, dose) {
                // Nothing heavy in race week or straight after it: the load text must not say otherwise.
                dose.load = Load(.lightWeight)
            }
            if safety.bodyWeightOnly, dose.load != nil { dose.load = Load(.bodyWeightOnly) }
            // The calendar proposes more load this week as a value; the words come only where the log earns
            // it (`AutoRegulation`), never from the calendar alone (DOMAIN §6, Words follow values).
            let loadStep = dosed.addsLoad && phase.progresses && frozenAfter == nil && !light
            // Past the runner's heaviest dumbbell or loaded backpack the work comes from tempo and reps, never "add load".
            dose = OwnedLoad.fit(dose, card: dosed.card, selector: selector)
            switch choice.origin {
            case let .weakerRegression(of, missing):
                said(PlanNotice(.equipment, "No \(slot.role.rawValue) exercise that fully fits the plan can be done with your equipment: "
                    + "\(choice.card.name) takes the place of \(of.name), which needs " + missing.map(\.title).joined(separator: " and ") + "."))
            case .relaxed where safety.allowance < .everything:
                // The safety rules narrowed the choice: say so, not "your equipment".
                said(PlanNotice(.slotUnfilled, "No \(slot.role.rawValue) exercise that fully fits the plan for now: your warning sign or "
                    + "pain allows \(safety.allowance.phrase); \(choice.card.name) is the closest."))
            case .relaxed:
                said(PlanNotice(.equipment, "No \(slot.role.rawValue) exercise that fully fits the plan can be done with your "
                    + "equipment; \(choice.card.name) is the closest."))
            case .direct, .regression: break
            }
            for item in selector.missing(dosed.card) {
                said(PlanNotice(.equipment, "No \(item.title): the exercises that need one use a household stand-in (see their notes)."))
            }
            let rampUp = RampUp.sets(slot: slot, dose: dose, light: light)
            var (why, note) = words ? itemWords(slot, choice: choice, dosed: dosed, dose: dose, fullSets: fullSets, rampUp: rampUp, easier: easier,
                                                painCut: painCut, lightCalfDay: lightCalfDay) : ("", nil)
            // A side more than its limit behind: one more set on it, outside the light weeks and pain cuts.
            let extraSide = priority?.laggingSide.flatMap { dosed.card.unilateral && !light && !painCut ? $0 : nil }
            if let priority, words {
                why = CheckPriorities.why(priority) + ". " + why
                if let extraSide { note = [note, CheckPriorities.extraSetNote(priority, side: extraSide)].compactMap { $0 }.joined(separator: " ") }
            }
            let effort = DoseRule.rir(level: level, weekNumber: week, card: dosed.card, dose: dose, light: light, role: slot.role, painful: easier || painCut)
            var item = PlanItem(cardID: dosed.card.id, name: dosed.card.name, role: slot.role, dose: dose,
                                tempo: cuts.steadyTempo ? dosed.card.tempo : dosed.tempo,
                                rir: raceWeekRIR(afterLongRun ? AfterLongRun.effort(effort) : effort, phase: phase),
                                why: why, note: note)
            item.repStart = dosed.card.repStart.stored
            item.rampUp = rampUp
            item.slot = slot.key(session: String(UnicodeScalar(UInt8(65 + k))))
            item.extraSetSide = extraSide
            if loadStep { item.loadStep = true }
            if lightCalfDay {
                // Not a place the block remembers or the log progresses: it is light by design.
                item.staysLight = true
                item.slot = nil
            }
            items.append(item)
            itemCards.append(dosed.card)
            itemSlots.append(slot)
            used.insert(dosed.card.id)
        }
        notes += modules.sessionNotes
        if cuts.supersets { pairSupersets(&items, slots: itemSlots) }
        if words { notices.forEach { warn($0) } }
        return SessionFit.Draft(items: items, cards: itemCards, slots: itemSlots, notes: notes, jumps: plyoAllowed, lightened: lightened)
    }

    /// The why and the note of a session's item: written for the sessions the plan keeps, not for the
    /// drafts that only fit the minutes (their doses are all the fitting reads).
    private func itemWords(_ slot: PlanSlot, choice: ExerciseSelector.Choice, dosed: Progression.Result, dose: Dose, fullSets: Int,
                           rampUp: [RampUpSet]?, easier: Bool, painCut: Bool, lightCalfDay: Bool) -> (why: String, note: String?) {
        var itemNotes: [String] = painCut ? [LightSets.painCutNote(kept: dose.sets, of: fullSets)] : []
        if safety.bodyWeightOnly, dosed.dose.load != nil { itemNotes.append("Body weight only until a clinician clears your warning sign.") }
        if case let .weakerRegression(of, missing) = choice.origin {
            itemNotes.append(WhyText.replacementNote(card: dosed.card, of: of, missing: missing))
        }
        // Household stand-ins (a carpet for a mat) for whatever card the session ends up with.
        itemNotes += selector.standIns(dosed.card)
        if dosed.card.equipment.optional.contains(.step) && selector.owns(.step) && !lightCalfDay {
            itemNotes.append("You have a step: use its edge for the full range.")
        }
        if let rampUp { itemNotes.append(RampUp.note(rampUp)) }
        let origin = dosed.card.id == choice.card.id ? choice.origin : .direct
        let standIns = selector.missing(dosed.card)
        let key = WhyKey(card: dosed.card.id, role: slot.role, origin: origin.key, variantOf: dosed.variantOf?.id, easier: easier, standIns: standIns)
        let why = whys.value(for: key) {
            WhyText.why(card: dosed.card, role: slot.role, profile: profile, origin: origin, variantOf: dosed.variantOf,
                        easierBecauseOfPain: easier, standIns: standIns)
        }
        return (why, itemNotes.isEmpty ? nil : itemNotes.joined(separator: " "))
    }

    /// The calf work of a strength day between heavy heel-raise days: double-leg and without added weight
    /// where any such card can be done (DOMAIN §6: the light calf day stays light), else the option that
    /// loads the tendon least.
    private func lightCalfChoice(_ options: [ExerciseSelector.Choice], allowed: (ExerciseCard) -> Bool) -> ExerciseSelector.Choice {
        let light = selector.allCards.filter {
            $0.kind == .strength && !$0.unilateral && !$0.needsExternalLoad && selector.isDoable($0) && allowed($0)
                && SlotCriteria.fits($0, .calf, relaxed: true)
        }
        if let card = light.min(by: { ($0.score(.loadTolerance), $0.id) < ($1.score(.loadTolerance), $1.id) }) {
            return options.first { $0.card.id == card.id } ?? ExerciseSelector.Choice(card: card, origin: .direct)
        }
        return options.min { ($0.card.score(.loadTolerance), $0.card.id) < ($1.card.score(.loadTolerance), $1.card.id) }!
    }

    /// Marks the accessory pairs that follow each other as supersets, and says so on the first.
    private func pairSupersets(_ items: inout [PlanItem], slots: [PlanSlot?]) {
        for (first, second) in SessionFit.supersetPairs {
            guard let i = slots.firstIndex(of: first), i + 1 < items.count, slots[i + 1] == second else { continue }
            items[i].supersetWithNext = true
        }
        SupersetWords.write(&items)
    }

    /// "No calf exercise with your equipment: Single-leg calf raise needs a step or box. Sessions go without one."
    /// A slot the safety rules leave empty for now (a warning sign, pain): it says so, not "your equipment".
    private func safetyUnfilledNotice(_ slot: PlanSlot) -> PlanNotice {
        PlanNotice(.slotUnfilled, "No \(slot.role.rawValue) exercise for now: your warning sign or pain allows "
            + safety.allowance.phrase + "; it comes back when a clinician clears you or the pain settles.")
    }

    private func unfilledNotice(_ slot: PlanSlot) -> PlanNotice {
        let role = slot.role.rawValue
        guard let best = selector.bestOutOfReach(for: slot, allowed: { _ in true }) else {
            return PlanNotice(.slotUnfilled, "No \(role) exercise fits your level and equipment, so sessions go without one.")
        }
        return PlanNotice(.slotUnfilled, "No \(role) exercise with your equipment: \(best.name) needs "
            + selector.missing(best).map(\.title).joined(separator: " and ") + ". Sessions go without one until you add it to your equipment.")
    }

    /// A session of just the heel-raise protocol, on its days without strength work. `nearRace`: inside the
    /// race's heavy-free window or just after it, where it keeps its rhythm at a lighter weight.
    private func protocolSession(week: Int, date: CalendarDate, nearRace: Bool) -> PlanSession {
        // Each protocol counts its own weeks from its first session, not the block's (`TrainingBlock.protocolWeek`).
        let current = block.weekNumber(of: today)
        // While doses are frozen (pain above 5/10, a warning sign) the protocol stays at the week it had
        // reached, like every other dose (DOMAIN §3: no dose rises anywhere).
        let counted = frozenAfter.map { min(week, block.weeksBefore + $0 + 1) } ?? week
        let countedDate = frozenAfter == nil ? date : min(date, today)
        let protocolItems = modules.footProtocol(week: counted, nearRace: nearRace) {
            block.protocolWeek($0, on: countedDate, today: today, current: current) { moduleDays.first(onOrAfter: $0) ?? $0 }
        }
        let modulesItems = (protocolItems + modules.footStretches()).filter { safety.permits($0.card) }
        let pairs = modulesItems.map { moduleItem($0, week: week, light: false, step: 0, fixedSets: nil, contactCap: 0) }
        let title = switch (modules.isActive(.achilles), modules.isActive(.plantar)) {
        case (true, true): "Achilles and heel raises"
        case (true, false): "Achilles raises"
        default: "Plantar heel raises"
        }
        let seconds = SessionTiming.seconds(pairs.map(\.0), pairs.map(\.1))
        return PlanSession(title: title, kind: .strength, minutes: max(1, (seconds + 59) / 60), items: pairs.map(\.0),
                           runningCue: runningCue(pairs.map(\.1).filter { $0.kind != .stretch }, week: week),
                           notes: ["The protocol every second day: just these exercises today, no other strength work.",
                                   "Pain up to 5/10 is fine if it settles by the next morning; if not, use less load."])
    }

    /// The warm-up that opens the session, timed, led by one light set of glute bridges: the session's
    /// only activation. Nil when the catalog has no bridge.
    /// - Parameter module: an injury module's exercise that is the warm-up's activation instead of the
    ///   bridges (a sore knee's hold, sore shins' tibialis raises), at its own dose.
    private func warmUpItem(jumps: Bool, module: InjuryModule.Item?) -> (PlanItem, ExerciseCard)? {
        // The moves before the activation (marching, leg swings; leg circles lying down while nothing is
        // done standing) are timed steps of their own (`SessionFraming`), added on the way into the engine.
        var note = "After the warm-up moves"
        if let module {
            var dose = module.fixed?.dose ?? module.card.dose[profile.level] ?? Dose.reps(2, 15, rest: 30)
            dose.rest = min(dose.rest, PlanConstants.warmUpModuleRest)
            if case let .reps(range) = dose.work { dose.work = .reps(min(range.lowerBound, PlanConstants.warmUpModuleReps)...PlanConstants.warmUpModuleReps) }
            var item = PlanItem(cardID: module.card.id, name: "Warm-up with \(module.card.name.lowercased())", role: .warmUp, dose: dose,
                                tempo: module.fixed?.tempo ?? module.card.tempo, rir: nil,
                                why: "Warm-up, then " + module.why.prefix(1).lowercased() + module.why.dropFirst() + ".")
            item.repStart = module.card.repStart.stored
            while item.dose.sets > 1 && SessionTiming.seconds([item], [module.card]) > PlanConstants.warmUpMaxSeconds { item.dose.sets -= 1 }
            item.note = note + ", \(module.card.name.lowercased()): \(item.dose.summary). " + (module.note ?? "")
            return (item, module.card)
        }
        guard let bridge = selector.byID[PlanConstants.warmUpCard], safety.permits(bridge) else { return nil }
        note += ", one easy set of \(PlanConstants.warmUpBridgeReps) glute bridges."
        if jumps { note += " Finish with a few skips and 2 easy sets of 10 pogo rehearsals before the jumps." }
        var item = PlanItem(cardID: bridge.id, name: "Warm-up with glute bridges", role: .warmUp,
                            dose: Dose.reps(1, PlanConstants.warmUpBridgeReps, rest: 0), tempo: bridge.tempo, rir: nil,
                            why: WhyText.purpose(.warmUp) + ".", note: note)
        item.repStart = bridge.repStart.stored
        return (item, bridge)
    }

    /// - Parameter light: a light week for this item; a tendon protocol (fixed dose) is not deloaded, it
    ///   only eases in race week (DOMAIN §2, Deload).
    private func moduleItem(_ module: InjuryModule.Item, week: Int, light: Bool, step: Int, fixedSets: Int?, contactCap: Int,
                            lightKind: LightSets.Kind = .deload) -> (PlanItem, ExerciseCard) {
        let level = profile.level
        var dose: Dose
        var tempo: Tempo
        if let fixed = module.fixed {
            dose = fixed.dose; tempo = fixed.tempo
        } else if let dosed = Progression.apply(module.card, level: level, step: step, fixedSets: fixedSets, contactCap: contactCap,
                                                canLoad: selector.canLoad, harder: { _ in nil }) {
            dose = dosed.dose; tempo = dosed.tempo
        } else {
            dose = Dose.reps(2, 12, rest: 45); tempo = module.card.tempo
        }
        if light { dose = DoseRule.lighten(dose, kind: lightKind) }
        let rir = module.fixed == nil ? DoseRule.rir(level: level, weekNumber: week, card: module.card, dose: dose, light: light, role: module.role) : nil
        var item = PlanItem(cardID: module.card.id, name: module.card.name, role: module.role, dose: dose, tempo: tempo, rir: rir,
                            why: module.why + ".", note: module.note)
        item.repStart = module.card.repStart.stored
        if module.soreSideOnly { item.soreSideOnly = true }
        return (item, module.card)
    }

    // MARK: - Mobility

    /// After a race: gentle stretches only, one for each of the legs' key areas (calves, hamstrings,
    /// glutes, hips, quads) first, then the runner's injuries, one per area. Nothing intense (the couch
    /// stretch, pigeon), and no deep kneeling while a knee hurts.
    private func mobilitySession(week: Int) -> PlanSession {
        let kneeHurts = profile.status(of: .knee)?.isCurrent == true
        let stretches = selector.allCards.filter {
            $0.kind == .stretch && selector.isDoable($0) && safety.permits($0) && !PlanConstants.intenseStretches.contains($0.id)
                && !(kneeHurts && PlanConstants.kneeFlareSkippedStretches.contains($0.id))
        }
        let served = stretches.filter { !selector.servedInjuries($0).isEmpty } + stretches.filter { selector.servedInjuries($0).isEmpty }
        let keyAreas = PlanConstants.postRaceAreas.compactMap { area in served.first { $0.muscles.primary.first == area } }
        let ordered = keyAreas + served.filter { !keyAreas.contains($0) }
        var chosen: [ExerciseCard] = []
        var areas: Set<Muscle> = []
        for card in ordered where chosen.count < PlanConstants.mobilityStretches {
            let area = card.muscles.primary.first
            if let area, areas.contains(area) { continue }
            chosen.append(card)
            if let area { areas.insert(area) }
        }
        for card in ordered where chosen.count < PlanConstants.mobilityStretches && !chosen.contains(card) { chosen.append(card) }
        let items = chosen.map { card -> PlanItem in
            var why = "Mobility after your race: recovery for your " + card.muscles.primary.map(\.title).joined(separator: " and ")
            if let injuries = WhyText.injuryClause(card, profile: profile) { why += "; " + injuries }
            return PlanItem(cardID: card.id, name: card.name, role: .stretch, dose: card.dose[profile.level] ?? Dose.hold(2, seconds: 30, rest: 15),
                            tempo: card.tempo, rir: nil, why: why + ".", note: selector.standIns(card).isEmpty ? nil : selector.standIns(card).joined(separator: " "))
        }
        return PlanSession(title: "Post-race mobility", kind: .mobility, minutes: 15, items: items,
                           runningCue: runningCue(chosen, week: week),
                           notes: [RaceDay.afterRaceWords(profile.raceDistance) + " Stretching helps recovery; it does not prevent injuries."])
    }
}
