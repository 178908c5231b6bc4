/// The runner's answer after an exercise: what was done and how it felt.
///
/// Build one with `init(repsPerSide:loadKg:repsInReserve:pain:redFlag:)`, which checks the ranges, or
/// start from `planned(for:)` so that confirming the plan is one keypress.
public struct ExerciseLogEntry: Codable, Hashable, Sendable {
    /// Reps done per set, one number per side worked: `[12]` for a two-legged exercise, `[8, 7]` for the
    /// left and right side of a unilateral one. Empty for timed work.
    public var repsPerSide: [Int]
    /// Load used in kilograms, when weighted.
    public var loadKg: Double?
    /// Effort as reps in reserve, 0–5: how many more reps were left in the tank.
    public var repsInReserve: Int
    /// Pain during the exercise, 0 (none) to 10 (worst imaginable).
    public var pain: Int
    /// Yes to the red-flag question (DOMAIN §3: a pop, giving way, numbness, bone pain…).
    public var redFlag: Bool
    /// Seconds held per set, for timed work (a hold asks this instead of reps in reserve); nil keeps
    /// the seconds the timer measured.
    public var secondsHeld: Int?
    /// Each set and side as the runner corrected it in the form at the end of the exercise; empty when
    /// the entry speaks for every set at once (`repsPerSide`, a line typed in `--plain`).
    public var sets: [SetEntry]

    /// - Throws: `SessionError.repsInReserveOutOfRange`, `.painOutOfRange`, `.negativeReps`,
    ///   `.tooManyReps`, `.negativeLoad` or `.loadOutOfRange` when a value is outside `LogLimits`.
    public init(repsPerSide: [Int], loadKg: Double? = nil, repsInReserve: Int, pain: Int, redFlag: Bool = false,
                secondsHeld: Int? = nil, sets: [SetEntry] = []) throws(SessionError) {
        guard SessionDefaults.repsInReserveRange.contains(repsInReserve) else { throw .repsInReserveOutOfRange(repsInReserve) }
        guard SessionDefaults.painRange.contains(pain) else { throw .painOutOfRange(pain) }
        try SetEntry.check(reps: repsPerSide, seconds: secondsHeld, loadKg: loadKg)
        self.repsPerSide = repsPerSide; self.loadKg = loadKg; self.repsInReserve = repsInReserve
        self.pain = pain; self.redFlag = redFlag; self.secondsHeld = secondsHeld; self.sets = sets
    }

    private enum CodingKeys: String, CodingKey { case repsPerSide, loadKg, repsInReserve, pain, redFlag, secondsHeld, sets }

    /// Decoded through the checking initializer: a stored entry passes the same limits as a typed one.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(repsPerSide: c.decode([Int].self, forKey: .repsPerSide), loadKg: c.decodeIfPresent(Double.self, forKey: .loadKg),
                          repsInReserve: c.decode(Int.self, forKey: .repsInReserve), pain: c.decode(Int.self, forKey: .pain),
                          redFlag: c.decodeIfPresent(Bool.self, forKey: .redFlag) ?? false,
                          secondsHeld: c.decodeIfPresent(Int.self, forKey: .secondsHeld),
                          sets: c.decodeIfPresent([SetEntry].self, forKey: .sets) ?? [])
        } catch let error as SessionError {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: c.codingPath, debugDescription: error.description))
        }
    }

    /// The entry that says "done as planned": the target reps on every side, no load, the default
    /// reps in reserve, no pain, no red flag.
    public static func planned(for item: SessionItem) -> ExerciseLogEntry {
        let reps = item.targetReps.map { Array(repeating: $0, count: item.unilateral ? 2 : 1) } ?? []
        // Cannot throw: every value is in range by construction.
        return try! ExerciseLogEntry(repsPerSide: reps, repsInReserve: SessionDefaults.defaultRepsInReserve, pain: 0)
    }

    /// Pain or a red flag that must stop the session (DOMAIN §3).
    public var requiresStop: Bool { redFlag || pain >= SessionDefaults.safetyStopPain }

    /// The reps done on a side; the single value for a two-legged exercise.
    public func reps(on side: Side?) -> Int? {
        switch side {
        case nil, .left: repsPerSide.first
        case .right: repsPerSide.count > 1 ? repsPerSide[1] : repsPerSide.first
        }
    }
}
