/// One ramp-up set before a heavy lift's work sets (DOMAIN §2, Session structure: the heavy lift with 1–2
/// ramp-up sets; §6: timed steps in the session): a few easy reps at a share of the work weight, then a
/// short rest. Not a work set: the engine times it but does not log it.
public struct RampUpSet: Codable, Hashable, Sendable {
    public var reps: Int
    /// The share of the work sets' weight, in percent (50: half the weight).
    public var percent: Int
    /// Rest after it, in seconds.
    public var rest: Int

    public init(reps: Int, percent: Int, rest: Int) { self.reps = reps; self.percent = percent; self.rest = rest }

    /// "8 easy reps at about half the weight".
    public var words: String {
        let share = switch percent {
        case 50: "half"
        case 75: "three quarters of"
        case 25: "a quarter of"
        default: "\(percent)% of"
        }
        return "\(reps) easy reps at about \(share) the weight"
    }
}
