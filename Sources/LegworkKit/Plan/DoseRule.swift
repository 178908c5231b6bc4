/// Rule: the dose of an exercise for the runner's level and the week (DOMAIN.md §2, Level and Deload).
enum DoseRule {
    /// The card's dose at `level`, with the template's fixed sets (15-minute sessions: 2 sets).
    static func base(_ card: ExerciseCard, level: Level, fixedSets: Int?) -> Dose? {
        guard var dose = card.dose[level] else { return nil }
        if let fixedSets { dose.sets = fixedSets }
        return dose
    }

    /// Effort target: beginners RIR 3–4 in their technique weeks then 2–3, intermediate 2–3, advanced
    /// 1–2 (never 0); light weeks 2 more. Nil for jumps, timed work and stretches, where it means nothing.
    static func rir(level: Level, weekNumber: Int, card: ExerciseCard, dose: Dose, light: Bool) -> RepsInReserve? {
        guard card.kind == .strength || card.kind == .core, case .reps = dose.work else { return nil }
        let target: RepsInReserve = switch level {
        case .beginner: weekNumber <= PlanConstants.beginnerTechniqueWeeks ? RepsInReserve(3, 4) : RepsInReserve(2, 3)
        case .intermediate: RepsInReserve(2, 3)
        case .advanced: RepsInReserve(1, 2)
        }
        let technique = level == .beginner && weekNumber <= PlanConstants.beginnerTechniqueWeeks
        return light && !technique ? target.easier(by: PlanConstants.lightWeekExtraRIR) : target
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

    /// Deload and taper volume: about half the sets, rounded up (−40–50%).
    static func lighten(_ dose: Dose) -> Dose {
        var light = dose
        light.sets = max(1, Int((Double(dose.sets) * PlanConstants.deloadSetFactor).rounded(.up)))
        return light
    }

    /// Foot contacts of a jump dose: sets × reps, both legs for a single-leg jump.
    static func contacts(_ dose: Dose, unilateral: Bool) -> Int {
        guard case let .reps(range) = dose.work else { return 0 }
        return dose.sets * range.upperBound * (unilateral ? 2 : 1)
    }
}
