/// How the body is supported during an exercise: what a warning sign's rule needs to know (DOMAIN §3:
/// a bone-stress sign leaves only non-weight-bearing work). Cards without it (imported ones) count as
/// standing, the cautious answer.
public enum BodyPosition: String, Codable, CaseIterable, Sendable {
    /// On the back, side or front: the legs carry no body weight (bridges, side-lying raises, planks).
    case lying
    /// Sitting: the feet carry some weight (seated calf raises).
    case seated
    case kneeling
    case standing
}
