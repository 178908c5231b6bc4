/// Why today's session could not be put together.
public enum TodaySessionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownCard(String, suggestions: [String])
    case notForLevel(String, level: Level)
    /// Neither the card nor an easier variant can be done with the runner's equipment or a household
    /// stand-in (the card's name, the items missing).
    case needsEquipment(String, missing: [String])

    /// No card `id` in `catalog`, with up to five ids that start alike as suggestions.
    public static func unknown(_ id: String, in catalog: Catalog) -> TodaySessionError {
        .unknownCard(id, suggestions: catalog.ids.filter { $0.hasPrefix(String(id.prefix(3))) }.prefix(5).map { $0 })
    }

    public var description: String {
        switch self {
        case let .unknownCard(id, suggestions):
            let hint = suggestions.isEmpty ? "the exercise list has every card" : "did you mean \(suggestions.joined(separator: ", "))?"
            return "no exercise card has the id \"\(id)\": \(hint)"
        case let .needsEquipment(name, missing):
            return "\(name) needs \(missing.joined(separator: " and ")), and no easier variant can be done without: pick another exercise"
        case let .notForLevel(id, level):
            return "\"\(id)\" has no dose at \(level.rawValue) level, nor do its easier variants: pick another card of your level from the exercise list"
        }
    }
}
