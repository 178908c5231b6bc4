/// What the runner trains for; it chooses the emphasis of the plan (DOMAIN.md §2, Goals).
public enum Goal: String, Codable, CaseIterable, Sendable {
    case first5k = "first-5k"
    case stamina
    /// A race from 10K to the marathon; needs `race-distance`.
    case race
    /// A personal record: speed and power.
    case pr
    /// Back from injury, staying pain-free.
    case painFree = "pain-free"

    public var title: String {
        switch self {
        case .first5k: "First 5K"
        case .stamina: "Building stamina"
        case .race: "A race (10K to marathon)"
        case .pr: "PR / speed"
        case .painFree: "Back from injury / pain-free"
        }
    }
}

public enum RaceDistance: String, Codable, CaseIterable, Sendable {
    case fiveK = "5k"
    case tenK = "10k"
    case half
    case marathon

    public var title: String {
        switch self {
        case .fiveK: "5K"
        case .tenK: "10K"
        case .half: "half marathon"
        case .marathon: "marathon"
        }
    }

    /// Half and full marathons taper longer and rest after the race (DOMAIN.md §2, Races).
    public var isLong: Bool { self == .half || self == .marathon }
}
