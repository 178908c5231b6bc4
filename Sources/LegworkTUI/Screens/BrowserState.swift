import LegworkKit

/// What the exercise browser shows, without any drawing: the cards, the active filters, the search
/// and the matching cards in order. Every filter key cycles one criterion through its values.
public struct BrowserState: Sendable {
    public private(set) var cards: [ExerciseCard]
    public private(set) var filter: CatalogFilter
    /// The runner's equipment (from the profile), or nil without a profile: then "mine" means body
    /// weight only.
    public let myEquipment: Set<Equipment>?
    /// The cards that pass the filter, best search matches first.
    public private(set) var matches: [ExerciseCard] = []

    public init(cards: [ExerciseCard], myEquipment: Set<Equipment>? = nil, level: Level? = nil) {
        self.cards = cards
        self.myEquipment = myEquipment
        self.filter = CatalogFilter(level: level)
        refresh()
    }

    // MARK: - Criteria

    /// The criteria the filter keys cycle.
    public enum Criterion: String, Sendable, CaseIterable {
        case kind, quality, muscle, equipment, injury, level
    }

    public mutating func cycle(_ criterion: Criterion) {
        switch criterion {
        case .kind: filter.kind = Self.next(filter.kind)
        case .quality: filter.quality = Self.next(filter.quality)
        case .muscle: filter.muscle = Self.next(filter.muscle)
        case .injury: filter.injury = Self.next(filter.injury)
        case .level: filter.level = Self.next(filter.level)
        case .equipment: filter.equipment = filter.equipment == nil ? (myEquipment ?? []) : nil
        }
        refresh()
    }

    /// Clears every filter and the search.
    public mutating func clear() {
        filter = CatalogFilter()
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
        }
    }

    /// "12 of 45".
    public var countText: String { "\(matches.count) of \(cards.count)" }

    private mutating func refresh() {
        matches = filter.apply(to: cards)
    }
}
