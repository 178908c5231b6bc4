import Foundation

/// The JSON that `legwork exercises --json` and `legwork card ID --json` print: a stable, documented
/// schema (docs/catalog-format.md, "JSON output"). Keys are sorted and every card key is present
/// (absent values are null), so output can be diffed and parsed without guessing.
public enum CatalogJSON {
    /// A list of cards as `{"cards": [CARD, ...], "format": 1}`: the data-file shape, so the output
    /// of `legwork exercises --json` can be read back as a catalog file.
    public static func encode(_ cards: [ExerciseCard]) -> String {
        render(CardList(format: CatalogRules.format, cards: cards))
    }

    /// One card as a CARD object.
    public static func encode(_ card: ExerciseCard) -> String {
        render(card)
    }

    private struct CardList: Encodable {
        var format: Int
        var cards: [ExerciseCard]
    }

    private static func render(_ value: some Encodable) -> String {
        do {
            return try JSONText.encode(value, pretty: true)
        } catch {
            // Cards hold only text, whole numbers, booleans and lists of them: encoding cannot fail.
            preconditionFailure("a catalog card failed to encode as JSON: \(error)")
        }
    }
}
