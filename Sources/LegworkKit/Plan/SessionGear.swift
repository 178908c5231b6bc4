/// Rule: the gear a session asks the runner to fetch (the overview before a session).
public enum SessionGear {
    /// What the runner fetches for `card`: each required item they own (or its equivalent, a kettlebell
    /// for a dumbbell), and nothing else: a household stand-in is said with the exercise (`standIns`), so
    /// the session overview's "Fetch" list never names gear the runner does not own.
    public static func gear(for card: ExerciseCard, profile: Profile) -> [Equipment] {
        var gear: [Equipment] = []
        for item in card.equipment.required {
            let owned = profile.equipment.contains(item) ? item : (PlanConstants.equivalentEquipment[item] ?? []).first(where: profile.equipment.contains)
            if let owned, !gear.contains(owned) { gear.append(owned) }
        }
        return gear
    }

    /// What stands in for gear `card` needs and the runner does not own, in plain words, one sentence
    /// per item: "Goblet squat needs dumbbells: a loaded backpack hugged to the chest instead." Items
    /// every home has (a wall, a chair, a towel, a pillow, a backpack) are not said: they are at hand.
    public static func standIns(for card: ExerciseCard, profile: Profile, name: String) -> [String] {
        let selector = ExerciseSelector(cards: [card], profile: profile)
        return card.equipment.required.filter { !selector.owns($0) && !PlanConstants.householdEquipment.contains($0) }.compactMap { item in
            selector.usableSubstitute(card, for: item).map { "\(name) needs \(named(item)): \($0) instead." }
        }
    }

    /// "a trap bar", "dumbbells": an item as a sentence names it.
    static func named(_ item: Equipment) -> String {
        item.title.hasSuffix("s") ? item.title : "a \(item.title)"
    }
}
