extension Routine {
    /// The routine as a session the engine runs: each exercise at its written dose, the card's tempo and
    /// rest where the routine gives none (rest at `level`), one side only where it says so. The door then
    /// passes it through today's safety gate as it does the plan's sessions (`StrengthDoor`).
    public func sessionPlan(id: String, catalog: Catalog, level: Level) -> SessionPlan {
        // The roles the plan gives a scheduled programme, so the rules judge a routine run on its own alike.
        func role(_ exercise: RoutineExercise) -> PlanItem.Role { catalog.card(id: exercise.card)?.kind == .stretch ? .stretch : .programme }
        let parts: [(RoutineExercise, PlanItem.Role?)] = warmUp.map { ($0, .warmUp) } + (exercises + coolDown).map { ($0, role($0)) }
        let items = parts.map { sessionItem($0.0, role: $0.1, catalog: catalog, level: level) }
        let cue = allExercises.lazy.compactMap { catalog.card(id: $0.card)?.runningCue }.first { !$0.isEmpty } ?? ""
        return SessionPlan(id: id, title: title, kind: .strength, items: items, runningCue: cue)
    }

    func sessionItem(_ exercise: RoutineExercise, role: PlanItem.Role?, catalog: Catalog, level: Level) -> SessionItem {
        let card = catalog.card(id: exercise.card)
        let cardDose = card?.doseForRoutine(at: level)
        let dose = Dose(sets: exercise.sets, work: exercise.work, rest: exercise.rest ?? cardDose?.rest ?? 60, load: exercise.load.map(Load.described))
        let oneSide = exercise.side == .both ? nil : "\(exercise.side.rawValue.capitalized) side only"
        let cue = [oneSide, exercise.note, card?.cues.first].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        var item = SessionItem(
            cardID: exercise.card, name: card?.name ?? exercise.card, unilateral: (card?.unilateral ?? false) && exercise.side == .both,
            tempo: exercise.tempo ?? card?.tempo ?? .none, dose: dose, cue: cue, why: byline.map { "In your routine \($0)." } ?? "In your routine.",
            figure: card.flatMap { $0.figure.isEmpty ? nil : $0.figure })
        item.repStart = card?.repStart.stored
        item.role = role
        return item
    }

    /// How long the engine runs it, in seconds (the builder's preview, the schedule's fit).
    public func plannedSeconds(catalog: Catalog, level: Level) -> Int {
        Int(SessionEngine(plan: sessionPlan(id: "timing", catalog: catalog, level: level)).plannedTotal.components.seconds)
    }
}
