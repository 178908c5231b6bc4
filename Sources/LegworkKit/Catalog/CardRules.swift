/// The rules one card must follow on its own (the catalog checks ids and references across cards).
///
/// Legwork's own cards are held to the full format: four quality scores, 3–6 steps, cues, a running
/// cue, a figure, text within the length limits. Imported cards (`source != nil`) come from data sets
/// that have none of that, so for them only what would break the program is checked: a name, at
/// least one step, sane doses and well-formed figures.
enum CardRules {
    /// Problems of `card`, skipping fields in `skipping` (already reported by the reader) and their sub-fields.
    static func problems(
        of card: ExerciseCard, file: String, reference: CatalogError.CardReference, skipping: Set<String> = []
    ) -> [CatalogError] {
        var check = Check(file: file, reference: reference, skipping: skipping)
        let own = !card.isImported

        check.id(card.id, own: own)
        check.text(card.name, field: "name", limit: card.isImported ? TextLimits.name : nil)
        for (index, alias) in card.aliases.enumerated() where alias.isBlank { check.report("aliases", .emptyItem(index + 1)) }

        if own, card.muscles.primary.isEmpty { check.report("muscles.primary", .empty) }
        check.equipment(card.equipment)
        check.qualities(card.qualities, kind: card.kind, own: own)

        if own, card.dose.isEmpty { check.report("dose", .empty) }
        for level in Level.allCases {
            if let dose = card.dose[level] { check.dose(dose, field: "dose.\(level.rawValue)") }
        }

        check.list(card.steps, field: "steps", count: own ? CatalogRules.steps : 1...Int.max, noun: "steps",
                   limit: own ? CatalogRules.stepLength : nil)
        check.list(card.cues, field: "cues", count: own ? 1...Int.max : 0...Int.max, noun: "cues",
                   limit: own ? CatalogRules.cueLength : nil)
        check.list(card.mistakes, field: "mistakes", count: 0...Int.max, noun: "mistakes",
                   limit: own ? CatalogRules.mistakeLength : nil)
        if own { check.text(card.runningCue, field: "runningCue", limit: CatalogRules.runningCueLength) }
        check.list(card.safety, field: "safety", count: 0...Int.max, noun: "notes", limit: nil)
        if let notes = card.protocolNotes {
            check.list(notes, field: "protocolNotes", count: 0...Int.max, noun: "notes", limit: nil)
        }
        if let source = card.source, source.isBlank { check.report("source", .empty) }
        check.figure(card.figure, own: own)
        return check.problems
    }
}

/// Collects the problems of one card.
private struct Check {
    let file: String
    let reference: CatalogError.CardReference
    let skipping: Set<String>
    var problems: [CatalogError] = []

    init(file: String, reference: CatalogError.CardReference, skipping: Set<String>) {
        self.file = file; self.reference = reference; self.skipping = skipping
    }

    mutating func report(_ field: String, _ problem: CatalogError.Problem) {
        // A field the reader already reported (or whose parent or child it reported) gets no second message.
        if skipping.contains(where: { $0 == field || $0.hasPrefix(field + ".") || field.hasPrefix($0 + ".") }) { return }
        problems.append(CatalogError(file: file, card: reference, field: field, problem: problem))
    }

    mutating func id(_ id: String, own: Bool) {
        if id.isEmpty { report("id", .empty); return }
        if own {
            let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            if !allowed { report("id", .invalid(value: id, rule: "use only lowercase letters, digits and _ (e.g. step_up)")) }
        } else if id.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) {
            report("id", .invalid(value: id, rule: "an id has no spaces"))
        }
    }

    mutating func text(_ text: String, field: String, limit: Int?) {
        if text.isBlank { report(field, .empty); return }
        if SafeText.hasUnsafe(text) { report(field, .controlCharacters(item: nil)) }
        if let limit, text.count > limit { report(field, .tooLong(item: nil, length: text.count, limit: limit)) }
    }

    mutating func list(_ items: [String], field: String, count: ClosedRange<Int>, noun: String, limit: Int?) {
        if items.isEmpty, count.lowerBound > 0, count.upperBound == Int.max {
            report(field, .empty)
        } else if !count.contains(items.count) {
            report(field, .wrongCount(items.count, allowed: count, noun: noun))
        }
        for (index, item) in items.enumerated() {
            if item.isBlank {
                report(field, .emptyItem(index + 1))
            } else if SafeText.hasUnsafe(item) {
                report(field, .controlCharacters(item: index + 1))
            } else if let limit, item.count > limit {
                report(field, .tooLong(item: index + 1, length: item.count, limit: limit))
            }
        }
    }

    mutating func equipment(_ needs: EquipmentNeeds) {
        for item in needs.required where needs.optional.contains(item) {
            report("equipment.optional", .invalid(value: item.rawValue, rule: "listed as required too; keep it in one list"))
        }
        for key in needs.substitutes.keys.sorted() {
            guard let item = Equipment(rawValue: key) else { continue }  // the reader reports unknown words
            if !needs.required.contains(item), !needs.optional.contains(item) {
                report("equipment.substitutes.\(key)", .invalid(value: key, rule: "not listed in required or optional"))
            } else if needs.substitutes[key]?.isBlank == true {
                report("equipment.substitutes.\(key)", .empty)
            }
        }
    }

    mutating func qualities(_ scores: [Quality: Int]?, kind: ExerciseKind, own: Bool) {
        guard let scores else {
            if own { report("qualities", .missing) }
            return
        }
        for quality in Quality.allCases {
            let field = "qualities.\(quality.rawValue)"
            guard let score = scores[quality] else { report(field, .missing); continue }
            if !CatalogRules.score.contains(score) {
                report(field, .outOfRange(score, allowed: CatalogRules.score))
            } else if kind == .stretch, score != 0 {
                // Stretches never fill a strength slot, so they must not score on strength qualities.
                report(field, .invalid(value: String(score), rule: "a stretch scores 0 on every quality"))
            }
        }
    }

    mutating func dose(_ dose: Dose, field: String) {
        if !CatalogRules.sets.contains(dose.sets) {
            report("\(field).sets", .outOfRange(dose.sets, allowed: CatalogRules.sets))
        }
        switch dose.work {
        case let .reps(range):
            for value in Set([range.lowerBound, range.upperBound]).sorted() where !CatalogRules.reps.contains(value) {
                report("\(field).reps", .outOfRange(value, allowed: CatalogRules.reps))
            }
        case let .seconds(seconds):
            if !CatalogRules.seconds.contains(seconds) {
                report("\(field).seconds", .outOfRange(seconds, allowed: CatalogRules.seconds))
            }
        }
        if !CatalogRules.rest.contains(dose.rest) {
            report("\(field).rest", .outOfRange(dose.rest, allowed: CatalogRules.rest))
        }
        if let load = dose.load, load.words.isBlank { report("\(field).load", .empty) }
    }

    mutating func figure(_ frames: [[String]], own: Bool) {
        let allowed = own ? CatalogRules.figureFrames : 0...CatalogRules.figureFrames.upperBound
        if frames.isEmpty, own {
            report("figure", .missing)
            return
        }
        if !allowed.contains(frames.count) {
            report("figure", .wrongCount(frames.count, allowed: allowed, noun: "frames"))
        }
        var firstSize: (width: Int, height: Int)?
        for (f, frame) in frames.enumerated() {
            let frameNumber = f + 1
            if frame.isEmpty { report("figure", .figureEmptyFrame(frame: frameNumber)); continue }
            if frame.count > CatalogRules.figureHeight {
                report("figure", .figureTooTall(frame: frameNumber, lines: frame.count, limit: CatalogRules.figureHeight))
            }
            let width = frame[0].count
            for (l, line) in frame.enumerated() {
                if let bad = line.unicodeScalars.first(where: { $0.value < 0x20 || $0.value > 0x7E }) {
                    let shown = bad.value < 0x20 ? "\\u{\(String(bad.value, radix: 16))}" : String(bad)
                    report("figure", .figureNonASCII(frame: frameNumber, line: l + 1, character: shown))
                }
                if line.count > CatalogRules.figureWidth {
                    report("figure", .figureTooWide(frame: frameNumber, line: l + 1, width: line.count, limit: CatalogRules.figureWidth))
                } else if l > 0, line.count != width {
                    report("figure", .figureRagged(frame: frameNumber, line: l + 1, width: line.count, expected: width))
                }
            }
            if let first = firstSize {
                if first.width != width || first.height != frame.count {
                    report("figure", .figureFramesDiffer(
                        frame: frameNumber, width: width, height: frame.count,
                        expectedWidth: first.width, expectedHeight: first.height))
                }
            } else {
                firstSize = (width, frame.count)
            }
        }
    }
}

private extension String {
    /// Empty, or only spaces and line breaks.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
