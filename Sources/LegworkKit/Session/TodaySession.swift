/// The guided strength session for "today" (`legwork session today`), and one card as a session of its
/// own (`legwork session ID`).
///
/// Until the personal plan supplies the day's session, "today" is the foundation five (DOMAIN §3) at
/// the runner's level. Callers depend only on `plan(catalog:profile:level:date:)`, so the plan can take
/// over later without touching the commands.
public enum TodaySession {
    /// The foundation five, in session order: hip extension, single-leg hinge, lateral hip, single-leg
    /// push, trunk.
    public static let foundation = ["glute_bridge", "sl_rdl", "lateral_band_walk", "step_up", "front_plank"]

    /// Today's session: the foundation five at `level`, each swapped for its regression when the runner
    /// lacks its equipment or the card has no dose at that level.
    ///
    /// - Parameters:
    ///   - profile: nil before the intake: every piece of equipment counts as available.
    ///   - date: today; it picks which card's running cue the session takes into the next run, so the
    ///     cue changes from one session day to the next.
    /// - Throws: `TodaySessionError` when a foundation card (or every card of its regression chain) is
    ///   missing from the catalog or cannot be done at this level.
    public static func plan(catalog: Catalog, profile: Profile?, level: Level, date: CalendarDate) throws(TodaySessionError) -> SessionPlan {
        var items: [SessionItem] = []
        var cues: [String] = []
        for id in foundation {
            let card = try card(for: id, catalog: catalog, equipment: profile?.equipment, level: level,
                                excluding: Set(items.map(\.cardID)))
            items.append(try item(card, level: level))
            if !card.runningCue.isEmpty { cues.append(card.runningCue) }
        }
        let cue = cues.isEmpty ? "" : cues[((date.dayNumber % cues.count) + cues.count) % cues.count]
        return SessionPlan(id: "today-\(date)", title: "Today's strength session", kind: .strength, items: items, runningCue: cue)
    }

    /// One card as a one-exercise session, with the same equipment and level rule as `plan`.
    ///
    /// - Throws: `TodaySessionError.unknownCard` when the id is not in the catalog (with the nearest
    ///   ids), `.notForLevel` when neither it nor its regressions have a dose at `level`.
    public static func single(cardID: String, catalog: Catalog, profile: Profile?, level: Level) throws(TodaySessionError) -> SessionPlan {
        try singleCard(cardID: cardID, catalog: catalog, profile: profile, level: level).plan
    }

    /// One card as a one-exercise session for what the runner owns, and what was swapped and why in
    /// plain words ("Goblet squat needs dumbbells: a loaded backpack hugged to the chest instead.").
    ///
    /// With a profile, the card is done when the runner has its equipment or a household stand-in for it
    /// (its load then named in what they use), else the first card down its regression chain that is;
    /// a card no stand-in or regression makes possible is refused rather than asking for gear the runner
    /// lacks. Without a profile every piece of equipment counts as available.
    /// - Throws: as `single`, and `.needsEquipment` when nothing of the chain can be done with what the
    ///   runner has.
    public static func singleCard(cardID: String, catalog: Catalog, profile: Profile?, level: Level)
        throws(TodaySessionError) -> (plan: SessionPlan, swaps: [String]) {
        guard let profile else {
            let card = try card(for: cardID, catalog: catalog, equipment: nil, level: level)
            return (SessionPlan(id: "card-\(card.id)", title: card.name, kind: .strength, items: [try item(card, level: level)],
                                runningCue: card.runningCue), [])
        }
        let asked = try card(for: cardID, catalog: catalog, equipment: nil, level: level)
        let selector = ExerciseSelector(cards: catalog.cards, profile: profile)
        var chain: [ExerciseCard] = [asked]
        while let next = chain.last?.regression, !chain.contains(where: { $0.id == next }), let card = catalog.card(id: next) {
            chain.append(card)
        }
        guard let card = chain.first(where: { $0.dose[level] != nil && selector.isDoable($0) }) else {
            throw .needsEquipment(asked.name, missing: selector.missing(asked).map(SessionGear.named))
        }
        var item = try item(card, level: level)
        item.dose.load = selector.ownLoad(item.dose.load, for: card)
        var swaps: [String] = []
        if card.id != asked.id {
            let missing = selector.missing(asked).map(SessionGear.named).joined(separator: " and ")
            swaps.append("\(asked.name) needs \(missing.isEmpty ? "equipment you do not have" : missing): \(card.name) instead.")
        }
        swaps += SessionGear.standIns(for: card, profile: profile, name: card.name)
        return (SessionPlan(id: "card-\(card.id)", title: card.name, kind: .strength, items: [item], runningCue: card.runningCue), swaps)
    }

    /// The easier variant the runner may swap `cardID` for from the session overview: the first card down
    /// its regression chain that has a dose at `level`, can be done with what the runner has (a
    /// household stand-in counts; no profile: everything) and that `permits` (today's safety gate)
    /// allows, dosed at the level and loaded with what the runner has. Nil when there is none.
    public static func easierVariant(of cardID: String, catalog: Catalog, profile: Profile?, level: Level,
                                     permits: (ExerciseCard) -> Bool) -> SessionItem? {
        guard let first = catalog.card(id: cardID) else { return nil }
        let selector = profile.map { ExerciseSelector(cards: catalog.cards, profile: $0) }
        var seen: Set<String> = [first.id]
        var next = first.regression
        while let id = next, !seen.contains(id), let card = catalog.card(id: id) {
            seen.insert(id)
            next = card.regression
            guard card.dose[level] != nil, selector?.isDoable(card) ?? true, permits(card), var item = try? item(card, level: level) else { continue }
            item.dose.load = selector?.ownLoad(item.dose.load, for: card) ?? item.dose.load
            item.why = "The easier variant of \(first.name), chosen for today."
            return item
        }
        return nil
    }

    /// The card to do for `id`: itself when the runner has its equipment and it has a dose at the
    /// level, else the first card down its regression chain that does and is not already in the session
    /// (`excluding`). When no card of the chain fits, the original card stays: its substitutes say what
    /// to use instead ("a filled water bottle").
    static func card(
        for id: String, catalog: Catalog, equipment: Set<Equipment>?, level: Level, excluding: Set<String> = []
    ) throws(TodaySessionError) -> ExerciseCard {
        guard let first = catalog.card(id: id) else { throw .unknown(id, in: catalog) }
        var chain: [ExerciseCard] = [first]
        var seen: Set<String> = [first.id]
        while let next = chain.last?.regression, !seen.contains(next), let card = catalog.card(id: next) {
            chain.append(card)
            seen.insert(next)
        }
        let doable = chain.filter { $0.dose[level] != nil }
        guard let fallback = doable.first else { throw .notForLevel(id, level: level) }
        guard let equipment else { return fallback }
        return doable.first { Set($0.equipment.required).isSubset(of: equipment) && !excluding.contains($0.id) } ?? fallback
    }

    static func item(_ card: ExerciseCard, level: Level) throws(TodaySessionError) -> SessionItem {
        do {
            var item = try SessionItem(card: card, level: level)
            // One line fits the runner screen; the other cues are on the card.
            item.cue = card.cues.first ?? ""
            return item
        } catch {
            throw .notForLevel(card.id, level: level)
        }
    }
}
