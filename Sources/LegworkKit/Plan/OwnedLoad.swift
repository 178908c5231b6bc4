/// Rule: loads the runner owns (DOMAIN §2, Training blocks). A dose that asks for a heavy dumbbell from a
/// runner whose heaviest one is light keeps their weight and gets its work from a slower lowering and
/// more reps instead, and says so.
enum OwnedLoad {
    /// Below this, dumbbells are light for a dose written as heavy [conv].
    static let lightDumbbellKg = 10.0

    /// `dose` for `card` with the runner's heaviest dumbbell; unchanged when that is enough or unknown.
    static func fit(_ dose: Dose, card: ExerciseCard, heaviestKg: Double?) -> Dose {
        let byDumbbell = Set(card.equipment.required + card.equipment.optional).contains(.dumbbells)
            || card.equipment.substitutes.values.contains { $0.lowercased().contains("dumbbell") }
        guard let heaviest = heaviestKg, heaviest < lightDumbbellKg, byDumbbell,
              let load = dose.load?.lowercased(), load.contains("heav") else { return dose }
        var fitted = dose
        if case let .reps(range) = dose.work {
            fitted.work = .reps((range.lowerBound + PlanConstants.repsStep)...(range.upperBound + PlanConstants.repsStep))
        }
        fitted.load = "your \(AutoRegulation.kilograms(heaviest)) kg dumbbells, lowered over 4 s: "
            + "with 2 more reps that gives the work of a bigger weight"
        return fitted
    }
}
