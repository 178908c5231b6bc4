/// A prescription for one level: sets of repetitions or of timed holds, and the rest between sets.
///
/// In data files: `{"sets": 3, "reps": 10, "rest": 60}`, `{"sets": 3, "reps": "8-12", "rest": 60}`,
/// `{"sets": 3, "seconds": 30, "rest": 45}`, optionally with `"load": "light dumbbell"`.
/// For a unilateral card every set is done on each side.
public struct Dose: Hashable, Sendable {
    public enum Work: Hashable, Sendable {
        /// Repetitions per set (per side); the range's top is the target, its bottom the minimum.
        case reps(ClosedRange<Int>)
        /// Seconds of holding or carrying per set (per side).
        case seconds(Int)
    }

    public var sets: Int
    public var work: Work
    /// Seconds of rest after each set.
    public var rest: Int
    /// How to load it at this level: a value (`Load`), whose words come last.
    public var load: Load?

    public init(sets: Int, work: Work, rest: Int, load: Load? = nil) {
        self.sets = sets; self.work = work; self.rest = rest; self.load = load
    }

    public static func reps(_ sets: Int, _ reps: Int, rest: Int, load: Load? = nil) -> Dose {
        Dose(sets: sets, work: .reps(reps...reps), rest: rest, load: load)
    }

    public static func hold(_ sets: Int, seconds: Int, rest: Int, load: Load? = nil) -> Dose {
        Dose(sets: sets, work: .seconds(seconds), rest: rest, load: load)
    }

    /// "3 × 10", "3 × 8–12", "2 × 30 s".
    public var summary: String {
        switch work {
        case let .reps(range) where range.lowerBound == range.upperBound: "\(sets) × \(range.upperBound)"
        case let .reps(range): "\(sets) × \(range.lowerBound)–\(range.upperBound)"
        case let .seconds(s): "\(sets) × \(s) s"
        }
    }
}

extension Dose: Codable {
    private enum CodingKeys: String, CodingKey { case sets, reps, seconds, rest, load, loadValue }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sets = try c.decode(Int.self, forKey: .sets)
        rest = try c.decode(Int.self, forKey: .rest)
        // The words are the load in data files; a stored load whose words do not give it back carries its value.
        if let stored = try c.decodeIfPresent(StoredLoad.self, forKey: .loadValue) {
            load = stored.load
        } else {
            load = try c.decodeIfPresent(String.self, forKey: .load).map(Load.init(storedWords:))
        }
        if let seconds = try c.decodeIfPresent(Int.self, forKey: .seconds) {
            if c.contains(.reps) {
                throw DecodingError.dataCorruptedError(forKey: .reps, in: c, debugDescription: "give reps or seconds, not both")
            }
            work = .seconds(seconds)
        } else if let reps = try? c.decode(Int.self, forKey: .reps) {
            work = .reps(reps...reps)
        } else if let text = try c.decodeIfPresent(String.self, forKey: .reps) {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, parts[0] <= parts[1] else {
                throw DecodingError.dataCorruptedError(forKey: .reps, in: c, debugDescription: "reps \"\(text)\" is not a number or a range like 8-12")
            }
            work = .reps(parts[0]...parts[1])
        } else {
            throw DecodingError.keyNotFound(CodingKeys.reps, .init(codingPath: c.codingPath, debugDescription: "a dose needs reps or seconds"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sets, forKey: .sets)
        switch work {
        case let .reps(range) where range.lowerBound == range.upperBound: try c.encode(range.upperBound, forKey: .reps)
        case let .reps(range): try c.encode("\(range.lowerBound)-\(range.upperBound)", forKey: .reps)
        case let .seconds(s): try c.encode(s, forKey: .seconds)
        }
        try c.encode(rest, forKey: .rest)
        try c.encodeIfPresent(load?.words, forKey: .load)
        if let load, StoredLoad.needed(load) { try c.encode(StoredLoad(load), forKey: .loadValue) }
    }
}
