/// One exercise or stretch, as a physical therapist would explain it on a card.
public struct ExerciseCard: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// Other names people search for ("RDL", "hip bridge").
    public var aliases: [String]
    public var kind: ExerciseKind
    public var muscles: MuscleGroups
    public var equipment: EquipmentNeeds
    /// Done one leg (or side) at a time: every set is worked on the left, then the right.
    public var unilateral: Bool
    /// Scores 0–3 on each of the four qualities. Absent for imported cards that cannot be scored.
    public var qualities: [Quality: Int]?
    public var injuries: [Injury]
    public var tempo: Tempo
    /// The prescription per level; a level missing here means "not for this level".
    public var dose: [Level: Dose]
    public var regression: String?
    public var progression: String?
    /// How to set up and do it, 3–6 short sentences.
    public var steps: [String]
    public var cues: [String]
    public var mistakes: [String]
    /// The one cue to take into the next run.
    public var runningCue: String
    /// When not to do it, or when to stop.
    public var safety: [String]
    /// ASCII art frames: start position, and end position when the movement has two.
    public var figure: [[String]]
    /// Where the card came from when it is not part of Legwork's own catalog (e.g. "free-exercise-db").
    public var source: String?
    /// Rules that go beyond sets and reps (tendon protocols), in plain words.
    public var protocolNotes: [String]?

    public init(
        id: String, name: String, aliases: [String] = [], kind: ExerciseKind, muscles: MuscleGroups,
        equipment: EquipmentNeeds = EquipmentNeeds(), unilateral: Bool = false, qualities: [Quality: Int]?,
        injuries: [Injury] = [], tempo: Tempo = .none, dose: [Level: Dose], regression: String? = nil,
        progression: String? = nil, steps: [String], cues: [String], mistakes: [String], runningCue: String,
        safety: [String] = [], figure: [[String]] = [], source: String? = nil, protocolNotes: [String]? = nil
    ) {
        self.id = id; self.name = name; self.aliases = aliases; self.kind = kind; self.muscles = muscles
        self.equipment = equipment; self.unilateral = unilateral; self.qualities = qualities
        self.injuries = injuries; self.tempo = tempo; self.dose = dose; self.regression = regression
        self.progression = progression; self.steps = steps; self.cues = cues; self.mistakes = mistakes
        self.runningCue = runningCue; self.safety = safety; self.figure = figure; self.source = source
        self.protocolNotes = protocolNotes
    }

    public func score(_ quality: Quality) -> Int { qualities?[quality] ?? 0 }
}

public struct MuscleGroups: Codable, Hashable, Sendable {
    public var primary: [Muscle]
    public var secondary: [Muscle]
    public init(primary: [Muscle], secondary: [Muscle] = []) { self.primary = primary; self.secondary = secondary }
    public var all: [Muscle] { primary + secondary }
}

public struct EquipmentNeeds: Codable, Hashable, Sendable {
    /// Everything needed to do the exercise as written. Empty: body weight only.
    public var required: [Equipment]
    /// Useful to add load or comfort, never needed.
    public var optional: [Equipment]
    /// What to use instead of a required item, in plain words (e.g. "step": "a stair or a sturdy box").
    public var substitutes: [String: String]

    public init(required: [Equipment] = [], optional: [Equipment] = [], substitutes: [String: String] = [:]) {
        self.required = required; self.optional = optional; self.substitutes = substitutes
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        required = try c.decodeIfPresent([Equipment].self, forKey: .required) ?? []
        optional = try c.decodeIfPresent([Equipment].self, forKey: .optional) ?? []
        substitutes = try c.decodeIfPresent([String: String].self, forKey: .substitutes) ?? [:]
    }
}
