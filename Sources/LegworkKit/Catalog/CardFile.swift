/// A file of cards as `legwork exercises --json` writes it (`{"format": 1, "cards": [...]}`, the catalog's
/// own shape), read back so a physical therapist can hand a runner a set of cards: each card is checked
/// by the catalog's reader; the caller checks them against the catalog before storing.
public enum CardFile {
    /// Whether `text` is a JSON object with a `cards` list (and not a backup): such a file.
    public static func recognises(_ text: String) -> Bool {
        guard text.first(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) == "{",
              case let .object(members)? = try? JSONParser.parse(text) else { return false }
        let keys = Set(members.map(\.key))
        return keys.contains("cards") && !keys.contains("sessions") && !keys.contains("documents")
    }

    /// The cards of the file, or every problem found (named by card and field).
    public static func cards(_ text: String, file: String) throws(CatalogErrors) -> [ExerciseCard] {
        var reader = CatalogReader(file: file)
        let read = reader.read(text)
        if !reader.problems.isEmpty { throw CatalogErrors(reader.problems) }
        return read.map(\.card)
    }
}
