/// Answers to the "stop and see a clinician" questions of DOMAIN.md §3. Any of them blocks impact work.
public enum RedFlag: String, Codable, CaseIterable, Sendable {
    case bonePain = "bone-pain"
    case nightPain = "night-pain"
    case limp
    case numbness
    case givingWay = "giving-way"
    case swelling

    /// The question the intake asks; "yes" sets the flag.
    public var question: String {
        switch self {
        case .bonePain: "Pinpoint bone tenderness, or pain that worsens as the run goes on or when you hop?"
        case .nightPain: "Pain that wakes you at night?"
        case .limp: "A limp, or you can't bear weight?"
        case .numbness: "Numbness, tingling or pain that radiates down the leg?"
        case .givingWay: "A knee that locks or gives way, or a pop at the time of injury?"
        case .swelling: "Hot swelling, a swollen hot calf, or fever?"
        }
    }

    /// Signs of a bone-stress injury (DOMAIN.md §3): impact is blocked for these above all.
    public var suggestsBoneStress: Bool { self == .bonePain || self == .nightPain || self == .limp }
}
