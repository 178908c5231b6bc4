/// What the browser and `legwork exercises` narrow the catalog to. Every criterion left nil (or an
/// empty search) lets every card through; set criteria must all hold.
public struct CatalogFilter: Sendable, Equatable {
    public var kind: ExerciseKind?
    /// Cards that train this quality well: a score of at least `CatalogFilter.strongScore`.
    public var quality: Quality?
    /// Cards that work this muscle, as a primary or a secondary muscle.
    public var muscle: Muscle?
    /// The equipment at hand: a card qualifies when all its required equipment is in the set.
    /// Nil means "don't filter on equipment"; an empty set means "body weight only".
    public var equipment: Set<Equipment>?
    public var injury: Injury?
    /// Cards that have a dose for this level.
    public var level: Level?
    /// Incremental search over names, aliases and ids: every word of the query must begin a word of
    /// the card ("sl rd" finds "Single-leg RDL"), ignoring case.
    public var search: String

    /// The score from which a card counts as training a quality (2 = a clear purpose of the exercise).
    public static let strongScore = 2

    public init(
        kind: ExerciseKind? = nil, quality: Quality? = nil, muscle: Muscle? = nil, equipment: Set<Equipment>? = nil,
        injury: Injury? = nil, level: Level? = nil, search: String = ""
    ) {
        self.kind = kind; self.quality = quality; self.muscle = muscle; self.equipment = equipment
        self.injury = injury; self.level = level; self.search = search
    }

    /// True when nothing is filtered.
    public var isEmpty: Bool {
        var criteria = self
        criteria.search = ""
        return criteria == CatalogFilter() && SearchQuery(search).words.isEmpty
    }

    /// Whether `card` passes every criterion, search included.
    public func matches(_ card: ExerciseCard) -> Bool {
        passesCriteria(card) && SearchQuery(search).rank(card) != nil
    }

    private func passesCriteria(_ card: ExerciseCard) -> Bool {
        if let kind, card.kind != kind { return false }
        if let quality, card.score(quality) < Self.strongScore { return false }
        if let muscle, !card.muscles.all.contains(muscle) { return false }
        // Equipment Legwork does not list (an imported card's barbell) is never "at hand".
        if let equipment, !card.equipment.required.allSatisfy(equipment.contains) || !card.unlistedEquipment.isEmpty { return false }
        if let injury, !card.injuries.contains(injury) { return false }
        if let level, card.dose[level] == nil { return false }
        return true
    }

    /// The matching cards: best search matches first (name starts with the query, then name words,
    /// then an alias or the id, then words spread over several of them), catalog order otherwise.
    public func apply(to cards: [ExerciseCard]) -> [ExerciseCard] {
        let query = SearchQuery(search)
        let ranked = cards.enumerated().compactMap { index, card -> (rank: Int, index: Int, card: ExerciseCard)? in
            guard passesCriteria(card), let rank = query.rank(card) else { return nil }
            return (rank, index, card)
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.card)
    }
}

extension Catalog {
    /// The cards that pass `filter`, best search matches first, otherwise in catalog order.
    public func cards(matching filter: CatalogFilter) -> [ExerciseCard] { filter.apply(to: cards) }
}

/// A search query split into words, and how well a card answers it (lower rank is better).
struct SearchQuery {
    let words: [String]

    init(_ text: String) { words = SearchQuery.words(of: text) }

    /// Lower-case runs of letters and digits: "Single-leg RDL" -> ["single", "leg", "rdl"].
    static func words(of text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// 0 the name starts with the query; 1 every word begins a word of the name; 2 an alias or the id
    /// starts with the query; 3 every word begins a word of one alias or the id; 4 the words are spread
    /// over name, aliases and id; nil no match. An empty query matches everything with rank 0.
    func rank(_ card: ExerciseCard) -> Int? {
        guard !words.isEmpty else { return 0 }
        let name = Self.words(of: card.name)
        let others = (card.aliases + [card.id]).map(Self.words(of:))
        if startsWith(name) { return 0 }
        if allWordsMatch(name) { return 1 }
        if others.contains(where: startsWith) { return 2 }
        if others.contains(where: allWordsMatch) { return 3 }
        if allWordsMatch(name + others.flatMap { $0 }) { return 4 }
        return nil
    }

    /// The query's words are the text's first words, the last one possibly unfinished ("single-le").
    private func startsWith(_ text: [String]) -> Bool {
        guard words.count <= text.count else { return false }
        for (index, word) in words.enumerated() {
            let isLast = index == words.count - 1
            if isLast ? !text[index].hasPrefix(word) : text[index] != word { return false }
        }
        return true
    }

    private func allWordsMatch(_ text: [String]) -> Bool {
        words.allSatisfy { word in text.contains { $0.hasPrefix(word) } }
    }
}
