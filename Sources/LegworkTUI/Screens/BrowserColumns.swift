import LegworkKit

/// The browser's columns at a width: pointer, name, kind, quality bars, "imp", equipment.
struct BrowserColumns {
    let name: Int
    let equipment: Int
    static let kind = 8
    static let imported = 3

    /// The narrowest equipment column: "dumbbells" whole.
    static let minimumEquipment = 10

    /// `longestName`: the widest name listed; the name column takes what it needs up to what the
    /// equipment column can spare, so names are cut only when the row is really too narrow.
    init(width: Int, longestName: Int = 32) {
        showsDetail = width >= Self.detailWidth
        guard showsDetail else {
            // A narrow window lists name and kind only: the card itself has the rest.
            name = max(8, width - 2 - 1 - Self.kind)
            equipment = 0
            return
        }
        let fixed = 2 + 1 + Self.kind + 1 + QualityBars.compactWidth + 1 + Self.imported + 1
        let rest = max(10, width - fixed)
        name = max(12, min(longestName, rest - Self.minimumEquipment))
        equipment = max(0, rest - name)
    }

    /// The quality bars, the imported mark and the equipment are listed from this width on.
    static let detailWidth = 56
    let showsDetail: Bool

    var header: String {
        guard showsDetail else { return "  " + "Name".padding(name) + " " + "Kind" }
        return "  " + "Name".padding(name) + " " + "Kind".padding(Self.kind) + " " + QualityBars.header + " " + "   " + " " + "Equipment"
    }

    /// What the quality heads mean, under the list.
    static let legend = "SL single-leg · JC joint control · LT load tolerance · CO carryover (0–3)"
    static let shortLegend = "SL single-leg · JC joint control · LT load tolerance · CO carryover"

    /// The legend that fits `width` whole, the short one when the long does not.
    static func legend(width: Int) -> String {
        DisplayWidth.of(legend) <= width ? legend : shortLegend
    }

    func render(_ card: ExerciseCard, selected: Bool, into canvas: inout Canvas, row: Rect, glyphs: Glyphs) {
        if selected { canvas.fill(row, style: .selected) }
        let base: Style = selected ? .selected : .plain
        var x = canvas.write(selected ? glyphs.pointer + " " : "  ", x: row.x, y: row.y, style: base, clip: row)
        canvas.write(Self.fit(card.name, width: name, ellipsis: glyphs.ellipsis), x: x, y: row.y, style: selected ? .selected : .emphasis, clip: row)
        x += name + 1
        canvas.write(card.kind.rawValue, x: x, y: row.y, style: base, clip: row)
        guard showsDetail else { return }
        x += Self.kind + 1
        canvas.write(QualityBars.compact(card.qualities, glyphs: glyphs), x: x, y: row.y, style: selected ? .selected : .good, clip: row)
        x += QualityBars.compactWidth + 1
        if card.isImported { canvas.write("imp", x: x, y: row.y, style: selected ? .selected : .warn, clip: row) }
        x += Self.imported + 1
        let needs = card.equipment.required.map(\.rawValue) + card.unlistedEquipment
        let text = needs.isEmpty ? "-" : needs.joined(separator: ", ")
        canvas.write(Self.fit(text, width: equipment, ellipsis: glyphs.ellipsis), x: x, y: row.y, style: selected ? .selected : .hint, clip: row)
    }

    /// `text` shortened to whole words plus an ellipsis when it is wider than `width`: a row never
    /// shows half a word.
    static func fit(_ text: String, width: Int, ellipsis: String) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        for word in text.split(separator: " ") {
            let candidate = out.isEmpty ? String(word) : out + " " + word
            if DisplayWidth.of(candidate) + DisplayWidth.of(ellipsis) > width { break }
            out = candidate
        }
        if out.isEmpty { return TextWrap.truncate(text, width: width, ellipsis: ellipsis) }
        while let last = out.last, last == "," || last == "-" { out.removeLast() }
        return out + ellipsis
    }
}
