/// Answers to the "stop and see a clinician" questions of DOMAIN.md §3. Any of them blocks impact work.
public enum RedFlag: String, Codable, CaseIterable, Sendable {
    case bonePain = "bone-pain"
    case nightPain = "night-pain"
    case limp
    case numbness
    case givingWay = "giving-way"
    /// A hot, swollen calf (a possible blood clot) or fever: urgent care, no training at all.
    case swelling
    /// Hot swelling of a joint (a knee, an ankle): no knee loading until cleared.
    case jointSwelling = "joint-swelling"
    case chestPain = "chest-pain"
    case fainting

    /// The question the intake asks; "yes" sets the flag.
    public var question: String {
        switch self {
        case .bonePain: "Pinpoint bone tenderness, or pain that worsens as the run goes on or when you hop?"
        case .nightPain: "Pain that wakes you at night?"
        case .limp: "A limp, or you can't bear weight?"
        case .numbness: "Numbness, tingling or pain that radiates down the leg?"
        case .givingWay: "A knee that locks or gives way, or a pop at the time of injury?"
        case .swelling: "A hot, swollen calf, or fever?"
        case .jointSwelling: "A joint (a knee, an ankle) that is hot and swollen?"
        case .chestPain: "Chest pain or tightness during or after exercise?"
        case .fainting: "Fainting, or nearly fainting, during or after exercise?"
        }
    }

    /// Signs of a bone-stress injury (DOMAIN.md §3): impact is blocked for these above all.
    public var suggestsBoneStress: Bool { rule == .boneStress }

    /// A few words for the sign, for lists ("a hot, swollen calf or fever").
    public var phrase: String {
        switch self {
        case .bonePain: "bone pain"
        case .nightPain: "night pain"
        case .limp: "a limp"
        case .numbness: "numbness or radiating pain"
        case .givingWay: "a knee that locks or gives way"
        case .swelling: "a hot, swollen calf or fever"
        case .jointSwelling: "a hot, swollen joint"
        case .chestPain: "chest pain"
        case .fainting: "fainting"
        }
    }
}
