/// One exercise or stretch, as a physical therapist would explain it on a card.
public struct ExerciseCard: Codable, Hashable, Sendable, Identifiable {
    public var id: String { get { box.fields.id } set { fields.id = newValue } }
    public var name: String { get { box.fields.name } set { fields.name = newValue } }
    /// Other names people search for ("RDL", "hip bridge").
    public var aliases: [String] { get { box.fields.aliases } set { fields.aliases = newValue } }
    public var kind: ExerciseKind { get { box.fields.kind } set { fields.kind = newValue } }
    /// How the body is supported; nil when the card does not say (imported cards): treated as standing.
    public var position: BodyPosition? { get { box.fields.position } set { fields.position = newValue } }
    /// Where each repetition starts: at the top (lowering first, the default) or at the bottom (lifting
    /// first: bridges, calf raises, step-ups).
    public var repStart: RepStart { get { box.fields.repStart } set { fields.repStart = newValue } }
    public var muscles: MuscleGroups { get { box.fields.muscles } set { fields.muscles = newValue } }
    public var equipment: EquipmentNeeds { get { box.fields.equipment } set { fields.equipment = newValue } }
    /// Done one leg (or side) at a time: every set is worked on the left, then the right.
    public var unilateral: Bool { get { box.fields.unilateral } set { fields.unilateral = newValue } }
    /// Scores 0–3 on each of the four qualities. Absent for imported cards that cannot be scored.
    public var qualities: [Quality: Int]? { get { box.fields.qualities } set { fields.qualities = newValue } }
    public var injuries: [Injury] { get { box.fields.injuries } set { fields.injuries = newValue } }
    public var tempo: Tempo { get { box.fields.tempo } set { fields.tempo = newValue } }
    /// The prescription per level; a level missing here means "not for this level".
    public var dose: [Level: Dose] { get { box.fields.dose } set { fields.dose = newValue } }
    public var regression: String? { get { box.fields.regression } set { fields.regression = newValue } }
    public var progression: String? { get { box.fields.progression } set { fields.progression = newValue } }
    /// How to set up and do it, 3–6 short sentences.
    public var steps: [String] { get { box.fields.steps } set { fields.steps = newValue } }
    public var cues: [String] { get { box.fields.cues } set { fields.cues = newValue } }
    public var mistakes: [String] { get { box.fields.mistakes } set { fields.mistakes = newValue } }
    /// The one cue to take into the next run.
    public var runningCue: String { get { box.fields.runningCue } set { fields.runningCue = newValue } }
    /// When not to do it, or when to stop.
    public var safety: [String] { get { box.fields.safety } set { fields.safety = newValue } }
    /// ASCII art frames: start position, and end position when the movement has two.
    public var figure: [[String]] { get { box.fields.figure } set { fields.figure = newValue } }
    /// Where the card came from when it is not part of Legwork's own catalog (e.g. "free-exercise-db").
    public var source: String? { get { box.fields.source } set { fields.source = newValue } }
    /// Rules that go beyond sets and reps (tendon protocols), in plain words.
    public var protocolNotes: [String]? { get { box.fields.protocolNotes } set { fields.protocolNotes = newValue } }
    /// Compound or isolation, push, pull or static: what an imported card's source said (nil when not).
    public var mechanic: Mechanic? { get { box.fields.mechanic } set { fields.mechanic = newValue } }
    public var force: Force? { get { box.fields.force } set { fields.force = newValue } }
    /// What the movement is when a rule needs it and the other fields do not say it (a loaded carry).
    public var pattern: MovementPattern? { get { box.fields.pattern } set { fields.pattern = newValue } }

    /// The card's values, behind one reference that copies share until one of them changes (copy on
    /// write). A plan copies cards thousands of times (choosing, dosing, fitting each session) and reads
    /// them, hardly ever changing one; a copy of some twenty strings and arrays each was twenty retains
    /// and, at its end, twenty releases: about a tenth of making a plan.
    private struct Fields: Hashable, Sendable {
        var id: String
        var name: String
        var aliases: [String]
        var kind: ExerciseKind
        var position: BodyPosition?
        var repStart: RepStart
        var muscles: MuscleGroups
        var equipment: EquipmentNeeds
        var unilateral: Bool
        var qualities: [Quality: Int]?
        var injuries: [Injury]
        var tempo: Tempo
        var dose: [Level: Dose]
        var regression: String?
        var progression: String?
        var steps: [String]
        var cues: [String]
        var mistakes: [String]
        var runningCue: String
        var safety: [String]
        var figure: [[String]]
        var source: String?
        var protocolNotes: [String]?
        var mechanic: Mechanic?
        var force: Force?
        var pattern: MovementPattern?
    }

    /// Unchecked: `fields` changes only through `ExerciseCard.fields`, on a box no other card holds.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// The values, to change: the box is copied first when another card shares it.
    private var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    public static func == (a: ExerciseCard, b: ExerciseCard) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    public init(
        id: String, name: String, aliases: [String] = [], kind: ExerciseKind, muscles: MuscleGroups,
        equipment: EquipmentNeeds = EquipmentNeeds(), unilateral: Bool = false, qualities: [Quality: Int]?,
        injuries: [Injury] = [], tempo: Tempo = .none, dose: [Level: Dose], regression: String? = nil,
        progression: String? = nil, steps: [String], cues: [String], mistakes: [String], runningCue: String,
        safety: [String] = [], figure: [[String]] = [], source: String? = nil, protocolNotes: [String]? = nil,
        position: BodyPosition? = nil, repStart: RepStart = .lowering, mechanic: Mechanic? = nil, force: Force? = nil,
        pattern: MovementPattern? = nil
    ) {
        box = Box(Fields(id: id, name: name, aliases: aliases, kind: kind, position: position, repStart: repStart,
                          muscles: muscles, equipment: equipment, unilateral: unilateral, qualities: qualities,
                          injuries: injuries, tempo: tempo, dose: dose, regression: regression,
                          progression: progression, steps: steps, cues: cues, mistakes: mistakes,
                          runningCue: runningCue, safety: safety, figure: figure, source: source,
                          protocolNotes: protocolNotes, mechanic: mechanic, force: force, pattern: pattern))
    }

    public func score(_ quality: Quality) -> Int { qualities?[quality] ?? 0 }

    /// True for cards that came from outside Legwork's own catalog; they are validated more leniently.
    public var isImported: Bool { source != nil }

    /// The levels this card has a dose for, easiest first.
    public var levels: [Level] { Level.allCases.filter { dose[$0] != nil } }
}

// Decoding fills the documented defaults, so a hand-written card needs only its essential fields;
// encoding writes every key (absent values as null), so JSON output has one stable shape.
extension ExerciseCard {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, aliases, kind, position, muscles, equipment, unilateral, qualities, injuries, tempo, dose
        case regression, progression, steps, cues, mistakes, runningCue, safety, figure, source, protocolNotes
        case repStart, mechanic, force, pattern
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            kind: try c.decode(ExerciseKind.self, forKey: .kind),
            muscles: try c.decode(MuscleGroups.self, forKey: .muscles),
            equipment: try c.decodeIfPresent(EquipmentNeeds.self, forKey: .equipment) ?? EquipmentNeeds(),
            unilateral: try c.decodeIfPresent(Bool.self, forKey: .unilateral) ?? false,
            qualities: try c.decodeIfPresent([Quality: Int].self, forKey: .qualities),
            injuries: try c.decodeIfPresent([Injury].self, forKey: .injuries) ?? [],
            tempo: try c.decodeIfPresent(Tempo.self, forKey: .tempo) ?? .none,
            dose: try c.decodeIfPresent([Level: Dose].self, forKey: .dose) ?? [:],
            regression: try c.decodeIfPresent(String.self, forKey: .regression),
            progression: try c.decodeIfPresent(String.self, forKey: .progression),
            steps: try c.decodeIfPresent([String].self, forKey: .steps) ?? [],
            cues: try c.decodeIfPresent([String].self, forKey: .cues) ?? [],
            mistakes: try c.decodeIfPresent([String].self, forKey: .mistakes) ?? [],
            runningCue: try c.decodeIfPresent(String.self, forKey: .runningCue) ?? "",
            safety: try c.decodeIfPresent([String].self, forKey: .safety) ?? [],
            figure: try c.decodeIfPresent([[String]].self, forKey: .figure) ?? [],
            source: try c.decodeIfPresent(String.self, forKey: .source),
            protocolNotes: try c.decodeIfPresent([String].self, forKey: .protocolNotes),
            position: try c.decodeIfPresent(BodyPosition.self, forKey: .position),
            repStart: try c.decodeIfPresent(RepStart.self, forKey: .repStart) ?? .lowering,
            mechanic: try c.decodeIfPresent(Mechanic.self, forKey: .mechanic),
            force: try c.decodeIfPresent(Force.self, forKey: .force),
            pattern: try c.decodeIfPresent(MovementPattern.self, forKey: .pattern)
        )
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(kind, forKey: .kind)
        try c.encode(position, forKey: .position)
        try c.encode(muscles, forKey: .muscles)
        try c.encode(equipment, forKey: .equipment)
        try c.encode(unilateral, forKey: .unilateral)
        try c.encode(qualities, forKey: .qualities)
        try c.encode(injuries, forKey: .injuries)
        try c.encode(tempo, forKey: .tempo)
        try c.encode(dose, forKey: .dose)
        try c.encode(regression, forKey: .regression)
        try c.encode(progression, forKey: .progression)
        try c.encode(steps, forKey: .steps)
        try c.encode(cues, forKey: .cues)
        try c.encode(mistakes, forKey: .mistakes)
        try c.encode(runningCue, forKey: .runningCue)
        try c.encode(safety, forKey: .safety)
        try c.encode(figure, forKey: .figure)
        try c.encode(source, forKey: .source)
        try c.encode(protocolNotes, forKey: .protocolNotes)
        try c.encode(repStart, forKey: .repStart)
        try c.encode(mechanic, forKey: .mechanic)
        try c.encode(force, forKey: .force)
        try c.encode(pattern, forKey: .pattern)
    }
}

public struct MuscleGroups: Codable, Hashable, Sendable {
    public var primary: [Muscle]
    public var secondary: [Muscle]
    public init(primary: [Muscle], secondary: [Muscle] = []) { self.primary = primary; self.secondary = secondary }
    public var all: [Muscle] { primary + secondary }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        primary = try c.decodeIfPresent([Muscle].self, forKey: .primary) ?? []
        secondary = try c.decodeIfPresent([Muscle].self, forKey: .secondary) ?? []
    }
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

    /// The items and how many substitutes, not the substitutes' words: a dictionary hashes each entry
    /// with a hasher of its own, and the plan looks answers up by a card's needs some 600 times. Needs
    /// that differ only in those words share a hash and are told apart by `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(required)
        hasher.combine(optional)
        hasher.combine(substitutes.count)
    }
}
