import LegworkAssets

/// All exercise cards, validated: ids are unique, every regression and progression names a card of
/// the catalog, and no chain of regressions (or of progressions) loops.
///
/// Cards keep the order of their files (strength, calves, core, power, stretches for the bundled
/// catalog, which follows DOMAIN.md), then the order of added cards.
public struct Catalog: Sendable {
    public let cards: [ExerciseCard]
    private let positions: [String: Int]

    private init(cards: [ExerciseCard]) {
        self.cards = cards
        var positions: [String: Int] = [:]
        for (index, card) in cards.enumerated() where positions[card.id] == nil { positions[card.id] = index }
        self.positions = positions
    }

    /// A catalog with no cards.
    public static let empty = Catalog(cards: [])

    /// The card with exactly this id.
    public func card(id: String) -> ExerciseCard? { positions[id].map { cards[$0] } }

    /// The cards of this catalog that `keep` accepts, in order: Legwork's own cards without the imported
    /// ones (`Capability`). A regression or progression naming a card left out is then no card at all.
    public func only(_ keep: (ExerciseCard) -> Bool) -> Catalog { Catalog(cards: cards.filter(keep)) }

    /// Every id, in catalog order.
    public var ids: [String] { cards.map(\.id) }

    // MARK: - Loading

    /// Bundled files load in this order; files not listed follow in path order.
    static let preferredFileOrder = ["strength", "calves", "core", "power", "stretches"]

    /// The catalog shipped inside the program: every bundled `catalog/*.json` file, read once.
    public static func bundled() throws(CatalogErrors) -> Catalog { try bundledCatalog.get() }

    /// Reads ahead what the cards' written substitutes name ("a stair or sturdy box"), which a plan asks of
    /// every card it considers (`SubstituteNeeds`): a command that will make a plan does it on the core
    /// that reads the catalog, while the other opens the store.
    public func readSubstitutesAhead() { SubstituteNeeds.learn(cards) }

    /// `paths` sorted by `preferredFileOrder` of their file names, then alphabetically.
    static func inLoadingOrder(_ paths: [String]) -> [String] {
        paths.sorted { a, b in
            let (ra, rb) = (fileRank(a), fileRank(b))
            return ra != rb ? ra < rb : a < b
        }
    }

    private static func fileRank(_ path: String) -> Int {
        let stem = path.split(separator: "/").last.map { String($0.dropLast(".json".count)) } ?? path
        return preferredFileOrder.firstIndex(of: stem) ?? preferredFileOrder.count
    }

    /// Reads and validates catalog files (`{"format": 1, "cards": [...]}`), in the order given.
    /// Throws every problem found in every file at once.
    public static func load(files: [(path: String, text: String)]) throws(CatalogErrors) -> Catalog {
        var problems: [CatalogError] = []
        var read: [ReadCard] = []
        for file in files {
            var reader = CatalogReader(file: file.path)
            read += reader.read(file.text)
            problems += reader.problems
        }
        return try build(read, existing: [], problems: problems)
    }

    /// This catalog plus `cards` (typically imported ones, with `source` set), validated together:
    /// their ids must be new, their references must resolve in the combined catalog.
    public func adding(_ cards: [ExerciseCard]) throws(CatalogErrors) -> Catalog {
        let read = cards.enumerated().map { index, card in
            ReadCard(
                card: card,
                file: card.source.map { "imported from \($0)" } ?? "added cards",
                reference: card.id.isEmpty ? .position(index + 1) : .id(card.id),
                badFields: [])
        }
        let existing = self.cards.map { ReadCard(card: $0, file: "the catalog", reference: .id($0.id), badFields: []) }
        return try Catalog.build(read, existing: existing, problems: [])
    }

    /// Checks `added` card by card and across the whole catalog (`existing` is already valid).
    private static func build(_ added: [ReadCard], existing: [ReadCard], problems: [CatalogError]) throws(CatalogErrors) -> Catalog {
        var problems = problems
        for entry in added {
            problems += CardRules.problems(of: entry.card, file: entry.file, reference: entry.reference, skipping: entry.badFields)
        }
        let all = existing + added

        // Duplicate ids: the first card keeps the id, later ones are reported.
        var firstFile: [String: String] = [:]
        for entry in existing { firstFile[entry.card.id] = entry.file }
        for entry in added where !entry.card.id.isEmpty && !entry.badFields.contains("id") {
            if let first = firstFile[entry.card.id] {
                let place = first == entry.file ? "this file" : first
                problems.append(CatalogError(
                    file: entry.file, card: entry.reference, field: "id", problem: .duplicateID(entry.card.id, firstIn: place)))
            } else {
                firstFile[entry.card.id] = entry.file
            }
        }

        // References: every regression and progression must name a card.
        let ids = all.map(\.card.id)
        let known = Set(ids)
        for entry in added {
            for (field, target) in [("regression", entry.card.regression), ("progression", entry.card.progression)] {
                guard let target, !entry.badFields.contains(field) else { continue }
                if !known.contains(target) {
                    problems.append(CatalogError(
                        file: entry.file, card: entry.reference, field: field,
                        problem: .unknownReference(target, suggestions: Suggestions.closest(to: target, in: ids))))
                }
            }
        }

        problems += loops(in: all, reportingOn: Set(added.map(\.card.id)))
        if !problems.isEmpty { throw CatalogErrors(problems) }
        return Catalog(cards: all.map(\.card))
    }

    /// Chains of regressions (and, separately, of progressions) that come back to where they started.
    /// Each loop is reported once, on its first card in catalog order.
    private static func loops(in entries: [ReadCard], reportingOn added: Set<String>) -> [CatalogError] {
        var byID: [String: ReadCard] = [:]
        for entry in entries where byID[entry.card.id] == nil { byID[entry.card.id] = entry }
        var problems: [CatalogError] = []
        for (field, next) in [("regression", \ExerciseCard.regression), ("progression", \ExerciseCard.progression)] {
            var reported = Set<String>()
            for entry in entries where added.contains(entry.card.id) && !reported.contains(entry.card.id) {
                var chain = [entry.card.id]
                var current = entry.card
                while let target = current[keyPath: next], let following = byID[target] {
                    chain.append(target)
                    if target == entry.card.id {
                        reported.formUnion(chain)
                        problems.append(CatalogError(
                            file: entry.file, card: entry.reference, field: field, problem: .loop(chain: chain)))
                        break
                    }
                    // A loop that does not pass through this card is reported from one of its own cards.
                    if chain.dropLast().contains(target) { break }
                    current = following.card
                }
            }
        }
        return problems
    }

    // MARK: - Lookup for the command line

    /// The card for an id typed by a person: the exact id, else the id ignoring case with "-" or " "
    /// for "_", else a card whose name or alias matches ignoring case. Throws with the closest ids.
    public func card(named query: String) throws(UnknownValueError) -> ExerciseCard {
        if let card = card(id: query) { return card }
        let key = query.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 }.reduce(into: "") { $0.append($1) }
        if let card = card(id: key) { return card }
        let folded = query.lowercased()
        if let card = cards.first(where: { $0.name.lowercased() == folded || $0.aliases.contains { $0.lowercased() == folded } }) {
            return card
        }
        throw UnknownValueError(
            what: "exercise", value: query, suggestions: Suggestions.closest(to: query, in: ids),
            hint: "list them with: legwork exercises")
    }
}

/// Read once: the bundled files never change while the program runs, and reading them took a plan read
/// (`legwork plan`) 5 ms, again for every store a test or the simulator opened.
private let bundledCatalog: Result<Catalog, CatalogErrors> = {
    let paths = Catalog.inLoadingOrder(BundledAssets.paths(under: "catalog/").filter { $0.hasSuffix(".json") })
    return Result { () throws(CatalogErrors) in try Catalog.load(files: paths.map { (path: $0, text: BundledAssets.text($0) ?? "") }) }
}()
