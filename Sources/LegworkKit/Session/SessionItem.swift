/// One exercise of a session, with the dose to do today: everything the runner screen and the engine need,
/// copied out of the card so a stored session stays readable when the catalog changes.
public struct SessionItem: Codable, Hashable, Sendable {
    /// The catalog id of the card ("sl_rdl").
    public var cardID: String
    public var name: String
    /// Worked one side at a time: every set is done on the left, then on the right.
    public var unilateral: Bool
    public var tempo: Tempo
    /// Sets, reps or seconds per set (per side), rest after each set, and how to load it.
    public var dose: Dose
    /// One coaching line shown while working ("Hips square · heel reaches back").
    public var cue: String
    /// Why this exercise is in today's session, when the plan says so.
    public var why: String?
    /// ASCII figure frames (start position, end position), when the card has a figure.
    public var figure: [[String]]?
    /// Done as a superset with the next item: a set of this, straight into a set of the next, then one
    /// rest, set after set (see `SessionPlan.steps(with:)`). Nil or false: on its own.
    public var supersetWithNext: Bool?
    /// Where each repetition starts (`RepStart`); nil (a snapshot from before) is a lowering first.
    public var repStart: RepStart?
    /// Easy sets before the work sets (a heavy lift's ramp-up), each a timed step with its rest; nil (a
    /// snapshot from before) or empty: none.
    public var rampUp: [RampUpSet]?
    /// The job the exercise does in the plan's session (a tendon protocol, the calf place…), so the rules
    /// judge a session a door started as they judge the plan's; nil outside the plan (one card, the
    /// default session, a snapshot from before).
    public var role: PlanItem.Role?
    /// One more set on this side alone after the last set (a side the strength check found behind).
    public var extraSetSide: Side?

    /// The order of each repetition's phases.
    public var repPhases: [TempoPhase] { (repStart ?? .lowering).phases }

    public init(
        cardID: String, name: String, unilateral: Bool, tempo: Tempo, dose: Dose, cue: String,
        why: String? = nil, figure: [[String]]? = nil
    ) {
        self.cardID = cardID; self.name = name; self.unilateral = unilateral; self.tempo = tempo
        self.dose = dose; self.cue = cue; self.why = why; self.figure = figure
    }

    /// The card at the given level's dose.
    ///
    /// - Throws: `SessionError.noDoseForLevel` when the card has no dose at that level (it is not meant
    ///   for that level: use its regression, or another card).
    public init(card: ExerciseCard, level: Level, why: String? = nil) throws(SessionError) {
        guard let dose = card.dose[level] else {
            throw .noDoseForLevel(card: card.id, level: level, regression: card.regression)
        }
        self.init(
            cardID: card.id, name: card.name, unilateral: card.unilateral, tempo: card.tempo, dose: dose,
            cue: card.cues.joined(separator: " · "), why: why,
            figure: card.figure.isEmpty ? nil : card.figure)
        repStart = card.repStart.stored
    }

    /// The dose in words for speech and "next up": "3 × 8 per side", "30 s per side", "2 × 45 s".
    public var prescription: String {
        let base: String
        switch dose.work {
        case let .seconds(s) where dose.sets == 1: base = "\(s) s"
        default: base = dose.summary
        }
        return unilateral ? "\(base) per side" : base
    }

    /// The reps the engine counts per set: the top of a range is the target (see `Dose.Work.reps`).
    public var targetReps: Int? {
        if case let .reps(range) = dose.work { range.upperBound } else { nil }
    }

    /// The seconds per set of timed work (a hold, a carry); nil for repetitions.
    public var targetSeconds: Int? {
        if case let .seconds(seconds) = dose.work { seconds } else { nil }
    }
}
