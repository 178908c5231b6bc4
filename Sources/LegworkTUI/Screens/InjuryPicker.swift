import LegworkKit

/// The injuries answer as the form's picker edits it: one state per area (none, past, current with a
/// pain of 0–10), written back in the profile's words (`knee:current:4,achilles:past`), so the form,
/// `profile set` and the store keep reading one format.
struct InjuryPicker: Equatable {
    static let areas = Injury.allCases
    /// The pain a newly current injury starts at: mild, to be set by the runner.
    static let startingPain = 2

    private(set) var states: [Injury: InjuryStatus.State] = [:]

    /// Reads `text` leniently: parts that do not parse are dropped (the form shows the answer's own
    /// message until the picker rewrites it).
    init(text: String) {
        for part in text.split(separator: ",") {
            let item = String(part.filter { $0 != " " })
            var profile = Profile()
            guard item != "none", (try? ProfileKey.injury.apply(item, to: &profile)) != nil else { continue }
            for status in profile.injuries { states[status.injury] = status.state }
        }
    }

    /// The answer in the profile's words, "none" when nothing is ticked.
    var text: String {
        let parts = Self.areas.compactMap { area in states[area].map { InjuryStatus(area, $0).description } }
        return parts.isEmpty ? "none" : parts.joined(separator: ",")
    }

    /// none → past → current → none; current comes back with `currentPain` (the pain set before) if given.
    mutating func cycle(_ area: Injury, currentPain: Int? = nil) {
        switch states[area] {
        case nil: states[area] = .past
        case .past: states[area] = .current(pain: currentPain ?? Self.startingPain)
        case .current: states[area] = nil
        }
    }

    mutating func setPain(_ area: Injury, _ pain: Int) {
        states[area] = .current(pain: min(10, max(0, pain)))
    }

    mutating func changePain(_ area: Injury, by change: Int) {
        let pain = if case let .current(now) = states[area] { now } else { Self.startingPain - change }
        setPain(area, pain + change)
    }

    /// "current, pain 4 of 10", "past (healed)", "-".
    func words(_ area: Injury) -> String {
        switch states[area] {
        case nil: "-"
        case .past: "past (healed)"
        case let .current(pain): "current, pain \(pain) of 10"
        }
    }

    /// The value column: "Runner's knee (pain 4), Achilles tendinopathy (past)", or "none".
    var summary: String {
        let parts = Self.areas.compactMap { area -> String? in
            switch states[area] {
            case nil: nil
            case .past: "\(area.title) (past)"
            case let .current(pain): "\(area.title) (pain \(pain))"
            }
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
