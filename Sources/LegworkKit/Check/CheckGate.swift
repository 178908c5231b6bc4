/// Rule: which check tests the safety gate allows today (DOMAIN.md §3, §5). Nothing at all on an urgent
/// sign; no hops with any warning sign or a current injury above 3/10; every other test only when the
/// gate permits the card whose movement it loads (a bone-stress sign leaves the lying-down tests).
public enum CheckGate {
    /// Hops wait while a current injury hurts more than this (the flare line, DOMAIN §3 Blocks).
    public static let hopPainLimit = PlanConstants.flarePain

    /// Why `test` may not be done today, or nil when it may.
    /// - Parameter cards: the catalog's cards by id (a test whose card is missing is not refused for it).
    public static func refusal(_ test: CheckTest, profile: Profile, safety: SafetyDecision, cards: [String: ExerciseCard]) -> String? {
        if safety.urgent {
            return "No testing today: your warning sign needs urgent care, not a test."
        }
        if test == .hops {
            if !safety.signs.isEmpty || !profile.redFlags.isEmpty {
                return "No hops while you have a warning sign: a clinician should clear you first."
            }
            let pain = max(profile.currentPain, safety.worstPain)
            if pain > hopPainLimit {
                return "No hops while an injury hurts more than \(hopPainLimit)/10 (yours is \(pain)/10)."
            }
        }
        if let id = test.gateCardID, let card = cards[id], let reason = safety.blockReason(card) {
            return reason
        }
        return nil
    }

    /// The tests allowed today, in the check's order.
    public static func allowed(profile: Profile, safety: SafetyDecision, cards: [String: ExerciseCard]) -> [CheckTest] {
        CheckTest.allCases.filter { refusal($0, profile: profile, safety: safety, cards: cards) == nil }
    }
}
