/// Builders for the blocks of a text document (a card, a preview): headings, wrapped paragraphs and
/// bulleted or numbered lists, all wrapped by words to a width. They return `SectionLine`s, which a
/// screen scrolls and draws and the plain-text output joins.
public enum Section {
    /// A heading line ("Steps"), bold.
    public static func heading(_ title: String) -> [SectionLine] {
        [SectionLine(title, .emphasis)]
    }

    /// `text` wrapped to `width`, every line indented by `indent` spaces.
    public static func paragraph(_ text: String, width: Int, indent: Int = 0, style: Style = .plain) -> [SectionLine] {
        let pad = String(repeating: " ", count: indent)
        return TextWrap.lines(text, width: max(1, width - indent)).map { SectionLine(pad + $0, style) }
    }

    /// Items each starting with a marker ("•", "1.") and wrapping under their own text (hanging indent).
    /// `markers` gives each item's marker; by default every item gets `bullet`.
    public static func list(_ items: [String], width: Int, bullet: String, numbered: Bool = false, indent: Int = 2, style: Style = .plain) -> [SectionLine] {
        let markers = items.indices.map { numbered ? "\($0 + 1)." : bullet }
        let markerWidth = markers.map { DisplayWidth.of($0) }.max() ?? 1
        var out: [SectionLine] = []
        for (item, marker) in zip(items, markers) {
            let hang = indent + markerWidth + 1
            let lines = TextWrap.lines(item, width: max(1, width - hang))
            for (i, line) in lines.enumerated() {
                let lead = i == 0
                    ? String(repeating: " ", count: indent) + marker + String(repeating: " ", count: markerWidth - DisplayWidth.of(marker) + 1)
                    : String(repeating: " ", count: hang)
                out.append(SectionLine([SectionLine.Span(lead, .hint), SectionLine.Span(line, style)]))
            }
        }
        return out
    }

    /// A "label  value" line whose value wraps under itself: "Tempo    3-0-1 (seconds down, pause, up)".
    public static func field(_ label: String, _ value: String, width: Int, labelWidth: Int, style: Style = .plain) -> [SectionLine] {
        let lines = TextWrap.lines(value, width: max(1, width - labelWidth))
        return lines.enumerated().map { i, line in
            let lead = i == 0 ? label + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label))) : String(repeating: " ", count: labelWidth)
            return SectionLine([SectionLine.Span(lead, .hint), SectionLine.Span(line, style)])
        }
    }
}
