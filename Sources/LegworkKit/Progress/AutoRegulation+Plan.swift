extension AutoRegulation {
    /// The target when a plan item has none (timed holds, injury protocols): the usual middle ground.
    public static let defaultTarget = RepsInReserve(2, 3)

    /// The decision for one item of the plan: its dose and reps-in-reserve target, the card's
    /// variants, and the load increment its equipment allows.
    public static func decide(for item: PlanItem, card: ExerciseCard, sets: [SetRecord],
                              nextMorningPain: Int? = nil) -> DoseDecision {
        decide(for: item, card: card, sessions: sessionsOldestFirst(sets.filter { $0.exerciseID == card.id }),
               nextMorningPain: nextMorningPain)
    }

    /// The same decision from the card's sessions, oldest first (see `decide(card:dose:target:sessions:)`).
    static func decide(for item: PlanItem, card: ExerciseCard, sessions: [[SetRecord]], nextMorningPain: Int? = nil) -> DoseDecision {
        decide(card: card, dose: item.dose, target: item.rir ?? defaultTarget, sessions: sessions,
               nextMorningPain: nextMorningPain, incrementKg: incrementKg(for: card))
    }

    /// The smallest load step the card's equipment usually allows: plates on a trap bar come in
    /// 1.25 kg pairs (2.5 kg), kettlebells jump 4 kg, dumbbells 1 kg (adjustable) and a backpack takes
    /// half a litre of water at a time.
    public static func incrementKg(for card: ExerciseCard) -> Double {
        let gear = Set(card.equipment.required + card.equipment.optional)
        if gear.contains(.trapBar) { return 2.5 }
        if gear.contains(.dumbbells) { return 1 }
        if gear.contains(.kettlebell) { return 4 }
        if gear.contains(.backpack) { return 0.5 }
        return 1
    }
}
