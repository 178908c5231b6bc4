import Foundation

/// A card as read from a file, with what the later checks need to know about it.
struct ReadCard: Sendable {
    var card: ExerciseCard
    var file: String
    /// How error messages name the card: its id, or its position when the id itself is unusable.
    var reference: CatalogError.CardReference
    /// JSONFields already reported as missing or malformed, so the rule checks do not report them twice.
    var badFields: Set<String>
}

/// Turns the text of one catalog file into cards, reporting every structural problem: syntax, wrong
/// types, unknown fields and unknown vocabulary words. JSONFields with a problem get a neutral stand-in
/// value so that reading continues and one run reports everything.
struct CatalogReader {
    let file: String
    private(set) var problems: [CatalogError] = []

    init(file: String) { self.file = file }

    static let fileFields = ["format", "cards"]

    /// The cards of `text`; problems are appended to `problems`.
    mutating func read(_ text: String) -> [ReadCard] {
        let root: ParsedJSON
        do {
            root = try JSONParser.parse(text)
        } catch {
            report(nil, nil, .syntax(line: error.line, column: error.column, message: error.message))
            return []
        }
        guard case let .object(members) = root else {
            report(nil, nil, .wrongType(expected: "an object {\"format\": 1, \"cards\": [...]}", found: root.kindName))
            return []
        }
        var fields = JSONFields(members: members, path: "", known: Self.fileFields)
        switch fields.take("format") {
        case nil: report(nil, "format", .missing)
        case let .number(text)?:
            if Int(text) != CatalogRules.format {
                if let found = Int(text) { report(nil, "format", .unsupportedFormat(found)) }
                else { report(nil, "format", .invalid(value: text, rule: "write 1")) }
            }
        case let other?: report(nil, "format", .wrongType(expected: "a number", found: other.kindName))
        }
        var cards: [ReadCard] = []
        switch fields.take("cards") {
        case nil: report(nil, "cards", .missing)
        case let .array(elements)?:
            for (index, element) in elements.enumerated() {
                if let card = readCard(element, position: index + 1) { cards.append(card) }
            }
        case let other?: report(nil, "cards", .wrongType(expected: "a list of cards", found: other.kindName))
        }
        reportLeftovers(fields, card: nil)
        return cards
    }

    // MARK: - Cards

    private mutating func readCard(_ value: ParsedJSON, position: Int) -> ReadCard? {
        guard case let .object(members) = value else {
            report(.position(position), nil, .wrongType(expected: "a card object", found: value.kindName))
            return nil
        }
        var fields = JSONFields(members: members, path: "", known: ExerciseCard.CodingKeys.allCases.map(\.rawValue))
        var ref = CatalogError.CardReference.position(position)
        var bad = Set<String>()
        // The id comes first: every later message names the card by it.
        let id = string(&fields, "id", required: true, ref, &bad) ?? ""
        if !id.isEmpty, !bad.contains("id") { ref = .id(id) }

        let name = string(&fields, "name", required: true, ref, &bad) ?? ""
        let aliases = strings(&fields, "aliases", ref, &bad) ?? []
        let kind: ExerciseKind = word(&fields, "kind", vocabulary: "kind", required: true, ref, &bad) ?? .strength
        let position: BodyPosition? = word(&fields, "position", vocabulary: "position", required: false, ref, &bad)
        let muscles = readMuscles(&fields, ref, &bad)
        let equipment = readEquipment(&fields, ref, &bad)
        let unilateral = bool(&fields, "unilateral", ref, &bad) ?? false
        let qualities = readQualities(&fields, ref, &bad)
        let injuries: [Injury] = words(&fields, "injuries", vocabulary: "injury", ref, &bad) ?? []
        var tempo = Tempo.none
        if let text = string(&fields, "tempo", required: false, ref, &bad) {
            if let parsed = Tempo(text: text) { tempo = parsed } else {
                report(ref, "tempo", .invalid(value: text, rule: "write D-P-U seconds (e.g. 3-1-1), iso, fast, slow or none"))
                bad.insert("tempo")
            }
        }
        let dose = readDoses(&fields, ref, &bad)
        let regression = string(&fields, "regression", required: false, ref, &bad)
        let progression = string(&fields, "progression", required: false, ref, &bad)
        let steps = strings(&fields, "steps", ref, &bad, required: true) ?? []
        let cues = strings(&fields, "cues", ref, &bad, required: true) ?? []
        let mistakes = strings(&fields, "mistakes", ref, &bad) ?? []
        let runningCue = string(&fields, "runningCue", required: false, ref, &bad) ?? ""
        let safety = strings(&fields, "safety", ref, &bad) ?? []
        let figure = readFigure(&fields, ref, &bad)
        let source = string(&fields, "source", required: false, ref, &bad)
        let protocolNotes = strings(&fields, "protocolNotes", ref, &bad)
        let repStart: RepStart = word(&fields, "repStart", vocabulary: "rep start", required: false, ref, &bad) ?? .lowering
        let mechanic: Mechanic? = word(&fields, "mechanic", vocabulary: "mechanic", required: false, ref, &bad)
        let force: Force? = word(&fields, "force", vocabulary: "force", required: false, ref, &bad)
        let pattern: MovementPattern? = word(&fields, "pattern", vocabulary: "pattern", required: false, ref, &bad)
        reportLeftovers(fields, card: ref)

        let card = ExerciseCard(
            id: id, name: name, aliases: aliases, kind: kind, muscles: muscles, equipment: equipment,
            unilateral: unilateral, qualities: qualities, injuries: injuries, tempo: tempo, dose: dose,
            regression: regression, progression: progression, steps: steps, cues: cues, mistakes: mistakes,
            runningCue: runningCue, safety: safety, figure: figure, source: source, protocolNotes: protocolNotes,
            position: position, repStart: repStart, mechanic: mechanic, force: force, pattern: pattern)
        return ReadCard(card: card, file: file, reference: ref, badFields: bad)
    }

    private mutating func readMuscles(
        _ fields: inout JSONFields, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> MuscleGroups {
        guard var inner = object(&fields, "muscles", required: true, ref, &bad) else { return MuscleGroups(primary: []) }
        let primary: [Muscle] = words(&inner, "primary", vocabulary: "muscle", ref, &bad, required: true) ?? []
        let secondary: [Muscle] = words(&inner, "secondary", vocabulary: "muscle", ref, &bad) ?? []
        reportLeftovers(inner, card: ref)
        return MuscleGroups(primary: primary, secondary: secondary)
    }

    private mutating func readEquipment(
        _ fields: inout JSONFields, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> EquipmentNeeds {
        guard var inner = object(&fields, "equipment", required: false, ref, &bad) else { return EquipmentNeeds() }
        let required: [Equipment] = words(&inner, "required", vocabulary: "equipment", ref, &bad) ?? []
        let optional: [Equipment] = words(&inner, "optional", vocabulary: "equipment", ref, &bad) ?? []
        var substitutes: [String: String] = [:]
        if var subs = object(&inner, "substitutes", required: false, ref, &bad) {
            for (key, value) in subs.takeAll() {
                let path = subs.path(key)
                // Equipment Legwork does not list ("barbell") is kept by an imported card under its own
                // name with the unlisted note (`ExerciseCard.unlistedEquipment`), so its file reads back.
                if Equipment(rawValue: key) == nil, case let .string(text) = value, text.hasPrefix(FreeExerciseDBImport.unlistedNote) {
                    substitutes[key] = text
                } else if Equipment(rawValue: key) == nil {
                    reportUnknownWord(key, vocabulary: "equipment", cases: Equipment.allCases, ref, path)
                    bad.insert(path)
                } else if case let .string(text) = value {
                    substitutes[key] = text
                } else {
                    report(ref, path, .wrongType(expected: "text", found: value.kindName))
                    bad.insert(path)
                }
            }
            reportLeftovers(subs, card: ref)
        }
        reportLeftovers(inner, card: ref)
        return EquipmentNeeds(required: required, optional: optional, substitutes: substitutes)
    }

    private mutating func readQualities(
        _ fields: inout JSONFields, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> [Quality: Int]? {
        guard var inner = object(&fields, "qualities", required: false, ref, &bad) else { return nil }
        var scores: [Quality: Int] = [:]
        for (key, value) in inner.takeAll() {
            let path = inner.path(key)
            guard let quality = Quality(rawValue: key) else {
                reportUnknownWord(key, vocabulary: "quality", cases: Quality.allCases, ref, path)
                bad.insert("qualities")
                continue
            }
            if let score = integer(value, ref, path, &bad) { scores[quality] = score }
        }
        reportLeftovers(inner, card: ref)
        return scores
    }

    private mutating func readDoses(
        _ fields: inout JSONFields, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> [Level: Dose] {
        guard var inner = object(&fields, "dose", required: true, ref, &bad) else { return [:] }
        var doses: [Level: Dose] = [:]
        for (key, value) in inner.takeAll() {
            let path = inner.path(key)
            guard let level = Level(rawValue: key) else {
                reportUnknownWord(key, vocabulary: "level", cases: Level.allCases, ref, path)
                bad.insert("dose")
                continue
            }
            guard case let .object(members) = value else {
                report(ref, path, .wrongType(expected: "an object like {\"sets\": 3, \"reps\": 10, \"rest\": 60}", found: value.kindName))
                bad.insert(path)
                continue
            }
            var dose = JSONFields(members: members, path: path, known: ["sets", "reps", "seconds", "rest", "load"])
            doses[level] = readDose(&dose, ref, &bad)
            reportLeftovers(dose, card: ref)
        }
        reportLeftovers(inner, card: ref)
        return doses
    }

    private mutating func readDose(
        _ fields: inout JSONFields, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> Dose {
        let sets = int(&fields, "sets", required: true, ref, &bad)
        let rest = int(&fields, "rest", required: true, ref, &bad)
        let load = string(&fields, "load", required: false, ref, &bad)
        let repsValue = fields.take("reps")
        let secondsValue = fields.take("seconds")
        var work: Dose.Work?
        switch (repsValue, secondsValue) {
        case (nil, nil):
            report(ref, fields.path("reps"), .missing)
            bad.insert(fields.path("reps"))
        case (.some, .some):
            report(ref, fields.path("seconds"), .invalid(value: "reps and seconds", rule: "give reps or seconds, not both"))
            bad.insert(fields.path("reps")); bad.insert(fields.path("seconds"))
        case let (nil, seconds?):
            if let s = integer(seconds, ref, fields.path("seconds"), &bad) { work = .seconds(s) }
        case let (reps?, nil):
            work = readReps(reps, ref, fields.path("reps"), &bad)
        }
        // Missing parts get stand-ins (already reported) so that the other parts are still checked.
        return Dose(sets: sets ?? CatalogRules.sets.lowerBound, work: work ?? .reps(1...1),
                    rest: rest ?? CatalogRules.rest.lowerBound, load: load.map(Load.described))
    }

    /// Reps are a number (8) or a range written as text ("8-12").
    private mutating func readReps(
        _ value: ParsedJSON, _ ref: CatalogError.CardReference, _ path: String, _ bad: inout Set<String>
    ) -> Dose.Work? {
        if case let .string(text) = value {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            if parts.count == 2, let low = parts[0], let high = parts[1] {
                if low > high {
                    report(ref, path, .reversedRange(low: low, high: high))
                    bad.insert(path)
                }
                return .reps(min(low, high)...max(low, high))
            }
            report(ref, path, .invalid(value: text, rule: "write a number (8) or a range (\"8-12\")"))
            bad.insert(path)
            return nil
        }
        return integer(value, ref, path, &bad).map { .reps($0...$0) }
    }

    private mutating func readFigure(
        _ fields: inout JSONFields, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> [[String]] {
        guard let value = fields.take("figure") else { return [] }
        let expected = "a list of frames, each a list of text lines"
        guard case let .array(frames) = value else {
            report(ref, "figure", .wrongType(expected: expected, found: value.kindName))
            bad.insert("figure")
            return []
        }
        var result: [[String]] = []
        for frame in frames {
            guard case let .array(lines) = frame else {
                report(ref, "figure", .wrongType(expected: expected, found: "a frame that is \(frame.kindName)"))
                bad.insert("figure")
                return []
            }
            var frameLines: [String] = []
            for line in lines {
                guard case let .string(text) = line else {
                    report(ref, "figure", .wrongType(expected: expected, found: "a line that is \(line.kindName)"))
                    bad.insert("figure")
                    return []
                }
                frameLines.append(text)
            }
            result.append(frameLines)
        }
        return result
    }

    // MARK: - Typed fields

    private mutating func string(
        _ fields: inout JSONFields, _ key: String, required: Bool, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> String? {
        let path = fields.path(key)
        switch fields.take(key) {
        case nil, .null?:
            if required { report(ref, path, .missing); bad.insert(path) }
            return nil
        case let .string(text)?:
            return text
        case let other?:
            report(ref, path, .wrongType(expected: "text", found: other.kindName))
            bad.insert(path)
            return nil
        }
    }

    private mutating func strings(
        _ fields: inout JSONFields, _ key: String, _ ref: CatalogError.CardReference, _ bad: inout Set<String>,
        required: Bool = false
    ) -> [String]? {
        let path = fields.path(key)
        switch fields.take(key) {
        case nil, .null?:
            if required { report(ref, path, .missing); bad.insert(path) }
            return nil
        case let .array(items)?:
            var texts: [String] = []
            for item in items {
                guard case let .string(text) = item else {
                    report(ref, path, .wrongType(expected: "a list of text", found: "an item that is \(item.kindName)"))
                    bad.insert(path)
                    return nil
                }
                texts.append(text)
            }
            return texts
        case let .string(text)?:
            report(ref, path, .wrongType(expected: "a list of text (put it in [ ])", found: "text \"\(text)\""))
            bad.insert(path)
            return nil
        case let other?:
            report(ref, path, .wrongType(expected: "a list of text", found: other.kindName))
            bad.insert(path)
            return nil
        }
    }

    private mutating func bool(
        _ fields: inout JSONFields, _ key: String, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> Bool? {
        let path = fields.path(key)
        switch fields.take(key) {
        case nil: return nil
        case let .bool(value)?: return value
        case let other?:
            report(ref, path, .wrongType(expected: "true or false", found: other.kindName))
            bad.insert(path)
            return nil
        }
    }

    private mutating func int(
        _ fields: inout JSONFields, _ key: String, required: Bool, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> Int? {
        let path = fields.path(key)
        guard let value = fields.take(key) else {
            if required { report(ref, path, .missing); bad.insert(path) }
            return nil
        }
        return integer(value, ref, path, &bad)
    }

    private mutating func integer(
        _ value: ParsedJSON, _ ref: CatalogError.CardReference, _ path: String, _ bad: inout Set<String>
    ) -> Int? {
        guard case let .number(text) = value else {
            report(ref, path, .wrongType(expected: "a whole number", found: value.kindName))
            bad.insert(path)
            return nil
        }
        if let number = Int(text) { return number }
        // 12.0 is a whole number written oddly; 12.5 or 1e40 is not one we can use.
        if let number = Double(text), number.rounded() == number, abs(number) < 1e9 { return Int(number) }
        report(ref, path, .invalid(value: text, rule: "write a whole number"))
        bad.insert(path)
        return nil
    }

    private mutating func object(
        _ fields: inout JSONFields, _ key: String, required: Bool, _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> JSONFields? {
        let path = fields.path(key)
        switch fields.take(key) {
        case nil, .null?:
            if required { report(ref, path, .missing); bad.insert(path) }
            return nil
        case let .object(members)?:
            // Keys of these objects are vocabulary words (qualities, levels, substitutes), or the
            // fixed keys of muscles and equipment.
            let known: [String] = switch key {
            case "muscles": ["primary", "secondary"]
            case "equipment": ["required", "optional", "substitutes"]
            default: []
            }
            return JSONFields(members: members, path: path, known: known)
        case let other?:
            report(ref, path, .wrongType(expected: "an object", found: other.kindName))
            bad.insert(path)
            return nil
        }
    }

    private mutating func word<Word: RawRepresentable & CaseIterable>(
        _ fields: inout JSONFields, _ key: String, vocabulary: String, required: Bool,
        _ ref: CatalogError.CardReference, _ bad: inout Set<String>
    ) -> Word? where Word.RawValue == String {
        guard let text = string(&fields, key, required: required, ref, &bad) else { return nil }
        if let word = Word(rawValue: text) { return word }
        reportUnknownWord(text, vocabulary: vocabulary, cases: Array(Word.allCases), ref, fields.path(key))
        bad.insert(fields.path(key))
        return nil
    }

    private mutating func words<Word: RawRepresentable & CaseIterable>(
        _ fields: inout JSONFields, _ key: String, vocabulary: String,
        _ ref: CatalogError.CardReference, _ bad: inout Set<String>, required: Bool = false
    ) -> [Word]? where Word.RawValue == String {
        guard let texts = strings(&fields, key, ref, &bad, required: required) else { return nil }
        var result: [Word] = []
        for text in texts {
            if let word = Word(rawValue: text) { result.append(word) } else {
                reportUnknownWord(text, vocabulary: vocabulary, cases: Array(Word.allCases), ref, fields.path(key))
                bad.insert(fields.path(key))
            }
        }
        return result
    }

    // MARK: - Reporting

    private mutating func report(_ card: CatalogError.CardReference?, _ field: String?, _ problem: CatalogError.Problem) {
        problems.append(CatalogError(file: file, card: card, field: field, problem: problem))
    }

    private mutating func reportUnknownWord<Word: RawRepresentable>(
        _ text: String, vocabulary: String, cases: [Word], _ card: CatalogError.CardReference, _ field: String
    ) where Word.RawValue == String {
        let valid = cases.map(\.rawValue)
        report(card, field, .unknownWord(
            text, vocabulary: vocabulary, suggestions: Suggestions.closest(to: text, in: valid), valid: valid))
    }

    /// Keys given twice, and keys the format does not know (with the closest known key).
    private mutating func reportLeftovers(_ fields: JSONFields, card: CatalogError.CardReference?) {
        for key in fields.repeated { report(card, fields.path(key), .givenTwice) }
        for key in fields.unread {
            report(card, fields.path(key), .unknownField(suggestions: Suggestions.closest(to: key, in: fields.known, limit: 1)))
        }
    }
}
