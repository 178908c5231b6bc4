/// A plan is a training block that lasts (DOMAIN.md §2, "Training blocks"): its start date and number are
/// kept in the store, so a profile edit adapts the weeks ahead instead of restarting week 1, and the block
/// after it carries on from where this one ended — its week count, its progression and the protocols' weeks.
///
/// Besides what it derives from its start, the block remembers what the runner reached: each slot's
/// exercise and working dose as the log moved them (`slots`), the week each tendon protocol began
/// (`protocolStarts`) and the jump gate's state (`jumpGate`). `PlanGenerator.adapt` and
/// `TrainingBlock.recording` update them; a block stored before they existed decodes with none.
public struct TrainingBlock: Codable, Hashable, Sendable {
    /// The first day of the block (its week 1 is the Monday-to-Sunday week holding it).
    public var start: CalendarDate
    /// 1 for the first block; each new block adds one.
    public var number: Int
    /// Weeks of the earlier blocks: week numbers, the beginner's weeks before jumping and the tendon
    /// protocols count on across blocks.
    public var weeksBefore: Int
    /// Progression steps reached by the earlier blocks: the doses start from there, not from scratch.
    public var stepsBefore: Int
    /// The block follows a marathon: its first week is a return week at about half the volume (DOMAIN §2).
    public var returnWeek: Bool
    /// What each slot of the sessions reached, by slot (`PlanItem.slot`): the exercise, its working dose
    /// and variant as the log last moved them. The next block starts from these too.
    public var slots: [String: ReachedSlot]
    /// The week number (counting across blocks) in which each tendon protocol began its week 1. Nil: a
    /// block stored before protocols were counted, whose running protocols count from week 1.
    public var protocolStarts: [TendonProtocol: Int]?
    /// The day each tendon protocol began (the day the plan first held it): its week 1 is the 7 days from
    /// its first session on or after that day (DOMAIN §6: protocols count from their first session). Nil
    /// or missing for a protocol recorded before days were kept, which counts by `protocolStarts`.
    public var protocolStartDays: [TendonProtocol: CalendarDate]?
    /// Where the beginner's pain-free weeks before jumping stand.
    public var jumpGate: JumpGate
    /// The week each tendon protocol is held at while doses are frozen (pain above 5/10, a warning sign, a
    /// clinician hold): its stage does not move until the hold ends, and then it restarts one stage lower
    /// (DOMAIN §6, A clinician hold). Nil or no entry: not held.
    public var protocolHolds: [TendonProtocol: Int]?

    public init(start: CalendarDate, number: Int = 1, weeksBefore: Int = 0, stepsBefore: Int = 0, returnWeek: Bool = false,
                slots: [String: ReachedSlot] = [:], protocolStarts: [TendonProtocol: Int]? = [:],
                protocolStartDays: [TendonProtocol: CalendarDate]? = [:], jumpGate: JumpGate = JumpGate()) {
        self.start = start; self.number = number; self.weeksBefore = weeksBefore; self.stepsBefore = stepsBefore
        self.returnWeek = returnWeek; self.slots = slots; self.protocolStarts = protocolStarts
        self.protocolStartDays = protocolStartDays; self.jumpGate = jumpGate
    }

    /// This block with the protocols held at `holds` (a hold carries into the next block).
    func holding(_ holds: [TendonProtocol: Int]?) -> TrainingBlock {
        var block = self
        block.protocolHolds = holds
        return block
    }

    /// The first block, starting `start`.
    public static func first(_ start: CalendarDate) -> TrainingBlock { TrainingBlock(start: start) }

    /// A later block begins in the base phase only for the first one: after it, strength and power.
    public var continues: Bool { number > 1 }

    /// The week number (counting across blocks) of the week holding `date`.
    public func weekNumber(of date: CalendarDate) -> Int {
        weeksBefore + date.startOfWeek.days(since: start.startOfWeek) / 7 + 1
    }

    /// The block after `plan` (this block's plan), starting `start`: weeks and progression carry on, and so
    /// do the doses reached, the protocols' weeks and the jump gate.
    /// - Parameter afterMarathon: the block ended with a marathon: the next one starts with a return week.
    public func next(after plan: Plan, start: CalendarDate, afterMarathon: Bool = false) -> TrainingBlock {
        next(weeks: plan.weeks.map(\.phase), race: plan.raceDate != nil, start: start, afterMarathon: afterMarathon)
    }

    /// The block after one whose weeks had `phases` (and a race when `race`), starting `start`.
    func next(weeks phases: [PlanPhase], race: Bool, start: CalendarDate, afterMarathon: Bool) -> TrainingBlock {
        TrainingBlock(start: start, number: number + 1, weeksBefore: weeksBefore + phases.count,
                      stepsBefore: stepsBefore + phases.filter(\.progresses).count, returnWeek: afterMarathon && race,
                      slots: slots, protocolStarts: protocolStarts, protocolStartDays: protocolStartDays, jumpGate: jumpGate)
            .holding(protocolHolds)
    }

    /// Week `number` of tendon protocol `kind` for a block week: counted from the week it began; a protocol
    /// not yet recorded begins in `current` (the week holding today), except in a block stored before
    /// protocols were counted, where it began with week 1.
    public func protocolWeek(_ kind: TendonProtocol, week number: Int, current: Int) -> Int {
        if let held = protocolHolds?[kind] { return held }
        let began = protocolStarts.map { $0[kind] ?? current } ?? 1
        return max(1, number - began + 1)
    }

    /// Week `number` of tendon protocol `kind` on `date`: 7 days at a time from its first session, the
    /// first protocol day (`firstSession`) on or after the day it began; a protocol not yet recorded
    /// begins `today`. A protocol recorded before its day was kept counts by week (`protocolWeek(_:week:current:)`).
    func protocolWeek(_ kind: TendonProtocol, on date: CalendarDate, today: CalendarDate, current: Int,
                      firstSession: (CalendarDate) -> CalendarDate) -> Int {
        if let held = protocolHolds?[kind] { return held }
        let began: CalendarDate
        if let day = protocolStartDays?[kind] {
            began = day
        } else if protocolStarts == nil || protocolStarts?[kind] != nil {
            return protocolWeek(kind, week: weekNumber(of: date), current: current)
        } else {
            began = today
        }
        return max(1, date.days(since: firstSession(began)) / 7 + 1)
    }
}

/// The tendon protocols whose weeks are counted (DOMAIN §1, protocol rows).
public enum TendonProtocol: String, Codable, Hashable, Sendable, CaseIterable, CodingKeyRepresentable {
    /// Heavy slow resistance for the Achilles.
    case hsr
    /// Rathleff heel raises for the plantar fascia.
    case rathleff
}

/// The beginner's wait before jumping (DOMAIN §2: pogo hops after 4 pain-free weeks), as the block keeps it.
public struct JumpGate: Codable, Hashable, Sendable {
    /// The week number (across blocks) from which the pain-free weeks count: 1, or the week after a flare.
    public var countFrom: Int
    /// The wait is over: later flares stop jumps while they last but do not start the wait again.
    public var opened: Bool

    public init(countFrom: Int = 1, opened: Bool = false) { self.countFrom = countFrom; self.opened = opened }

    /// Pain-free weeks done by the start of week `number` plus this one (week 1 of the count is 1).
    public func weeksCounted(atWeek number: Int) -> Int { opened ? Int.max : number - countFrom + 1 }
}

/// What one slot of the sessions reached: the exercise (the slot's card or a harder or easier variant the
/// log moved it to), its working dose and tempo, and the words of the last change.
public struct ReachedSlot: Codable, Hashable, Sendable {
    public var cardID: String
    public var dose: Dose
    public var tempo: Tempo
    /// Why the log changed it last, as a value (words stored before reasons were values: `.words`).
    public var reason: DoseReason?
    /// What the log changed last, in the plan's export words ("harder: copenhagen_plank, 3x30 s twice").
    public var change: String? { reason?.shorthand }
    /// What the log did last, as a value: what the next reading decides from.
    public var step: LogStep?
    /// The first day of the plan this dose is for.
    public var since: CalendarDate

    public init(cardID: String, dose: Dose, tempo: Tempo, reason: DoseReason?, step: LogStep? = nil, since: CalendarDate) {
        self.cardID = cardID; self.dose = dose; self.tempo = tempo; self.reason = reason; self.step = step; self.since = since
    }

    /// A slot whose reason is words (stored before reasons were values, or written by hand in a test).
    public init(cardID: String, dose: Dose, tempo: Tempo, change: String?, step: LogStep? = nil, since: CalendarDate) {
        self.init(cardID: cardID, dose: dose, tempo: tempo, reason: change.map(DoseReason.words), step: step, since: since)
    }

    private enum CodingKeys: String, CodingKey { case cardID, dose, tempo, change, reason, step, since }

    /// A slot stored before steps were values reads its step from its words, once.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cardID = try c.decode(String.self, forKey: .cardID)
        dose = try c.decode(Dose.self, forKey: .dose)
        tempo = try c.decode(Tempo.self, forKey: .tempo)
        let words = try c.decodeIfPresent(String.self, forKey: .change)
        reason = try c.decodeIfPresent(DoseReason.self, forKey: .reason) ?? words.map(DoseReason.words)
        step = try c.decodeIfPresent(LogStep.self, forKey: .step) ?? LogStep(storedWords: words)
        since = try c.decode(CalendarDate.self, forKey: .since)
    }

    /// The reason as a value, and its words for a reader of the stored block.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cardID, forKey: .cardID)
        try c.encode(dose, forKey: .dose)
        try c.encode(tempo, forKey: .tempo)
        try c.encodeIfPresent(change, forKey: .change)
        try c.encodeIfPresent(reason, forKey: .reason)
        try c.encodeIfPresent(step, forKey: .step)
        try c.encode(since, forKey: .since)
    }
}

extension Plan {
    /// Progression steps this block takes: one per base or build week (light weeks repeat a step).
    public var progressionSteps: Int { weeks.filter { $0.phase.progresses }.count }
}

extension TrainingBlock {

    enum CodingKeys: String, CodingKey {
        case start, number, weeksBefore = "weeks-before", stepsBefore = "steps-before", returnWeek = "return-week"
        case slots, protocolStarts = "protocol-starts", protocolStartDays = "protocol-start-days", jumpGate = "jump-gate"
        case protocolHolds = "protocol-holds"
    }

    /// Blocks stored before slots, protocol weeks and the jump gate were kept still decode.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decode(CalendarDate.self, forKey: .start)
        number = try c.decode(Int.self, forKey: .number)
        weeksBefore = try c.decode(Int.self, forKey: .weeksBefore)
        stepsBefore = try c.decode(Int.self, forKey: .stepsBefore)
        returnWeek = try c.decodeIfPresent(Bool.self, forKey: .returnWeek) ?? false
        slots = try c.decodeIfPresent([String: ReachedSlot].self, forKey: .slots) ?? [:]
        protocolStarts = try c.decodeIfPresent([TendonProtocol: Int].self, forKey: .protocolStarts)
        protocolStartDays = try c.decodeIfPresent([TendonProtocol: CalendarDate].self, forKey: .protocolStartDays)
        jumpGate = try c.decodeIfPresent(JumpGate.self, forKey: .jumpGate) ?? JumpGate()
        protocolHolds = try c.decodeIfPresent([TendonProtocol: Int].self, forKey: .protocolHolds)
    }
}

extension TendonProtocol {
    /// The protocol's stages: (from its week, sets, reps) (DOMAIN §1, protocol rows).
    var schedule: [(fromWeek: Int, sets: Int, reps: Int)] {
        switch self {
        case .hsr: PlanConstants.hsrSchedule
        case .rathleff: PlanConstants.rathleffSchedule
        }
    }

    /// The week to restart from after a hold at week `held`: the first week of the stage below the one
    /// held (week 1 when that was the first stage) [conv: DOMAIN §6].
    func restartWeek(afterHolding held: Int) -> Int {
        let stage = schedule.lastIndex { $0.fromWeek <= held } ?? 0
        return schedule[max(0, stage - 1)].fromWeek
    }
}
