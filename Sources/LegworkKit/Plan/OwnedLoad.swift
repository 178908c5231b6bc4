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
    typealias Tool = LoadTool

    /// Below this the tool's weight is light for a dose asking for a heavy one.
    static func light(_ tool: Tool) -> Double { tool == .dumbbells ? lightDumbbellKg : lightBackpackKg }

    /// What loads `card` for this runner and the most it weighs; nil when nothing caps it (no weight given,
    /// or the card is not loaded with dumbbells or a backpack).
    static func cap(_ card: ExerciseCard, selector: ExerciseSelector) -> (tool: Tool, kg: Double)? {
        switch tool(card, selector: selector) {
        case .dumbbells: selector.profile.dumbbellMaxKg.map { (.dumbbells, $0) }
        case .backpack: selector.profile.backpackKg.map { (.backpack, $0) }
        case nil: nil
        }
    }

    /// What loads `card` for this runner, whatever it weighs: their dumbbells (or what stands in for them)
    /// when they own some and the card takes dumbbells, else their backpack when the card is loaded with
    /// one; nil otherwise.
    /// Worked out once per card and selector (`ExerciseSelector.Memo`): every dose of every draft asks it.
    static func tool(_ card: ExerciseCard, selector: ExerciseSelector) -> Tool? {
        selector.memo.tool(card) { findTool(card, selector: selector) }
    }

    private static func findTool(_ card: ExerciseCard, selector: ExerciseSelector) -> Tool? {
        let gear = Set(card.equipment.required + card.equipment.optional)
        // A stand-in counts by the equipment its words name (`SubstituteNeeds`), as everywhere else.
        let byDumbbell = gear.contains(.dumbbells)
            || card.equipment.substitutes.values.contains { SubstituteNeeds.read($0).equipment.contains(.dumbbells) }
        if selector.owns(.dumbbells) { return byDumbbell ? .dumbbells : nil }
        // Without dumbbells a loaded card takes its usable stand-in for them, else a loaded backpack (`loadWords`).
        let standIn = selector.usableSubstitute(card, for: .dumbbells)
        let byBackpack = gear.contains(.backpack)
            || (selector.canLoad(card) && (standIn.map { SubstituteNeeds.read($0).equipment.contains(.backpack) } ?? true))
        return byBackpack ? .backpack : nil
    }

    /// What loads a protocol's raise of `card` for this runner and the most it weighs: their dumbbells
    /// when they own them (`ExerciseSelector.loadWords` names them for any raise), else their backpack
    /// when it is what loads the card; nil when no weight is given.
    static func heaviest(_ card: ExerciseCard, selector: ExerciseSelector) -> (tool: Tool, kg: Double)? {
        if selector.owns(.dumbbells) { return selector.profile.dumbbellMaxKg.map { (.dumbbells, $0) } }
        return cap(card, selector: selector)
    }

    /// The runner can load `card` with a weight that is not light: a low-rep dose of it is genuinely heavy
    /// (DOMAIN §6, Volume floors), not a shrunken one.
    static func isHeavy(_ card: ExerciseCard, selector: ExerciseSelector) -> Bool {
        guard selector.canLoad(card), let (tool, kg) = cap(card, selector: selector) else { return false }
        return kg >= light(tool)
    }

    /// `dose` for `card` within what the runner owns; unchanged when that is enough or unknown.
    static func fit(_ dose: Dose, card: ExerciseCard, selector: ExerciseSelector) -> Dose {
        guard let (tool, kg) = cap(card, selector: selector), kg < light(tool), dose.load?.asksForMore == true else { return dose }
        var fitted = dose
        if case let .reps(range) = dose.work {
            fitted.work = .reps((range.lowerBound + PlanConstants.repsStep)...(range.upperBound + PlanConstants.repsStep))
        }
        let fromStepEdge = card.equipment.optional.contains(.step) && selector.owns(.step)
        fitted.load = Load(.slowLowering(tool, kg: kg, fromStepEdge: fromStepEdge))
        return fitted
    }
}
