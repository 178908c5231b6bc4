import LegworkKit

/// A card laid out as lines of text for a given width: what the card screen scrolls, the browser's
/// preview shows the top of, and `legwork card ID --plain` prints. One builder, so the screen and the
/// plain text always say the same things in the same order.
public struct CardDocument: Sendable {
    public enum Mode: Sendable, Equatable {
        /// For the card screen: bars, key hints, styles.
        case screen(Glyphs)
        /// For the browser's preview: as on the card screen, without the card screen's key hints (its
        /// keys do nothing in the list).
        case preview(Glyphs)
        /// For pipes and screen readers: words instead of bars, no key hints.
        case plain
    }

    public var card: ExerciseCard
    /// The runner's level: its dose is marked. Nil: no level is marked.
    public var level: Level?
    /// Names the regression and the progression.
    public var catalog: Catalog
    public var mode: Mode

    public init(card: ExerciseCard, level: Level?, catalog: Catalog, mode: Mode) {
        self.card = card; self.level = level; self.catalog = catalog; self.mode = mode
    }

    private var glyphs: Glyphs {
        switch mode {
        case let .screen(g), let .preview(g): g
        case .plain: .ascii
        }
    }
    private var isPlain: Bool { mode == .plain }
    static let labelWidth = 11

    /// Every line of the card at `width` columns, long text wrapped by words. `compact` (a small window)
    /// leaves the figure out and puts the qualities after the doses and the steps: the first rows say
    /// what to do, not how the card scores.
    public func lines(width: Int, compact: Bool = false) -> [SectionLine] {
        let width = max(20, width)
        var out: [SectionLine] = []
        out += Section.paragraph(card.name, width: width, style: .title)
        out += Section.paragraph(subtitle(aliases: !compact), width: width, style: .hint)
        if let source = card.source {
            out += Section.paragraph("Imported from \(source): check the steps before you rely on them.", width: width, style: .warn)
        }
        if !compact {
            out.append(.blank)
            out += figureAndQualities(width: width)
        }
        out.append(.blank)
        let muscles = Section.field("Muscles", self.muscles, width: width, labelWidth: Self.labelWidth)
        if !compact { out += muscles }
        let equipment = Section.field("Equipment", self.equipment, width: width, labelWidth: Self.labelWidth)
        let tempo = tempoText.map { Section.field("Tempo", $0, width: width, labelWidth: Self.labelWidth) } ?? []
        out += compact ? doses(width: width) + tempo + equipment : equipment + doses(width: width) + tempo
        let neighbours = Section.field("Easier", neighbour(card.regression, key: "r"), width: width, labelWidth: Self.labelWidth)
            + Section.field("Harder", neighbour(card.progression, key: "p"), width: width, labelWidth: Self.labelWidth)
        if !compact { out += neighbours }
        out += block("Steps", card.steps, width: width, numbered: true)
        out += block("Cues", card.cues, width: width)
        out += block("Common mistakes", card.mistakes, width: width)
        if !card.runningCue.isEmpty {
            out.append(.blank)
            out += Section.heading("Take it into your run")
            out += Section.paragraph(card.runningCue, width: width, indent: 2, style: .good)
        }
        out += block("Safety", card.safety, width: width)
        out += block("Protocol", card.protocolNotes ?? [], width: width)
        // A small window says what to do first; what the card works and scores comes after.
        if compact {
            out += [.blank] + muscles + neighbours + [.blank] + qualityLines(width: width)
            if !card.aliases.isEmpty { out += Section.paragraph("Also called " + card.aliases.joined(separator: ", "), width: width, style: .hint) }
        }
        return out
    }

    // MARK: - Pieces

    private func subtitle(aliases: Bool) -> String {
        var parts = [card.kind.rawValue]
        if card.unilateral { parts.append("one leg at a time") }
        var text = parts.joined(separator: " \(isPlain ? "-" : glyphs.separator) ")
        if aliases, !card.aliases.isEmpty { text += "; also called " + card.aliases.joined(separator: ", ") }
        return text
    }

    /// The figure on the left and the qualities on the right when both fit; else one under the other.
    /// Plain text has no figure: a drawing read aloud by a screen reader is noise.
    private func figureAndQualities(width: Int) -> [SectionLine] {
        let figure = FigureView(frames: isPlain ? [] : card.figure)
        let figureWidth = figure.sideBySideWidth
        if figureWidth > 0, figureWidth + 4 + 34 <= width {
            let figureLines = figure.lines(width: figureWidth, glyphs: glyphs).map { SectionLine($0, .accent) }
            let rightLines = qualityLines(width: width - figureWidth - 4)
            let height = max(figureLines.count, rightLines.count)
            return (0..<height).map { row in
                let left = row < figureLines.count ? figureLines[row] : .blank
                let r = row < rightLines.count ? rightLines[row] : .blank
                return r.spans.isEmpty ? left : left.beside(r, at: figureWidth + 4)
            }
        }
        var out = figure.lines(width: width, glyphs: glyphs).map { SectionLine($0, .accent) }
        if !out.isEmpty { out.append(.blank) }
        return out + qualityLines(width: width)
    }

    private func qualityLines(width: Int) -> [SectionLine] {
        var out = Section.heading("Qualities")
        if let qualities = card.qualities {
            for quality in Quality.allCases {
                let score = qualities[quality] ?? 0
                if isPlain {
                    out.append(SectionLine("  \(quality.title): \(score) of 3"))
                } else {
                    out.append(SectionLine([
                        .init(QualityBars.bar(score, glyphs: glyphs), .good), .init(" \(quality.title) \(score)/3"),
                    ]))
                }
            }
        } else {
            out += Section.paragraph("not scored (imported card)", width: width, indent: 2, style: .hint)
        }
        if !card.injuries.isEmpty {
            out += Section.paragraph("Helps with: " + card.injuries.map(\.title).joined(separator: ", "), width: width)
        }
        return out
    }

    private var muscles: String {
        let primary = card.muscles.primary.map(\.title).joined(separator: ", ")
        let secondary = card.muscles.secondary.map(\.title).joined(separator: ", ")
        switch (primary.isEmpty, secondary.isEmpty) {
        case (true, true): return "not listed"
        case (false, true): return primary
        case (true, false): return "also " + secondary
        case (false, false): return primary + "; also " + secondary
        }
    }

    private var equipment: String {
        let needs = card.equipment
        func describe(_ item: Equipment) -> String {
            needs.substitutes[item.rawValue].map { "\(item.title) (or \($0))" } ?? item.title
        }
        var parts: [String] = []
        parts.append(needs.required.isEmpty ? "none (body weight)" : needs.required.map(describe).joined(separator: ", "))
        for name in card.unlistedEquipment {
            let note = needs.substitutes[name] ?? name
            parts.append(note.hasPrefix(FreeExerciseDBImport.unlistedNote) ? String(note.dropFirst(FreeExerciseDBImport.unlistedNote.count)) : note)
        }
        var text = parts.joined(separator: "; ")
        if !needs.optional.isEmpty { text += "; optional: " + needs.optional.map(describe).joined(separator: ", ") }
        return text
    }

    private func doses(width: Int) -> [SectionLine] {
        let levelWidth = (Level.allCases.map { DisplayWidth.of($0.rawValue) }.max() ?? 0) + 2
        var out: [SectionLine] = []
        for (i, lvl) in Level.allCases.enumerated() {
            let label = i == 0 ? "Dose" : ""
            let mine = lvl == level
            let text: String
            if let dose = card.dose[lvl] {
                var parts = [dose.summary + (card.unilateral ? " per side" : ""), "rest \(dose.rest) s"]
                if let load = dose.load?.words { parts.append(load) }
                text = parts.joined(separator: isPlain ? ", " : " \(glyphs.separator) ")
            } else {
                text = "not for this level"
            }
            // Plain text, and narrow columns (the browser's preview), say the level in words inline.
            if isPlain || width < 60 {
                let text = lvl.rawValue + (mine ? " (your level)" : "") + ": " + text
                out += Section.field(label, text, width: width, labelWidth: Self.labelWidth)
                continue
            }
            let pad = levelWidth - DisplayWidth.of(lvl.rawValue)
            let wrapped = TextWrap.lines(text, width: max(1, width - Self.labelWidth - 2 - levelWidth))
            for (j, line) in wrapped.enumerated() {
                let lead = (j == 0 ? label : "").padding(Self.labelWidth)
                let pointer = mine && j == 0 ? glyphs.pointer + " " : "  "
                let name = j == 0 ? lvl.rawValue + String(repeating: " ", count: pad) : String(repeating: " ", count: levelWidth)
                out.append(SectionLine([.init(lead, .hint), .init(pointer + name, mine ? .good : .hint), .init(line, mine ? .emphasis : .plain)]))
            }
        }
        return out
    }

    private var tempoText: String? {
        switch card.tempo {
        case let .phases(down, pause, up): "\(card.tempo): \(down) s down, \(pause) s pause, \(up) s up"
        case .isometric: "hold still"
        case .fast: "quick and springy"
        case .slow: "slow and controlled"
        case .none: nil
        }
    }

    private func neighbour(_ id: String?, key: String) -> String {
        guard let id else { return "none" }
        let name = catalog.card(id: id)?.name ?? id
        switch mode {
        case .plain: return "\(name) (\(id))"
        case .preview: return name
        case .screen: return "\(name)  [\(key)]"
        }
    }

    private func block(_ title: String, _ items: [String], width: Int, numbered: Bool = false) -> [SectionLine] {
        guard !items.isEmpty else { return [] }
        return [.blank] + Section.heading(title)
            + Section.list(items, width: width, bullet: isPlain ? "-" : glyphs.bullet, numbered: numbered)
    }
}

extension String {
    /// Padded with spaces to `width` display columns (never cut).
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
