/// What the plan takes from the runner's latest strength check (DOMAIN.md §5, "what it changes"): the weak
/// areas, first in their session slot and in the dose, each with the figures that made it weak; the side
/// that lags beyond its limit; and whether the check passed the return-to-jumping test.
public struct CheckPriorities: Hashable, Sendable {
    /// The check read.
    public let check: StrengthCheck
    /// The weak areas' verdicts, in the check's order.
    public let weak: [CheckVerdict]

    public init(check: StrengthCheck, age: Int?, sex: Sex?) {
        self.check = check
        self.weak = CheckVerdict.all(check, age: age, sex: sex).filter(\.weak)
    }

    /// The latest of `checks`, read for `profile`; nil without any.
    public static func latest(_ checks: [StrengthCheck], profile: Profile) -> CheckPriorities? {
        checks.max { $0.date < $1.date }.map { CheckPriorities(check: $0, age: profile.age, sex: profile.sex) }
    }

    /// The weak area a session slot serves, if any (ankle mobility has no strength slot).
    func verdict(for slot: PlanSlot) -> CheckVerdict? {
        weak.first { Self.slot(for: $0.area) == slot }
    }

    /// The slot that trains an area: calves the calf work, the back of the thighs the main single-leg lift,
    /// the side of the trunk the core work, hip control the glute-med work.
    static func slot(for area: CheckArea) -> PlanSlot? {
        switch area {
        case .calves: .calf
        case .backOfThighs: .singleLegMain
        case .sideOfTrunk: .core
        case .hipControl: .gluteMed
        case .ankles: nil
        }
    }

    /// The muscles a card must work first to serve the area.
    static func muscles(for area: CheckArea) -> Set<Muscle> {
        switch area {
        case .calves: [.calves, .soleus]
        case .backOfThighs: [.hamstrings, .gluteMax]
        case .sideOfTrunk: [.obliques, .gluteMed]
        case .hipControl: [.gluteMed]
        case .ankles: []
        }
    }

    /// The slots the weak areas train: the fit keeps them and cuts their sets last.
    var slots: Set<PlanSlot> { Set(weak.compactMap { Self.slot(for: $0.area) }) }

    /// The options of a weak area's slot with the card that works the area's muscles most first (the
    /// selector's order otherwise): it is taken in every session instead of alternating.
    static func first(_ options: [ExerciseSelector.Choice], serving area: CheckArea) -> ExerciseSelector.Choice {
        let muscles = muscles(for: area)
        func rank(_ choice: ExerciseSelector.Choice) -> (Int, Int, Int) {
            // The most of the area's muscles worked first, then load tolerance (a weak area needs load),
            // then the selector's earlier option.
            (muscles.intersection(choice.card.muscles.primary).count, choice.card.score(.loadTolerance), -options.firstIndex(of: choice)!)
        }
        let served = options.filter { !muscles.isDisjoint(with: $0.card.muscles.primary) }
        return served.max { rank($0) < rank($1) } ?? options[0]
    }

    /// "Calves first: your heel-raise test was 18 left, 26 right" (the start of the item's why).
    static func why(_ verdict: CheckVerdict) -> String {
        let text = "\(verdict.area.words) first: \(verdict.figures)"
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "One more set on your left side: it was 31% behind the right at your strength check."
    static func extraSetNote(_ verdict: CheckVerdict, side: Side) -> String {
        let other: Side = side == .left ? .right : .left
        let gap = verdict.difference.map { verdict.score.test == .kneeToWall ? "\($0.amount) cm" : "\($0.amount)%" } ?? ""
        return "One more set on your \(side.rawValue) side: it was \(gap) behind the \(other.rawValue) at your strength check."
    }
}
