/// One injury in the runner's history: healed (`past`) or hurting now with a pain score 0–10.
///
/// Written as `knee:past` or `achilles:current:4` in the profile.
public struct InjuryStatus: Codable, Hashable, Sendable, CustomStringConvertible {
    public enum State: Hashable, Sendable {
        case past
        /// Pain on a 0–10 scale during or after running these days.
        case current(pain: Int)
    }

    public var injury: Injury
    public var state: State

    public init(_ injury: Injury, _ state: State) { self.injury = injury; self.state = state }

    public var isCurrent: Bool { if case .current = state { true } else { false } }

    /// Current pain, 0 for a past injury.
    public var pain: Int { if case let .current(pain) = state { pain } else { 0 } }

    /// `knee:past`, `achilles:current:4`.
    public var description: String {
        switch state {
        case .past: "\(injury.rawValue):past"
        case let .current(pain): "\(injury.rawValue):current:\(pain)"
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try ProfileKey.parseInjury(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
