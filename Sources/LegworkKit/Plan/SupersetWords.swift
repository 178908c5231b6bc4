/// Words written last (DOMAIN §6, Words follow values): the first of two accessories done as a superset
/// says so, naming the exercise after it as it stands once the log and the block have chosen its card.
/// Written from the pairing (`PlanItem.supersetWithNext`, a value) every time the session's items change,
/// never found in a note and edited.
enum SupersetWords {
    /// "Superset with Side plank: one set of each in turn, then rest."
    static func sentence(next name: String) -> String {
        "Superset with \(name): one set of each in turn, then rest."
    }

    /// Writes the superset sentence of every paired item of `items` from the name of the item now after it,
    /// and takes it off an item no longer paired.
    static func write(_ items: inout [PlanItem]) {
        for i in items.indices {
            let pairing = items[i].supersetWithNext == true && i + 1 < items.count ? sentence(next: items[i + 1].name) : nil
            guard pairing != items[i].supersetNote else { continue }
            items[i].writeNote(own: items[i].ownNote, superset: pairing)
        }
    }
}
