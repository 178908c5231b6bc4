/// Rule: the heavy lift's ramp-up sets and rests (DOMAIN §2, Session structure: the heavy lift with 1–2
/// ramp-up sets; §6, Ramp-up sets: timed steps, about 8 easy reps at half the weight, then 3–5 at ~75%;
/// rest 2–3 min for an advanced heavy lift).
///
/// The sets are typed (`RampUpSet`) and carried by the plan item into the session, where each is a timed
/// step; the plan's note is written from them. A light week's heavy lift (deload, race week) is light
/// enough to need none.
enum RampUp {
    /// The ramp-up sets before a heavy lift of repetitions in a usual week; nil for everything else.
    static func sets(slot: PlanSlot, dose: Dose, light: Bool) -> [RampUpSet]? {
        guard slot == .heavyLift, case .reps = dose.work, !light else { return nil }
        return PlanConstants.rampUpSets
    }

    /// "2 ramp-up sets before the work sets: 8 easy reps at about half the weight, then 4 easy reps at
    /// about three quarters of the weight."
    static func note(_ sets: [RampUpSet]) -> String {
        "\(sets.count) ramp-up \(sets.count == 1 ? "set" : "sets") before the work sets: "
            + sets.map(\.words).joined(separator: ", then ") + "."
    }

    /// The rest between a heavy lift's work sets: an advanced runner's stays within
    /// `PlanConstants.advancedHeavyLiftRest` whatever the minutes cut.
    static func workRest(_ rest: Int, slot: PlanSlot, level: Level) -> Int {
        guard slot == .heavyLift, level == .advanced else { return rest }
        let range = PlanConstants.advancedHeavyLiftRest
        return min(range.upperBound, max(range.lowerBound, rest))
    }
}
