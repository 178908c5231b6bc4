/// A plan is a training block that lasts (DOMAIN.md §2, "Training blocks"): its start date and number are
/// kept in the store, so a profile edit adapts the weeks ahead instead of restarting week 1, and the block
/// after it carries on from where this one ended — its week count, its progression and the protocols' weeks.
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

    public init(start: CalendarDate, number: Int = 1, weeksBefore: Int = 0, stepsBefore: Int = 0, returnWeek: Bool = false) {
        self.start = start; self.number = number; self.weeksBefore = weeksBefore; self.stepsBefore = stepsBefore
        self.returnWeek = returnWeek
    }

    /// The first block, starting `start`.
    public static func first(_ start: CalendarDate) -> TrainingBlock { TrainingBlock(start: start) }

    /// A later block begins in the base phase only for the first one: after it, strength and power.
    public var continues: Bool { number > 1 }

    /// The block after `plan` (this block's plan), starting `start`: weeks and progression carry on.
    /// - Parameter afterMarathon: the block ended with a marathon: the next one starts with a return week.
    public func next(after plan: Plan, start: CalendarDate, afterMarathon: Bool = false) -> TrainingBlock {
        TrainingBlock(start: start, number: number + 1, weeksBefore: weeksBefore + plan.weeks.count,
                      stepsBefore: stepsBefore + plan.progressionSteps, returnWeek: afterMarathon && plan.raceDate != nil)
    }
}

extension Plan {
    /// Progression steps this block takes: one per base or build week (light weeks repeat a step).
    public var progressionSteps: Int { weeks.filter { $0.phase.progresses }.count }
}

extension TrainingBlock {

    enum CodingKeys: String, CodingKey {
        case start, number, weeksBefore = "weeks-before", stepsBefore = "steps-before", returnWeek = "return-week"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decode(CalendarDate.self, forKey: .start)
        number = try c.decode(Int.self, forKey: .number)
        weeksBefore = try c.decode(Int.self, forKey: .weeksBefore)
        stepsBefore = try c.decode(Int.self, forKey: .stepsBefore)
        returnWeek = try c.decodeIfPresent(Bool.self, forKey: .returnWeek) ?? false
    }
}
