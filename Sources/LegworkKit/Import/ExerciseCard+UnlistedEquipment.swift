extension ExerciseCard {
    /// Equipment this card needs that is not in Legwork's `Equipment` list (e.g. "barbell" on an
    /// imported card), sorted. Such needs are recorded as `substitutes` entries whose key is not an
    /// `Equipment` word; a filter for "equipment I have" should exclude a card when this is not empty.
    public var unlistedEquipment: [String] {
        equipment.substitutes.keys.filter { Equipment(rawValue: $0) == nil }.sorted()
    }
}
