import Foundation

/// Reads exercises in the free-exercise-db JSON format (a public-domain data set: one JSON array of
/// records with id, name, force, level, mechanic, equipment, primaryMuscles, secondaryMuscles,
/// instructions, category, images) and maps each record to an `ExerciseCard`. Pure: text in, cards out.
///
/// Mapping rules (chosen so an imported card is honest about what Legwork knows of it):
/// - id: `fedb:` + the record's id in lower case; `source` is `free-exercise-db`. Ids may hold only
///   letters, digits, `_` and `-` (the format's own rule); a repeated id is rejected.
/// - kind from category: strength, powerlifting, olympic weightlifting, strongman -> `strength`
///   (`core` when every primary muscle is "abdominals"); plyometrics -> `power`; stretching -> `stretch`.
///   **cardio is not imported** (reason reported): its records are machine or running sessions
///   (treadmill, bike, rowing) that Legwork does not dose in sets; the runner's runs are planned elsewhere.
/// - muscles: glutes -> glute-max, abductors -> glute-med, hamstrings, quadriceps -> quads, adductors,
///   calves, abdominals -> core, lower back -> low-back, lats. Others (chest, biceps, shoulders, ...)
///   have no counterpart and are dropped. **A record left with no mapped muscle is still imported**
///   with empty lists: the user asked for the whole file, and muscle filters simply never match it.
/// - equipment: dumbbell -> dumbbells, kettlebells -> kettlebell, bands -> long-band, body only or
///   none -> nothing required. Anything else (barbell, cable, machine, ...) is kept as a
///   `substitutes` entry keyed by its own name, starting "not in Legwork's equipment list";
///   `ExerciseCard.unlistedEquipment` lists those names so filters can treat the card as needing
///   equipment the runner does not have.
/// - qualities: nil (unknown: the format says nothing about single-leg focus or carryover). Injuries,
///   cues, mistakes, aliases and figure: empty. Tempo: `iso` for holds, `fast` for plyometrics, else
///   `none`. Unilateral when the name says so (single-leg, one-arm, lunge, split squat, step-up, ...).
/// - dose from level (beginner, intermediate, expert -> advanced): the record's level and the levels
///   above it get a dose, lower levels none. Repetitions 2x10 / 3x10 / 3x10, rest 60 s; static holds
///   2x20 s / 3x30 s / 3x30 s, rest 60 s; plyometrics 2x6 / 3x8 / 3x8, rest 90 s; stretches
///   2x20 s / 2x30 s / 3x30 s, rest 10 s (Legwork's own stretch dose).
/// - text: line breaks and tabs inside a field become spaces; a record with any other control character or bidi override in any field is refused, naming the field;
///   a name longer than `TextLimits.name` characters is cut (with "…").
/// - steps: every non-empty instruction. A generic running cue per kind; one generic safety line.
public enum FreeExerciseDBImport {
    /// The `source` of every card this importer makes.
    public static let source = "free-exercise-db"
    /// Prepended to the record's id so imported ids never collide with Legwork's own.
    public static let idPrefix = "fedb:"
    /// The start of every `substitutes` note for equipment Legwork does not list.
    public static let unlistedNote = "not in Legwork's equipment list: "

    /// Decodes a whole file. Records that cannot be read or mapped are returned in `rejected` with
    /// their position and reason; only a file that is not a JSON array of records throws.
    public static func decode(_ text: String) throws(ImportError) -> ImportResult {
        // The strict parser first: Foundation's decoder accepts what JSON does not (trailing commas).
        if let syntax = JSONSyntaxError.locate(in: text) { throw .invalidJSON(syntax) }
        let slots: [FreeExerciseDBSlot]
        do {
            slots = try JSONDecoder().decode([FreeExerciseDBSlot].self, from: Data(text.utf8))
        } catch {
            if let syntax = JSONSyntaxError.locate(in: text) { throw .invalidJSON(syntax) }
            throw .notAnArray(found: topLevelKind(of: text))
        }
        var cards: [ExerciseCard] = []
        cards.reserveCapacity(slots.count)
        var rejected: [RejectedRecord] = []
        var firstIndexOfID: [String: Int] = [:]
        for (index, slot) in slots.enumerated() {
            switch slot.outcome {
            case let .failure(reason):
                rejected.append(RejectedRecord(index: index, id: slot.id, reason: reason))
            case let .success(record):
                let key = record.id.lowercased()
                if let first = firstIndexOfID[key], !key.isEmpty {
                    rejected.append(RejectedRecord(index: index, id: record.id, reason: .duplicateID(record.id, firstIndex: first)))
                    continue
                }
                switch card(from: record) {
                case let .success(card):
                    firstIndexOfID[key] = index
                    cards.append(card)
                case let .failure(reason):
                    rejected.append(RejectedRecord(index: index, id: record.id, reason: reason))
                }
            }
        }
        return ImportResult(cards: cards, rejected: rejected)
    }

    // MARK: - Mapping one record

    static func card(from record: FreeExerciseDBRecord) -> Result<ExerciseCard, RejectionReason> {
        if let field = field(of: record, where: { $0.unicodeScalars.contains(Self.replacement) }) { return .failure(.notUTF8(field: field)) }
        if let field = field(of: record, where: { SafeText.hasUnsafe(SafeText.flattened($0)) }) { return .failure(.controlCharacters(field: field)) }
        let id = record.id.trimmed
        guard !id.isEmpty else { return .failure(.emptyField("id")) }
        guard id.unicodeScalars.allSatisfy(isIDCharacter) else { return .failure(.invalidID(id)) }
        let name = TextLimits.cut(SafeText.flattened(record.name).trimmed, to: TextLimits.name)
        guard !name.isEmpty else { return .failure(.emptyField("name")) }
        guard let level = levels[record.level] else {
            return .failure(.unknownValue(field: "level", value: record.level, allowed: levelWords))
        }
        guard let category = Category(rawValue: record.category) else {
            return .failure(.unknownValue(field: "category", value: record.category, allowed: Category.allCases.map(\.rawValue)))
        }
        let kind: ExerciseKind
        switch category {
        case .strength, .powerlifting, .olympicWeightlifting, .strongman:
            let abdominalsOnly = !record.primaryMuscles.isEmpty && record.primaryMuscles.allSatisfy { $0 == "abdominals" }
            kind = abdominalsOnly ? .core : .strength
        case .plyometrics: kind = .power
        case .stretching: kind = .stretch
        case .cardio:
            return .failure(.notImported(category: category.rawValue, why: "cardio machines and runs are not strength work"))
        }
        let primary = mapMuscles(record.primaryMuscles)
        let secondary = mapMuscles(record.secondaryMuscles).filter { !primary.contains($0) }
        let holds = kind == .stretch || record.force == "static"
        let tempo: Tempo = holds ? .isometric : (kind == .power ? .fast : .none)
        let steps = record.instructions.map { SafeText.flattened($0).trimmed }.filter { !$0.isEmpty }
        return .success(ExerciseCard(
            id: idPrefix + id.lowercased(),
            name: name,
            kind: kind,
            muscles: MuscleGroups(primary: primary, secondary: secondary),
            equipment: equipment(record.equipment),
            unilateral: isUnilateral(name),
            qualities: nil,
            tempo: tempo,
            dose: dose(kind: kind, holds: holds, from: level),
            steps: Array(steps),
            cues: [],
            mistakes: [],
            runningCue: runningCues[kind] ?? "",
            safety: [safetyNote],
            source: source,
            mechanic: record.mechanic.flatMap { Mechanic(rawValue: $0.trimmed) },
            force: record.force.flatMap { Force(rawValue: $0.trimmed) },
            pattern: isCarry(name) ? .carry : nil))
    }

    /// What a byte that is not UTF-8 reads as (the file is read with each such byte replaced by it): the
    /// record holding one is refused, the others are imported.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// The first field of `record` with a text that `matches`: a control character or a bidi override
    /// (`SafeText`; a line break or tab counts as a space and is cleaned in the mapping), refused at the
    /// door so the catalog never holds text that could act on a terminal, or a byte that was not UTF-8.
    static func field(of record: FreeExerciseDBRecord, where matches: (String) -> Bool) -> String? {
        let fields: [(String, [String])] = [
            ("id", [record.id]), ("name", [record.name]), ("force", record.force.map { [$0] } ?? []),
            ("level", [record.level]), ("mechanic", record.mechanic.map { [$0] } ?? []),
            ("equipment", record.equipment.map { [$0] } ?? []), ("primaryMuscles", record.primaryMuscles),
            ("secondaryMuscles", record.secondaryMuscles), ("instructions", record.instructions),
            ("category", [record.category]),
        ]
        return fields.first { $0.1.contains(where: matches) }?.0
    }

    // MARK: - Vocabularies

    enum Category: String, CaseIterable {
        case strength, powerlifting, strongman, plyometrics, stretching, cardio
        case olympicWeightlifting = "olympic weightlifting"
    }

    static let levelWords = ["beginner", "intermediate", "expert"]
    static let levels: [String: Level] = ["beginner": .beginner, "intermediate": .intermediate, "expert": .advanced]

    static let muscles: [String: Muscle] = [
        "glutes": .gluteMax, "abductors": .gluteMed, "hamstrings": .hamstrings, "quadriceps": .quads,
        "adductors": .adductors, "calves": .calves, "abdominals": .core, "lower back": .lowBack, "lats": .lats,
        "middle back": .middleBack, "traps": .traps, "chest": .chest, "shoulders": .shoulders, "biceps": .biceps,
        "triceps": .triceps, "forearms": .forearms, "neck": .neck,
    ]

    static func mapMuscles(_ words: [String]) -> [Muscle] {
        var result: [Muscle] = []
        for word in words {
            if let muscle = muscles[word], !result.contains(muscle) { result.append(muscle) }
        }
        return result
    }

    /// What to say about equipment Legwork does not list, by the format's word.
    static let unlistedEquipmentNeeds: [String: String] = [
        "barbell": "needs a barbell (dumbbells can often stand in at a lighter load)",
        "e-z curl bar": "needs an EZ curl bar (dumbbells can often stand in)",
        "cable": "needs a cable station (a long band anchored at the same height can often stand in)",
        "machine": "needs a gym machine",
        "medicine ball": "needs a medicine ball",
        "exercise ball": "needs an exercise (Swiss) ball",
        "foam roll": "needs a foam roller",
        "other": "needs equipment named in the steps",
    ]

    static func equipment(_ word: String?) -> EquipmentNeeds {
        switch word?.trimmed {
        case nil, "", "body only", "none": EquipmentNeeds()
        case "dumbbell": EquipmentNeeds(required: [.dumbbells], substitutes: ["dumbbells": "a kettlebell works too"])
        case "kettlebells": EquipmentNeeds(required: [.kettlebell], substitutes: ["kettlebell": "a dumbbell held by one end"])
        case "bands": EquipmentNeeds(required: [.longBand])
        case let other?:
            EquipmentNeeds(substitutes: [other: unlistedNote + (unlistedEquipmentNeeds[other] ?? "needs \(other)")])
        }
    }

    // MARK: - Dose, sides, cues

    static func dose(kind: ExerciseKind, holds: Bool, from level: Level) -> [Level: Dose] {
        let table: [Level: Dose] = switch (kind, holds) {
        case (.stretch, _):
            [.beginner: .hold(2, seconds: 20, rest: 10), .intermediate: .hold(2, seconds: 30, rest: 10),
             .advanced: .hold(3, seconds: 30, rest: 10)]
        case (_, true):
            [.beginner: .hold(2, seconds: 20, rest: 60), .intermediate: .hold(3, seconds: 30, rest: 60),
             .advanced: .hold(3, seconds: 30, rest: 60)]
        case (.power, false):
            [.beginner: .reps(2, 6, rest: 90), .intermediate: .reps(3, 8, rest: 90), .advanced: .reps(3, 8, rest: 90)]
        default:
            [.beginner: .reps(2, 10, rest: 60), .intermediate: .reps(3, 10, rest: 60), .advanced: .reps(3, 10, rest: 60)]
        }
        let first = Level.allCases.firstIndex(of: level) ?? 0
        return table.filter { Level.allCases.firstIndex(of: $0.key)! >= first }
    }

    /// Name fragments that mean one leg or one arm at a time, compared in lower case.
    static let unilateralWords = [
        "single-leg", "single leg", "one-leg", "one leg", "single-arm", "single arm", "one-arm", "one arm",
        "lunge", "split squat", "step-up", "step up", "pistol", "side bridge", "side plank",
    ]

    /// The data set has no field for a loaded carry: its names say it ("Farmer's Walk", "Rickshaw Carry"),
    /// read here once, at the door, into the card's `pattern` that the plan's rules read.
    static func isCarry(_ name: String) -> Bool {
        let lower = name.lowercased()
        return carryWords.contains { lower.contains($0) }
    }

    static let carryWords = ["carry", "farmer's walk", "farmers walk", "farmer walk", "yoke walk"]

    static func isUnilateral(_ name: String) -> Bool {
        let lower = name.lowercased()
        return unilateralWords.contains { lower.contains($0) }
    }

    static let runningCues: [ExerciseKind: String] = [
        .strength: "Carry this strength into your stride: run tall and push the ground away.",
        .core: "Keep your trunk tall and quiet as you run, so the legs do the work.",
        .power: "Think quick, springy contacts: spend as little time on the ground as you can.",
        .stretch: "Start your next run easy and let the new range settle in.",
    ]

    static let safetyNote =
        "Imported and not reviewed for runners: stop and pick another exercise if pain goes above 5 of 10."

    static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// "an object", "a string", ... for the top-level value of a file that is not an array.
    static func topLevelKind(of text: String) -> String {
        switch text.utf8.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }) {
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        case nil: "an empty file"
        default: "a number"
        }
    }
}

extension String {
    /// Without leading and trailing white space and newlines.
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
