/// How fast a repetition moves. Written in data files as "3-1-1" (seconds lowering, pause, lifting),
/// "iso" (a hold), "fast" (springy, plyometric), "slow" (controlled, no fixed count) or "none".
public enum Tempo: Hashable, Sendable, CustomStringConvertible {
    case phases(down: Int, pause: Int, up: Int)
    case isometric
    case fast
    case slow
    case none

    /// Seconds of `phase` in a counted tempo; 0 for a tempo without a count.
    public func seconds(of phase: TempoPhase) -> Int {
        guard case let .phases(down, pause, up) = self else { return 0 }
        switch phase {
        case .down: return down
        case .pause: return pause
        case .up: return up
        }
    }

    public var description: String {
        switch self {
        case let .phases(down, pause, up): "\(down)-\(pause)-\(up)"
        case .isometric: "iso"
        case .fast: "fast"
        case .slow: "slow"
        case .none: "none"
        }
    }

    public init?(text: String) {
        switch text {
        case "iso": self = .isometric
        case "fast": self = .fast
        case "slow": self = .slow
        case "none", "": self = .none
        default:
            let parts = text.split(separator: "-").map { Int($0) }
            guard parts.count == 3, let down = parts[0], let pause = parts[1], let up = parts[2],
                  down >= 0, pause >= 0, up >= 0, down + pause + up > 0 else { return nil }
            self = .phases(down: down, pause: pause, up: up)
        }
    }
}

extension Tempo: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let tempo = Tempo(text: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "tempo \"\(text)\" is not D-P-U seconds (e.g. 3-1-1), iso, fast, slow or none"))
        }
        self = tempo
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
