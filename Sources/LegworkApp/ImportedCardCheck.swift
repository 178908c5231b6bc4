import LegworkKit

/// The catalog's checks for cards that come from outside (an exercise file, a backup): the cards the
/// catalog refuses (an id that shadows a built-in card, control characters, a bad dose…) are left
/// out and reported in the catalog's own words, so a bad card can never stop Legwork from starting.
enum ImportedCardCheck {
    /// `cards` without the refused ones, the ids refused and one line per problem.
    static func check(_ cards: [ExerciseCard], besides kept: [ExerciseCard] = []) -> (cards: [ExerciseCard], refused: Set<String>, problems: [String]) {
        let newIDs = Set(cards.map(\.id))
        do {
            _ = try Catalog.bundled().adding(kept + cards)
            return (cards, [], [])
        } catch {
            var refused = Set<String>()
            var problems: [String] = []
            for problem in error.errors {
                if case let .id(id)? = problem.card, newIDs.contains(id) {
                    refused.insert(id)
                    problems.append("\(problem.card.map { "\($0)" } ?? ""): \(problem.field.map { "field \"\($0)\": " } ?? "")\(problem.problem)")
                }
            }
            return (cards.filter { !refused.contains($0.id) }, refused, problems)
        }
    }
}
