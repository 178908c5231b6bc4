/// Rule: the volume a full session keeps while the minutes are fitted and the weeks progress (DOMAIN §6,
/// Volume floors; §2, Level and Progression).
///
/// - In a full session (30 minutes or more) calf work stays at 10 reps a set or more, or at its own heavier dose when that lists fewer reps (a
///   loaded single-leg raise's 4 × 8): time comes from rests, supersets, the carry or the jumps instead.
/// - Single-leg lifts keep 3 sets where the level's dose has 3 or more (intermediate 3 × 6–10), and their
///   reps climb to 12 at most outside a beginner's 10–15: past that they progress by sets, load or
///   variant, never by reps into endurance ranges while their sets are held down.
/// - The heavy lift keeps 3 sets and 6 reps at most (advanced 3–4 × 3–6).
enum LiftVolume {
    /// Sets never go below this, whichever slot (DOMAIN §2, Templates: 15 minutes is 4 exercises × 2 sets).
    static let fewestSets = 2
    /// Reps are never cut below this, nor holds below `fewestSeconds`.
    static let fewestReps = 6
    static let fewestSeconds = 15

    /// The fewest sets the minutes may leave `card` in `slot`.
    static func fewestSets(_ slot: PlanSlot, card: ExerciseCard, level: Level) -> Int {
        switch slot {
        case .heavyLift: PlanConstants.heavyLiftMinSets
        case .singleLegMain, .singleLegSecond: max(fewestSets, min(PlanConstants.singleLegMinSets, card.dose[level]?.sets ?? fewestSets))
        default: fewestSets
        }
    }

    /// The fewest reps the minutes may leave `card` in `slot`: in a full session (30 minutes or more) calf
    /// work keeps `PlanConstants.calfMinReps`, or the fewest its own dose at `level` lists when that is a
    /// heavier, lower-rep dose. A 15-minute session is 4 exercises × 2 sets with nothing else to leave out.
    static func fewestReps(_ slot: PlanSlot, card: ExerciseCard, level: Level, minutes: Int) -> Int {
        guard slot == .calf, minutes > SessionLength.short.minutes else { return fewestReps }
        guard case let .reps(own)? = card.dose[level]?.work else { return PlanConstants.calfMinReps }
        return max(fewestReps, min(PlanConstants.calfMinReps, own.lowerBound))
    }

    /// Calf work in a full session keeps at least `PlanConstants.calfMinReps` a set unless the runner can
    /// load `card` heavily: a low-rep calf dose is for a real weight (DOMAIN §6, Volume floors). The
    /// plan's dose and a dose the training block brings back both pass here.
    static func calfFloor(_ dose: Dose, card: ExerciseCard, minutes: SessionLength, selector: ExerciseSelector) -> Dose {
        guard minutes != .short, !OwnedLoad.isHeavy(card, selector: selector), case let .reps(range) = dose.work,
              range.upperBound < PlanConstants.calfMinReps else { return dose }
        var dose = dose
        dose.work = .reps(max(range.lowerBound, PlanConstants.calfMinReps)...PlanConstants.calfMinReps)
        return dose
    }

    /// The most reps progression may ask of `slot` at `level`; nil: the card's own ceiling
    /// (`PlanConstants.repCeiling`).
    static func maxReps(_ slot: PlanSlot, level: Level) -> Int? {
        switch slot {
        case .heavyLift: PlanConstants.heavyLiftMaxReps
        // Past the beginner level only (a beginner's 2 × 10–15, DOMAIN §2), on both single-leg places: a
        // `where` after two patterns would hold for the second alone.
        case .singleLegMain where level != .beginner, .singleLegSecond where level != .beginner: PlanConstants.singleLegMaxReps
        default: nil
        }
    }
}
