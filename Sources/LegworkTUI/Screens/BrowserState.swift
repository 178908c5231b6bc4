import LegworkKit

/// What the exercise browser shows, without any drawing: the cards, the active filters, the search
/// and the matching cards in order. Every filter key cycles one criterion through its values.
public struct BrowserState: Sendable {
    public private(set) var cards: [ExerciseCard]
    public private(set) var filter: CatalogFilter
    /// The runner's equipment (from the profile), or nil without a profile: then "mine" means body
    /// weight only.
    public let myEquipment: Set<Equipment>?
    /// The cards that pass the filter, best search matches first (Legwork's own before imported ones).
    public private(set) var matches: [ExerciseCard] = []
    /// Whose cards are listed: Legwork's reviewed runner cards by default; imported ones (hundreds of
    /// unreviewed gym cards from free-exercise-db) only when asked for.
    public private(set) var source: Source = .legwork

    public enum Source: String, Sendable, CaseIterable {
        case legwork, all, imported
    }

    /// Whether any imported card is there to show (else the source filter has nothing to choose).
    public var hasImported: Bool { cards.contains(where: \.isImported) }

    public init(cards: [ExerciseCard], myEquipment: Set<Equipment>? = nil, level: Level? = nil) {
        self.cards = cards
        self.myEquipment = myEquipment
        self.filter = CatalogFilter(level: level)
        refresh()
    }

    // MARK: - Criteria

    /// The criteria the filter keys cycle.
    public enum Criterion: String, Sendable, CaseIterable {
        case kind, quality, muscle, equipment, injury, level, source
    }

    public mutating func cycle(_ criterion: Criterion) {
        switch criterion {
        case .kind: filter.kind = Self.next(filter.kind)
        case .quality: filter.quality = Self.next(filter.quality)
        case .muscle: filter.muscle = Self.next(filter.muscle)
        case .injury: filter.injury = Self.next(filter.injury)
        case .level: filter.level = Self.next(filter.level)
        case .equipment: filter.equipment = filter.equipment == nil ? (myEquipment ?? []) : nil
        case .source:
            let all = Source.allCases
            source = all[((all.firstIndex(of: source) ?? 0) + 1) % all.count]
        }
        refresh()
    }

    /// Clears every filter and the search (the source goes back to Legwork's cards).
    public mutating func clear() {
        filter = CatalogFilter()
        source = .legwork
        refresh()
    }

    public mutating func setSearch(_ text: String) {
        filter.search = text
        refresh()
    }

    /// Takes a card out of the list (it was removed from the store).
    public mutating func remove(id: String) {
        cards.removeAll { $0.id == id }
        refresh()
    }

    /// The value after `value` in the vocabulary, with nil ("all") between the last and the first.
    static func next<T: CaseIterable & Equatable>(_ value: T?) -> T? {
        let all = Array(T.allCases)
        guard let value, let i = all.firstIndex(of: value) else { return all.first }
        return i + 1 < all.count ? all[i + 1] : nil
    }

    /// The value of one criterion in words, for the filter bar: "all" when it lets everything through.
    public func label(_ criterion: Criterion) -> String {
        switch criterion {
        case .kind: filter.kind?.rawValue ?? "all"
        case .quality: filter.quality.map { $0.abbreviation + " " + $0.rawValue } ?? "all"
        case .muscle: filter.muscle?.title ?? "all"
        case .injury: filter.injury?.rawValue ?? "all"
        case .level: filter.level?.rawValue ?? "all"
        case .source: source == .legwork ? "Legwork's" : source.rawValue
        case .equipment:
            switch filter.equipment {
            case nil: "any"
            case let set? where set.isEmpty: "none"
            case _?: "mine"
            }
        }
    }

    public func isActive(_ criterion: Criterion) -> Bool {
        switch criterion {
        case .kind: filter.kind != nil
        case .quality: filter.quality != nil
        case .muscle: filter.muscle != nil
        case .injury: filter.injury != nil
        case .level: filter.level != nil
        case .equipment: filter.equipment != nil
        case .source: source != .legwork
        }
    }

    /// The cards of the chosen source.
    private var sourced: [ExerciseCard] {
        switch source {
        case .legwork: cards.filter { !$0.isImported }
        case .all: cards
        case .imported: cards.filter(\.isImported)
        }
    }

    /// The widest name among the cards of the chosen source: the name column keeps this width while
    /// a search narrows the list, so the rows do not jump.
    public var longestName: Int { sourced.map { DisplayWidth.of($0.name) }.max() ?? 12 }

    /// "12 of 45": the matches among the cards of the chosen source.
    public var countText: String { "\(matches.count) of \(sourced.count)" }

    /// How many imported cards the source filter hides (0 when they are shown or there are none).
    public var hiddenImported: Int { source == .legwork ? cards.count(where: \.isImported) : 0 }

    private mutating func refresh() {
        let found = filter.apply(to: sourced)
        // Legwork's reviewed cards before imported ones, each in the filter's order.
        matches = found.filter { !$0.isImported } + found.filter(\.isImported)
    }
}
