import LegworkKit

/// `legwork card ID --plain`: the card as plain text, no escape codes, no bars — the same content and
/// order as the card screen, for pipes and screen readers.
public enum CardText {
    /// The card wrapped to `width` columns; the runner's `level` is marked "(your level)".
    public static func plain(_ card: ExerciseCard, level: Level?, catalog: Catalog, width: Int = 80) -> String {
        let lines = CardDocument(card: card, level: level, catalog: catalog, mode: .plain).lines(width: width)
        return lines.map { line in
            var text = line.text
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }
}
