/// Rule: loads the runner owns (DOMAIN §2, Training blocks; issue "loads the runner owns"). What loads an
/// exercise is the runner's dumbbells when they own them and the card takes dumbbells, else their backpack
/// when the card is loaded with one. A dose that asks for a heavy load from a runner whose heaviest dumbbell
/// or loaded backpack is light keeps their weight and gets its work from a slower lowering and more reps
/// (from a step's edge for a longer range where the card allows it) instead, and says so; auto-regulation
/// never adds weight past it (`AutoRegulation.owned`).
enum OwnedLoad {
    /// Below this, dumbbells are light for a dose written as heavy [conv].
    static let lightDumbbellKg = 10.0
    /// Below this, a loaded backpack is light for a dose written as heavy [conv].
    static let lightBackpackKg = 10.0

    /// What carries the load.
    enum Tool: Equatable {
        case dumbbells, backpack

        /// "your 4 kg dumbbells", "your 6 kg backpack".
        func words(_ kg: Double) -> String {
            switch self {
            case .dumbbells: "your \(AutoRegulation.kilograms(kg)) kg dumbbells"
            case .backpack: "your \(AutoRegulation.kilograms(kg)) kg backpack"
            }
        }

        /// Why no more weight: "your heaviest dumbbell is 12 kg", "your backpack holds 8 kg".
        func limit(_ kg: Double) -> String {
            switch self {
            case .dumbbells: "your heaviest dumbbell is \(AutoRegulation.kilograms(kg)) kg"
            case .backpack: "your backpack holds \(AutoRegulation.kilograms(kg)) kg"
            }
        }

        var light: Double { self == .dumbbells ? OwnedLoad.lightDumbbellKg : OwnedLoad.lightBackpackKg }
    }

    /// What loads `card` for this runner and the most it weighs; nil when nothing caps it (no weight given,
    /// or the card is not loaded with dumbbells or a backpack).
    static func cap(_ card: ExerciseCard, selector: ExerciseSelector) -> (tool: Tool, kg: Double)? {
        let gear = Set(card.equipment.required + card.equipment.optional)
        let byDumbbell = gear.contains(.dumbbells) || card.equipment.substitutes.values.contains { $0.lowercased().contains("dumbbell") }
        if selector.owns(.dumbbells) {
            guard byDumbbell, let kg = selector.profile.dumbbellMaxKg else { return nil }
            return (.dumbbells, kg)
        }
        let byBackpack = gear.contains(.backpack) || (selector.canLoad(card) && selector.loadWords(card).contains("backpack"))
        guard byBackpack, let kg = selector.profile.backpackKg else { return nil }
        return (.backpack, kg)
    }

    /// The runner can load `card` with a weight that is not light: a low-rep dose of it is genuinely heavy
    /// (DOMAIN §6, Volume floors), not a shrunken one.
    static func isHeavy(_ card: ExerciseCard, selector: ExerciseSelector) -> Bool {
        guard selector.canLoad(card), let (tool, kg) = cap(card, selector: selector) else { return false }
        return kg >= tool.light
    }

    /// A load text asking for a heavy weight or for more of it ("heavier dumbbells", "add load to progress").
    static func asksForMore(_ load: String) -> Bool {
        load.contains("heav") || load.contains("add load") || load.contains("add 2.5")
    }

    /// `dose` for `card` within what the runner owns; unchanged when that is enough or unknown.
    static func fit(_ dose: Dose, card: ExerciseCard, selector: ExerciseSelector) -> Dose {
        guard let (tool, kg) = cap(card, selector: selector), kg < tool.light,
              let load = dose.load?.lowercased(), asksForMore(load) else { return dose }
        var fitted = dose
        if case let .reps(range) = dose.work {
            fitted.work = .reps((range.lowerBound + PlanConstants.repsStep)...(range.upperBound + PlanConstants.repsStep))
        }
        let deficit = card.equipment.optional.contains(.step) && selector.owns(.step) ? ", from the step's edge for a longer range" : ""
        fitted.load = "\(tool.words(kg)), lowered over 4 s\(deficit): with 2 more reps that gives the work of a bigger weight"
        return fitted
    }
}
