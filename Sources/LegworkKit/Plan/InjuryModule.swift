/// Rule: the injury modules (DOMAIN.md §2, Injury modules; §1, protocol rows).
///
/// A module runs for a current injury, and for a past one when the goal is to stay pain-free:
/// - Achilles: heavy slow resistance (HSR) calf raises take the calf slot (Alfredson drops when no HSR
///   card can be done).
/// - Plantar fascia: Rathleff heel raises (in the calf slot unless the Achilles has it) plus plantar and
///   calf stretches.
/// - Knee: hip and knee work together (ranking already favours cards serving the knee) and a wall sit.
/// - IT band: one more glute-med exercise.
/// - Shins: graded running comes first (a notice; calf work did not speed recovery).
/// Returning from injury also adds the wall sit, 5 × 45 s, for pain relief.
struct InjuryModule {
    /// A module exercise: a protocol with its own dose, or a card dosed like any other (`fixed` nil).
    struct Item: Equatable {
        var card: ExerciseCard
        var role: PlanItem.Role
        var why: String
        var note: String?
        var fixed: FixedDose?
    }

    struct FixedDose: Equatable {
        var dose: Dose
        var tempo: Tempo
    }

    let profile: Profile
    let selector: ExerciseSelector

    /// The injuries whose module runs.
    var active: [InjuryStatus] {
        profile.injuries.filter { $0.isCurrent || profile.goal == .painFree }
    }

    func isActive(_ injury: Injury) -> Bool { active.contains { $0.injury == injury } }

    private func describe(_ injury: Injury) -> String {
        guard let status = profile.status(of: injury) else { return injury.title }
        return status.isCurrent ? "your \(injury.phrase) (pain \(status.pain)/10)" : "your past \(injury.phrase)"
    }

    /// Module exercises, like every other, are only ones the runner can do with their equipment.
    private func usable(_ card: ExerciseCard) -> Bool { selector.isDoable(card) }

    private func substituteNote(_ card: ExerciseCard) -> String? {
        let notes = selector.standIns(card)
        return notes.isEmpty ? nil : notes.joined(separator: " ")
    }

    private static func scheduled(_ schedule: [(fromWeek: Int, sets: Int, reps: Int)], week: Int) -> (sets: Int, reps: Int) {
        let row = schedule.last { $0.fromWeek <= week } ?? schedule[0]
        return (row.sets, row.reps)
    }

    // MARK: - Achilles

    /// Cards that can carry heavy slow resistance for the Achilles, heaviest first.
    private var hsrCards: [ExerciseCard] {
        let calf: Set<Muscle> = [.calves, .soleus]
        return selector.allCards.filter {
            $0.kind == .strength && $0.protocolNotes == nil && $0.injuries.contains(.achilles) && !Set($0.muscles.primary).isDisjoint(with: calf)
        }.sorted { (-$0.score(.loadTolerance), -$0.score(.carryover), $0.id) < (-$1.score(.loadTolerance), -$1.score(.carryover), $1.id) }
    }

    private var rathleffCards: [ExerciseCard] {
        selector.allCards.filter { $0.kind == .strength && $0.injuries.contains(.plantar) && $0.muscles.primary.contains(.plantarFascia) }
    }

    /// "a step or box and a towel": what the runner lacks for the first of `cards`.
    private func lacking(_ cards: [ExerciseCard]) -> String? {
        guard let card = cards.first else { return nil }
        return selector.missing(card).map { $0 == .dumbbells ? $0.title : "a \($0.title)" }.joined(separator: " and ")
    }

    /// HSR calf raises for an Achilles, dosed for plan week `week`.
    func achillesHSR(week: Int) -> Item? {
        guard isActive(.achilles) else { return nil }
        let (sets, reps) = Self.scheduled(PlanConstants.hsrSchedule, week: week)
        let why = "Achilles module, heavy slow resistance: a heavy, slow load makes the tendon stronger; for \(describe(.achilles))"
        let note = "3 s up, 3 s down. Three times a week: on one more day, do just this exercise. Pain up to 5/10 is fine if it "
            + "settles by the next morning. Pain at the heel bone itself: lower only to floor level, never below the step."
        if let card = hsrCards.first(where: usable) {
            let dose = Dose.reps(sets, reps, rest: 120, load: "heavy: the most you can lift \(reps) times")
            return Item(card: card, role: .injuryModule, why: why, note: [note, substituteNote(card)].compactMap { $0 }.joined(separator: " "),
                        fixed: FixedDose(dose: dose, tempo: .phases(down: 3, pause: 0, up: 3)))
        }
        // No card for HSR: the Alfredson drops, which need only a step.
        guard let drops = selector.allCards.first(where: { $0.protocolNotes != nil && $0.injuries.contains(.achilles) && usable($0) }) else { return nil }
        let dose = drops.dose[profile.level] ?? Dose.reps(3, 15, rest: 60)
        return Item(card: drops, role: .injuryModule,
                    why: "Achilles module, Alfredson heel drops: slow lowering loads the tendon so it remodels; for \(describe(.achilles))",
                    note: (drops.protocolNotes ?? []).joined(separator: " "), fixed: FixedDose(dose: dose, tempo: drops.tempo))
    }

    // MARK: - Plantar fascia

    /// Rathleff heel raises for the plantar fascia, dosed for plan week `week`.
    func plantarRathleff(week: Int) -> Item? {
        guard isActive(.plantar),
              let card = rathleffCards.first(where: usable) else { return nil }
        let (sets, reps) = Self.scheduled(PlanConstants.rathleffSchedule, week: week)
        let dose = Dose.reps(sets, reps, rest: 90, load: "a backpack: the most you can lift \(reps) times")
        let note = "Towel rolled under your toes; 3 s up, 2 s at the top, 3 s down. Every second day."
        return Item(card: card, role: .injuryModule,
                    why: "Plantar module, Rathleff heel raises: high-load raises beat stretching at 3 months; for \(describe(.plantar))",
                    note: [note, substituteNote(card)].compactMap { $0 }.joined(separator: " "),
                    fixed: FixedDose(dose: dose, tempo: .phases(down: 3, pause: 2, up: 3)))
    }

    /// The protocol that takes the calf slot, if any: the Achilles first, then the plantar fascia.
    func calfSlot(week: Int) -> Item? { achillesHSR(week: week) ?? plantarRathleff(week: week) }

    // MARK: - Extras

    /// Module exercises added after the template's slots. `used` holds the session's cards so far.
    func extras(week: Int, used: Set<String>) -> [Item] {
        var items: [Item] = []
        var taken = used
        func add(_ item: Item?) {
            guard let item, !taken.contains(item.card.id) else { return }
            items.append(item)
            taken.insert(item.card.id)
        }
        // Both Achilles and plantar: the Achilles has the calf slot, Rathleff comes here.
        add(plantarRathleff(week: week))
        if isActive(.itbs) {
            let options = selector.options(for: .gluteMed) { !taken.contains($0.id) && $0.injuries.contains(.itbs) }
            if let choice = options.first {
                add(Item(card: choice.card, role: .injuryModule,
                         why: "IT band module, more glute-med work: abductor weakness in ITBS was corrected within 6 weeks; for \(describe(.itbs))",
                         note: substituteNote(choice.card), fixed: nil))
            }
        }
        if (profile.goal == .painFree && !active.isEmpty) || profile.status(of: .knee)?.isCurrent == true {
            if let wallSit = selector.allCards.first(where: {
                $0.kind == .strength && $0.tempo == .isometric && $0.injuries.contains(.knee) && $0.muscles.primary.contains(.quads) && usable($0)
            }) {
                add(Item(card: wallSit, role: .painRelief,
                         why: "Pain relief: a long wall sit can ease knee pain for a while (the evidence is mixed)",
                         note: substituteNote(wallSit), fixed: FixedDose(dose: PlanConstants.painReliefHold, tempo: .isometric)))
            }
        }
        if isActive(.plantar) {
            let stretches = selector.allCards.filter { $0.kind == .stretch && $0.injuries.contains(.plantar) && usable($0) }.prefix(2)
            for stretch in stretches {
                add(Item(card: stretch, role: .stretch,
                         why: "Plantar module: stretch the fascia and calf after loading them; for \(describe(.plantar))",
                         note: substituteNote(stretch),
                         fixed: FixedDose(dose: stretch.dose[profile.level] ?? Dose.hold(2, seconds: 30, rest: 15), tempo: stretch.tempo)))
            }
        }
        return items
    }

    /// What every strength session of this runner should keep in mind.
    var sessionNotes: [String] {
        var notes: [String] = []
        if isActive(.knee) { notes.append("Knee: hip and knee exercises work best together; stay in a pain-free range of motion.") }
        if isActive(.achilles) { notes.append("Achilles: do the heavy slow calf raises three times a week.") }
        return notes
    }

    /// Plan-level notices for the modules.
    var notices: [PlanNotice] {
        var notices: [PlanNotice] = []
        if profile.injuries.contains(where: \.isCurrent) {
            notices.append(PlanNotice(.painMonitoring, "During rehab exercises, pain up to 5/10 is acceptable if it settles by the next "
                + "morning; if it doesn't, go one step easier. Judge sessions by effort, not by soreness."))
        }
        // A module the runner's equipment cannot carry is said out loud rather than prescribed anyway.
        if isActive(.achilles) && achillesHSR(week: 1) == nil, let lacking = lacking(hsrCards) {
            notices.append(PlanNotice(.equipment, "Achilles: the heavy slow calf raises need \(lacking), which your equipment lacks; "
                + "add it to get the Achilles exercises."))
        }
        if isActive(.plantar) && plantarRathleff(week: 1) == nil, let lacking = lacking(rathleffCards) {
            notices.append(PlanNotice(.equipment, "Plantar fascia: the Rathleff heel raises need \(lacking), which your equipment "
                + "lacks; add it to get the plantar exercise."))
        }
        if isActive(.shins) {
            notices.append(PlanNotice(.gradedRunning, "Shin splints: graded running comes first. Keep runs short and easy and add "
                + "distance only while the shins stay calm; calf work did not speed recovery on its own."))
        }
        return notices
    }
}
