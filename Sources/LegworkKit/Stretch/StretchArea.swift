/// The body area a stretch works on. Raw values are the words of the routine file and of JSON output.
public enum StretchArea: String, Codable, CaseIterable, Sendable {
    case calves, shins, hips, quads, hamstrings, glutes, adductors, back, feet

    public var title: String {
        switch self {
        case .hips: "hip flexors"
        default: rawValue
        }
    }
}
