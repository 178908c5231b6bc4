/// Matches the exercise names of another app to Legwork's cards: by card id ("sl_rdl", or its words:
/// "goblet squat"), by card name ("Single-leg RDL"), in any case and spacing, and without the equipment
/// in brackets that Strong and Hevy add ("Goblet Squat (Kettlebell)" finds `goblet_squat`). A name that matches nothing is kept as
/// the other app wrote it.
public struct ExerciseNames: Sendable {
    private var ids: [String: String] = [:]

    public init(cards: [(id: String, name: String)]) {
        for card in cards {
            // The first card keeps a name two cards share.
            for key in [Self.key(card.id), Self.key(card.name), Self.key(card.id.replacing("_", with: " "))] where ids[key] == nil {
                ids[key] = card.id
            }
        }
    }

    /// The card id for `name`, or nil.
    public func cardID(for name: String) -> String? {
        if let id = ids[Self.key(name)] { return id }
        guard let bracket = name.firstIndex(of: "("), name.hasSuffix(")") else { return nil }
        return ids[Self.key(String(name[..<bracket]))]
    }

    /// Lower case, one space between words.
    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
