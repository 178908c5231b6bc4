/// Rule: the gear a session asks the runner to fetch (the overview before a session).
public enum SessionGear {
    /// What the runner fetches for `card`: each required item they own (or its equivalent, a kettlebell
    /// for a dumbbell), a household item standing in for one they lack ("a heavy backpack on the knee"
    /// for dumbbells), and nothing for an item only a description can replace. The session overview's
    /// "Fetch" list, so a mat-only runner is never told to fetch dumbbells.
    public static func gear(for card: ExerciseCard, profile: Profile) -> [Equipment] {
        var gear: [Equipment] = []
        for item in card.equipment.required {
            let found: Equipment?
            if profile.equipment.contains(item) || PlanConstants.householdEquipment.contains(item) {
                found = item
            } else if let owned = (PlanConstants.equivalentEquipment[item] ?? []).first(where: profile.equipment.contains) {
                found = owned
            } else {
                let text = card.equipment.substitutes[item.rawValue]?.lowercased() ?? ""
                found = Equipment.allCases.first { candidate in
                    (profile.equipment.contains(candidate) || PlanConstants.householdEquipment.contains(candidate))
                        && text.contains(candidate.rawValue.replacingOccurrences(of: "-", with: " "))
                }
            }
            if let found, !gear.contains(found) { gear.append(found) }
        }
        return gear
    }
}
