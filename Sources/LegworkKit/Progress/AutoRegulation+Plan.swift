extension AutoRegulation {
    /// The target when a plan item has none (timed holds, injury protocols): the usual middle ground.
    public static let defaultTarget = RepsInReserve(2, 3)

    /// The decision for one item of the plan: its dose and reps-in-reserve target, the card's
    /// variants, and the load increment its equipment allows (`LoadIncrement`).
    public static func decide(for item: PlanItem, card: ExerciseCard, sets: [SetRecord],
                              nextMorningPain: Int? = nil) -> DoseDecision {
        decide(for: item, card: card, sessions: sessionsOldestFirst(sets.filter { $0.exerciseID == card.id }),
               nextMorningPain: nextMorningPain)
    }

    /// The same decision from the card's sessions, oldest first (see `decide(card:dose:target:sessions:)`).
    /// Without the runner's selector (their profile) the card's own gear in kilograms sets the increment.
    static func decide(for item: PlanItem, card: ExerciseCard, sessions: [[SetRecord]], nextMorningPain: Int? = nil,
                       selector: ExerciseSelector? = nil) -> DoseDecision {
        let increment = selector.map { LoadIncrement.of(card, selector: $0) } ?? LoadIncrement(LoadIncrement.gear(of: card, owned: []), unit: .kg)
        return decide(card: card, dose: item.dose, target: item.rir ?? defaultTarget, sessions: sessions,
                      nextMorningPain: nextMorningPain, increment: increment)
    }
}
