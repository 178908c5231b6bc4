/// Rule: the sets a light week keeps (DOMAIN §2, Deload: "sets −40–50%, RIR +2"; Races: the last session
/// before a race is light, "≤50% sets").
///
/// A deload keeps, for each exercise, the whole number of sets that cuts 40–50% (4 → 2, 2 → 1, 5 → 3,
/// 6 → 3). From 3 sets no whole number does (2 is a 33% cut, 1 a 67% cut), so a session's 3-set exercises
/// take turns, in session order: each keeps 2 or 1, whichever brings the session's sets so far closest to
/// the 45% cut (`PlanConstants.deloadVolumeCut`), the first of them 2 — a session of four 3-set exercises
/// keeps 2, 1, 2, 2: 7 of 12 sets, a 42% cut. A lone 3-set exercise keeps 2, the nearer of the two. A single set
/// stays a single set: the only smaller dose leaves the exercise out.
/// Race week and the light session after a race keep at most half, rounded down (3 → 1), never below one.
/// Reps and seconds stay as they are: the lighter effort is the 2 more reps in reserve (`DoseRule.lightRIR`).
struct LightSets {
    enum Kind: Sendable {
        /// A deload, a return week, the familiar work of a race close at hand: sets −40–50%.
        case deload
        /// Race week and the session after a race: at most half the sets.
        case race
    }

    let kind: Kind
    /// Sets before and after the cut of the session's exercises lightened so far.
    private(set) var fullSets = 0
    private(set) var keptSets = 0

    init(kind: Kind) { self.kind = kind }

    /// `dose` with the sets the light week keeps, counted into the session's tally.
    mutating func lighten(_ dose: Dose) -> Dose {
        var light = dose
        light.sets = Self.sets(dose.sets, kind: kind, fullBefore: fullSets, keptBefore: keptSets)
        fullSets += dose.sets
        keptSets += light.sets
        return light
    }

    /// The sets kept from `sets`, after exercises of the same session that had `fullBefore` sets and kept
    /// `keptBefore` (both 0 for an exercise on its own).
    static func sets(_ sets: Int, kind: Kind, fullBefore: Int = 0, keptBefore: Int = 0) -> Int {
        guard sets > 1 else { return max(sets, 1) }
        if kind == .race { return max(1, sets / 2) }
        let cut = PlanConstants.deloadSetsCut
        let inRange = (1..<sets).filter { cut.contains(1 - Double($0) / Double(sets)) }
        let kept = 1 - PlanConstants.deloadVolumeCut
        let candidates = inRange.isEmpty ? [Int((Double(sets) * kept).rounded(.down)), Int((Double(sets) * kept).rounded(.up))] : inRange
        // The whole number that brings the session's kept sets closest to its share; a tie keeps more.
        let aim = Double(fullBefore + sets) * kept - Double(keptBefore)
        return candidates.map { max(1, $0) }.min { (abs(Double($0) - aim), -$0) < (abs(Double($1) - aim), -$1) }!
    }

    /// The words of a dose cut for pain, from the values: "2 sets instead of 3, in a pain-free range only".
    static func painCutWords(kept: Int, of sets: Int) -> String {
        let fewer = kept < sets ? "\(kept) \(kept == 1 ? "set" : "sets") instead of \(sets), " : ""
        return fewer + "in a pain-free range only"
    }

    /// "Pain above 5/10: 2 sets instead of 3, in a pain-free range only."
    static func painCutNote(kept: Int, of sets: Int) -> String {
        "Pain above \(PlanConstants.regressPain)/10: " + painCutWords(kept: kept, of: sets) + "."
    }
}
