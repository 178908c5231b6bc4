/// Rule: the injury modules (DOMAIN.md §2, Injury modules; §1, protocol rows).
///
/// A module runs while an injury hurts now; a healed (past) one gets maintenance instead: the plan's
/// ranking favours the cards that guard it, and no rehab protocol is prescribed.
/// - Achilles: heavy slow resistance (HSR), a standing and a bent-knee (soleus) calf raise, 3 s up and 3 s
///   down, at least three times a week (Alfredson drops when no card can carry HSR).
/// - Plantar fascia: Rathleff heel raises every second day, plus plantar and calf stretches.
/// - Both: one combined protocol, the standing raise done Rathleff-style on a towel, every second day.
/// - Knee: an isometric hold before loading only while the knee hurts; knee-dominant single-leg work is
///   favoured and progresses as usual.
/// - IT band: the glute-med slot favours the abduction chain (side-lying → band walk → hip hike).
/// - Shins: tibialis raises and soleus work, graded running first (a notice).
/// Module exercises take the place of template slots (the calf slot, the second single-leg lift) rather
/// than being added on top, so the session keeps its minutes.
struct InjuryModule {
    /// A module exercise: a protocol with its own dose, or a card dosed like any other (`fixed` nil).
    struct Item: Equatable {
        var card: ExerciseCard
        var role: PlanItem.Role
        var why: String
        var note: String?
        var fixed: FixedDose?
        /// Done on the sore leg only (see `PlanItem.soreSideOnly`).
        var soreSideOnly = false
    }

    struct FixedDose: Equatable {
        var dose: Dose
        var tempo: Tempo
    }

    let profile: Profile
    let selector: ExerciseSelector
    /// Whether a heel-raise protocol runs (Achilles, plantar fascia or both). Worked out once: every
    /// session of every draft asks it, and the answer is the whole protocol's.
    private(set) var hasFootProtocol = false
    /// Cards that can carry heavy slow resistance for the Achilles standing, heaviest first (`standingCalf`).
    private var standingCalfCards: [ExerciseCard] = []

    /// The knee's hold and the shins' raises (`kneeIsometric`, `shinItems`): every draft of every session asks.
    private var knee: Item?
    private var shins: [Item] = []

    init(profile: Profile, selector: ExerciseSelector) {
        self.profile = profile
        self.selector = selector
        standingCalfCards = standingCalf()
        hasFootProtocol = !footProtocol(week: 1).isEmpty
        knee = kneeHold()
        shins = tibialisRaises()
    }

    /// The injuries whose module runs: those that hurt now.
    var active: [InjuryStatus] { profile.injuries.filter(\.isCurrent) }

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

    private func card(_ id: String) -> ExerciseCard? { selector.byID[id].flatMap { usable($0) ? $0 : nil } }

    // MARK: - Achilles and plantar fascia: one heel-raise protocol


    /// The tendon protocols that run: HSR while the Achilles hurts, Rathleff while the plantar fascia does
    /// (with both, the one raise on a towel counts as both).
    var runningProtocols: Set<TendonProtocol> {
        guard hasFootProtocol else { return [] }
        var running: Set<TendonProtocol> = []
        if isActive(.achilles) { running.insert(.hsr) }
        if isActive(.plantar) { running.insert(.rathleff) }
        return running
    }

    /// Cards that can carry heavy slow resistance for the Achilles standing, heaviest first.
    private func standingCalf() -> [ExerciseCard] {
        selector.allCards.filter {
            $0.kind == .strength && $0.protocolNotes == nil && $0.injuries.contains(.achilles)
                && $0.muscles.primary.contains(.calves) && usable($0)
        }.sorted { (-$0.score(.loadTolerance), -$0.score(.carryover), $0.id) < (-$1.score(.loadTolerance), -$1.score(.carryover), $1.id) }
    }

    /// The bent-knee raise: the soleus, which a straight knee leaves out.
    private var bentKneeCard: ExerciseCard? {
        selector.allCards.first {
            $0.kind == .strength && $0.protocolNotes == nil && $0.injuries.contains(.achilles)
                && $0.muscles.primary == [.soleus] && usable($0)
        }
    }

    private var rathleffCard: ExerciseCard? {
        selector.allCards.first { $0.kind == .strength && $0.injuries.contains(.plantar) && $0.muscles.primary.contains(.plantarFascia) && usable($0) }
    }

    /// Where the heel goes for an Achilles raise: below the step, except with pain where the tendon meets
    /// the heel bone (insertional: lower only to the step's level, DOMAIN §3).
    private var levelNote: String {
        selector.owns(.step)
            ? "On a step edge; if the pain is where the Achilles meets the heel bone, lower only to the step's level, never below."
            : "From flat floor: heels down to the floor, which also suits pain where the Achilles meets the heel bone."
    }

    /// Where the heel goes for a Rathleff raise: the full range, heels below the step, the towel under the
    /// toes. The insertional-Achilles limit is not for the plantar fascia, whose pain is at the heel bone.
    private var rathleffLevelNote: String {
        selector.owns(.step) ? "On a step edge, heels lowered below it: the full range." : "From flat floor: heels down to the floor."
    }


    /// Pain above `PlanConstants.regressPain` in `injury` now: its protocol goes one step easier (DOMAIN §3,
    /// pain above 5/10 regresses the exercise): no added weight until the pain settles.
    private func hurtsTooMuch(_ injury: Injury) -> Bool { (profile.status(of: injury)?.pain ?? 0) > PlanConstants.regressPain }

    /// The load of a protocol raise: heavy, or body weight while the area hurts above 5/10; with only a
    /// light weight, that weight made as heavy as it can be, and said so (`OwnedLoad.heaviest`).
    private func protocolLoad(_ card: ExerciseCard, reps: Int, for injuries: [Injury], nearRace: Bool) -> Load {
        if injuries.contains(where: hurtsTooMuch) { return Load(.painEased) }
        if nearRace { return Load(.protocolNearRace) }
        if let (tool, kg) = OwnedLoad.heaviest(card, selector: selector), kg < OwnedLoad.light(tool) {
            return Load(.protocolOwnedLight(tool, kg: kg, reps: reps, seated: card.position == .seated))
        }
        return Load(.protocolHeavy(tool: selector.loadWords(card), reps: reps))
    }

    /// The heel-raise protocol for plan week `week`: for an Achilles a standing and a bent-knee raise
    /// (HSR), for a plantar fascia the Rathleff raise, for both the standing raise done Rathleff-style.
    /// - Parameter protocolWeek: the protocol's own week for a tendon protocol (`TrainingBlock.protocolWeek`);
    ///   default: `week`.
    /// - Parameter nearRace: inside the race's heavy-free window or just after it: the rhythm stays, the
    ///   weight comes down (DOMAIN §2, Races: the last heavy session 5–10 days out).
    func footProtocol(week: Int, nearRace: Bool = false, protocolWeek: ((TendonProtocol) -> Int)? = nil) -> [Item] {
        func weekOf(_ kind: TendonProtocol) -> Int { protocolWeek?(kind) ?? week }
        let achilles = isActive(.achilles), plantar = isActive(.plantar)
        guard achilles || plantar else { return [] }
        var items: [Item] = []
        let rest = PlanConstants.protocolRest
        if plantar, let towel = rathleffCard {
            let (sets, reps) = Self.scheduled(PlanConstants.rathleffSchedule, week: weekOf(.rathleff))
            let why = achilles
                ? "Achilles and plantar protocol, heavy slow raises on a towel: one raise loads the tendon and the fascia; for \(describe(.achilles)) and \(describe(.plantar))"
                : "Plantar protocol, Rathleff heel raises: high-load raises beat stretching at 3 months; for \(describe(.plantar))"
            let note = [Self.soreSide, "Towel rolled under your toes; 3 s up, 2 s at the top, 3 s down.",
                        achilles ? levelNote : rathleffLevelNote, cadenceNote, substituteNote(towel)]
            let load = protocolLoad(towel, reps: reps, for: [.plantar] + (achilles ? [.achilles] : []), nearRace: nearRace)
            items.append(Item(card: towel, role: .injuryModule, why: why, note: note.compactMap { $0 }.joined(separator: " "),
                              fixed: FixedDose(dose: Dose.reps(sets, reps, rest: rest, load: load),
                                               tempo: .phases(down: 3, pause: 2, up: 3)), soreSideOnly: towel.unilateral))
        }
        guard achilles else { return items }
        let (sets, reps) = Self.scheduled(PlanConstants.hsrSchedule, week: weekOf(.hsr))
        let hsrWhy = "Achilles protocol, heavy slow resistance: a heavy, slow load makes the tendon stronger; for \(describe(.achilles))"
        if items.isEmpty, let standing = standingCalfCards.first {
            let note = [Self.soreSide, "Knee straight; 3 s up, 3 s down.", levelNote, cadenceNote, substituteNote(standing)]
            items.append(Item(card: standing, role: .injuryModule, why: hsrWhy + " (straight knee: the calf)",
                              note: note.compactMap { $0 }.joined(separator: " "),
                              fixed: FixedDose(dose: Dose.reps(sets, reps, rest: rest, load: protocolLoad(standing, reps: reps, for: [.achilles], nearRace: nearRace)),
                                               tempo: .phases(down: 3, pause: 0, up: 3)), soreSideOnly: standing.unilateral))
        }
        if !items.isEmpty, let bent = bentKneeCard {
            let note = [Self.soreSide, "Knee bent: this loads the soleus, the deep calf muscle. 3 s up, 3 s down.", substituteNote(bent)]
            items.append(Item(card: bent, role: .injuryModule, why: hsrWhy + " (bent knee: the soleus)",
                              note: note.compactMap { $0 }.joined(separator: " "),
                              fixed: FixedDose(dose: Dose.reps(sets, reps, rest: rest, load: protocolLoad(bent, reps: reps, for: [.achilles], nearRace: nearRace)),
                                               tempo: .phases(down: 3, pause: 0, up: 3)), soreSideOnly: bent.unilateral))
        }
        if items.isEmpty,
           let drops = selector.allCards.first(where: { $0.protocolNotes != nil && $0.injuries.contains(.achilles) && usable($0) }) {
            // No card for HSR: the Alfredson drops.
            let dose = drops.dose[profile.level] ?? Dose.reps(3, 15, rest: 60)
            items.append(Item(card: drops, role: .injuryModule,
                              why: "Achilles protocol, Alfredson heel drops: slow lowering loads the tendon so it remodels; for \(describe(.achilles))",
                              note: (drops.protocolNotes ?? []).joined(separator: " "), fixed: FixedDose(dose: dose, tempo: drops.tempo)))
        }
        return items
    }

    /// A one-leg protocol loads the sore side; a second sore side doubles it.
    static let soreSide = "On the sore leg only (both legs in turn if both hurt)."

    /// How often the protocol runs, in the runner's words.
    private var cadenceNote: String {
        "Every second day, in a short session of its own; the strength days between are its light days."
    }

    /// Plantar and calf stretches that end a plantar protocol session.
    func footStretches() -> [Item] {
        guard isActive(.plantar) else { return [] }
        // The fascia's own stretch; the calves get theirs in the stretch routine.
        return selector.allCards.filter { $0.kind == .stretch && $0.muscles.primary.contains(.plantarFascia) && usable($0) }.prefix(1).map { stretch in
            Item(card: stretch, role: .stretch, why: "Plantar protocol: stretch the fascia and calf after loading them; for \(describe(.plantar))",
                 note: substituteNote(stretch), fixed: FixedDose(dose: stretch.dose[profile.level] ?? Dose.hold(2, seconds: 30, rest: 15), tempo: stretch.tempo))
        }
    }

    // MARK: - Knee and shins

    /// An isometric hold before loading, only while the knee hurts (pain relief; the evidence is mixed).
    func kneeIsometric() -> Item? { knee }

    private func kneeHold() -> Item? {
        guard let knee = profile.status(of: .knee), knee.isCurrent, knee.pain > 0,
              let hold = selector.allCards.first(where: {
                  $0.kind == .strength && $0.tempo == .isometric && $0.injuries.contains(.knee) && $0.muscles.primary.contains(.quads) && usable($0)
              }) else { return nil }
        return Item(card: hold, role: .painRelief,
                    why: "Knee protocol, a hold before loading: it can ease knee pain for a while (the evidence is mixed); for \(describe(.knee))",
                    note: ["A pain-free depth only. Drop it once the knee no longer hurts.", substituteNote(hold)].compactMap { $0 }.joined(separator: " "),
                    fixed: FixedDose(dose: PlanConstants.kneeIsometricHold, tempo: .isometric))
    }

    /// Tibialis raises for sore shins (the soleus gets the calf slot, see `bonus`).
    func shinItems() -> [Item] { shins }

    private func tibialisRaises() -> [Item] {
        guard isActive(.shins) else { return [] }
        return selector.allCards.filter { $0.kind == .strength && $0.muscles.primary == [.tibialis] && usable($0) && selector.fitsLevel($0) }
            .prefix(1).map { card in
                Item(card: card, role: .injuryModule,
                     why: "Shin protocol, tibialis raises: the muscle at the front of the shin takes load off the bone; for \(describe(.shins))",
                     note: substituteNote(card), fixed: nil)
            }
    }

    // MARK: - Ranking

    /// How much more a card is worth in `slot` for this runner's injuries, current or past (maintenance
    /// keeps the guarding cards in the plan).
    static func bonus(_ card: ExerciseCard, for slot: PlanSlot, profile: Profile) -> Int {
        var total = 0
        for status in profile.injuries where card.injuries.contains(status.injury) {
            switch (status.injury, slot) {
            case (.itbs, .gluteMed): total += 60
            case (.knee, .singleLegMain), (.knee, .singleLegSecond):
                if card.muscles.primary.contains(.quads) { total += 40 }
            case (.shins, .calf), (.achilles, .calf):
                if card.muscles.primary.contains(.soleus) { total += 30 }
            default: break
            }
        }
        return total
    }

    /// What every strength session of this runner should keep in mind.
    var sessionNotes: [String] {
        var notes: [String] = []
        if isActive(.knee) { notes.append("Knee: hip and knee exercises work best together; stay in a pain-free range of motion.") }
        for status in profile.injuries where !status.isCurrent {
            notes.append("Past \(status.injury.phrase): no rehab protocol; the exercises that guard it stay in your sessions.")
        }
        return notes
    }

    /// Plan-level notices for the modules.
    var notices: [PlanNotice] {
        var notices: [PlanNotice] = []
        if profile.injuries.contains(where: \.isCurrent) {
            notices.append(PlanNotice(.painMonitoring, "During rehab exercises, pain up to 5/10 is acceptable if it settles by the next "
                + "morning; if it doesn't, go one step easier. Judge sessions by effort, not by soreness."))
        }
        if (isActive(.achilles) || isActive(.plantar)) && !hasFootProtocol {
            notices.append(PlanNotice(.equipment, "The heel-raise protocol needs a card your catalog lacks; add it to get the exercises."))
        }
        if isActive(.shins) {
            notices.append(PlanNotice(.gradedRunning, "Shin splints: graded running comes first. Keep runs short and easy and add "
                + "distance only while the shins stay calm; calf work did not speed recovery on its own."))
        }
        return notices
    }
}
