/// Rule: the dose of an exercise for the runner's level and the week (DOMAIN.md §2, Level and Deload).
enum DoseRule {
    /// The card's dose at `level`, with the template's fixed sets (15-minute sessions: 2 sets).
    static func base(_ card: ExerciseCard, level: Level, fixedSets: Int?) -> Dose? {
        guard var dose = card.dose[level] else { return nil }
        if let fixedSets { dose.sets = fixedSets }
        return dose
    }

    /// Effort target: beginners RIR 3–4 in their technique weeks then 2–3, intermediate 2–3; advanced 1–2
    /// (never 0) for the one heavy lift only, every other exercise 2–3 (DOMAIN §6, Effort per session);
    /// rehab work for a painful area at least `PlanConstants.rehabMinRIR`; light weeks 2 more. Nil for
    /// jumps, timed work and stretches, where it means nothing.
    /// - Parameter painful: the exercise loads an area that hurts now (an injury module, a pain-relief
    ///   hold, or a card eased for pain), whatever its role.
    static func rir(level: Level, weekNumber: Int, card: ExerciseCard, dose: Dose, light: Bool, role: PlanItem.Role,
                    painful: Bool = false) -> RepsInReserve? {
        guard card.kind == .strength || card.kind == .core, case .reps = dose.work else { return nil }
        let technique = level == .beginner && weekNumber <= PlanConstants.beginnerTechniqueWeeks
        var target: RepsInReserve = switch level {
        case .beginner: technique ? PlanConstants.techniqueRIR : PlanConstants.accessoryRIR
        case .intermediate: PlanConstants.accessoryRIR
        case .advanced: role == .heavyLift ? PlanConstants.heavyLiftRIR : PlanConstants.accessoryRIR
        }
        if painful || role == .injuryModule || role == .painRelief { target = rehab(target) }
        return light && !technique ? lightRIR(target) : target
    }

    /// Rehab work for a painful area: at least `PlanConstants.rehabMinRIR` reps in reserve, a range one
    /// rep wide as the others are (2–3 becomes 3–4).
    static func rehab(_ target: RepsInReserve) -> RepsInReserve { atLeast(PlanConstants.rehabMinRIR, target) }

    /// `target` with at least `floor` reps in reserve, a range one rep wide as the others are.
    static func atLeast(_ floor: Int, _ target: RepsInReserve) -> RepsInReserve {
        target.min >= floor ? target : RepsInReserve(floor, max(target.max, floor + 1))
    }

    /// A beginner's technique weeks: 2 sets of 10–15 reps of strength and core work (holds and jumps
    /// keep their dose), whatever the card's own dose or the week's progression.
    /// A technique week is already light: a deload in it changes nothing. `cap` is what the minutes
    /// allow (never below the range's 10).
    static func technique(_ dose: Dose, card: ExerciseCard, cap: Int? = nil) -> Dose {
        guard card.kind == .strength || card.kind == .core, case .reps = dose.work else { return dose }
        var easy = dose
        easy.sets = min(dose.sets, PlanConstants.techniqueSets)
        let range = PlanConstants.techniqueReps
        easy.work = .reps(range.lowerBound...max(range.lowerBound, min(range.upperBound, cap ?? range.upperBound)))
        return easy
    }

    /// A light week's effort: 2 more reps in reserve than the working target, never past
    /// `PlanConstants.maxLightRIR` (a beginner's 3–4 becomes 4–5, not 5–6).
    static func lightRIR(_ target: RepsInReserve) -> RepsInReserve {
        let cap = PlanConstants.maxLightRIR
        let easier = target.easier(by: PlanConstants.lightWeekExtraRIR)
        return RepsInReserve(min(easier.min, cap - 1), min(easier.max, cap))
    }

    /// A light week's dose of one exercise on its own (`LightSets`): fewer sets; reps, seconds and load stay.
    static func lighten(_ dose: Dose, kind: LightSets.Kind = .deload) -> Dose {
        var light = LightSets(kind: kind)
        return light.lighten(dose)
    }

    /// Foot contacts of a jump dose: sets × reps, both legs for a single-leg jump.
    static func contacts(_ dose: Dose, unilateral: Bool) -> Int {
        guard case let .reps(range) = dose.work else { return 0 }
        return dose.sets * range.upperBound * (unilateral ? 2 : 1)
    }
}
