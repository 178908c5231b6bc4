/// What one session did of one exercise, as a dose: the sets, the reps (or seconds) of a typical set and
/// the heaviest load. The progress highlights compare the first and the last of these in a month.
public struct LoggedDose: Hashable, Sendable {
    public var sets: Int
    /// Reps of a typical set, for repetition work.
    public var reps: Int?
    /// Seconds of a typical set, for timed work.
    public var seconds: Int?
    /// The heaviest load of the session, nil for body weight.
    public var loadKg: Double?

    public init(sets: Int, reps: Int? = nil, seconds: Int? = nil, loadKg: Double? = nil) {
        self.sets = sets; self.reps = reps; self.seconds = seconds; self.loadKg = loadKg
    }

    /// The dose of one session's sets of one exercise; nil when none recorded reps or seconds. The sets
    /// are counted by number (left and right of a one-leg exercise are one set); the typical set is the
    /// upper median, so one short last set does not read as the dose and one good set does not either.
    public init?(_ sets: [SetRecord]) {
        let numbers = Set(sets.filter { $0.reps != nil || $0.seconds != nil }.map(\.setNumber))
        guard !numbers.isEmpty else { return nil }
        self.sets = numbers.count
        reps = Self.upperMedian(sets.compactMap(\.reps))
        seconds = reps == nil ? Self.upperMedian(sets.compactMap(\.seconds)) : nil
        loadKg = sets.compactMap(\.loadKg).filter { $0 > 0 }.max()
    }

    static func upperMedian(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[values.count / 2]
    }

    /// The work of all sets: what a dose without a load change is compared by.
    public var volume: Int { sets * (reps ?? seconds ?? 0) }

    /// "3 × 12", "2 × 30 s", "3 × 8 with 12 kg".
    /// "3 × 12 with 10 kg", in the runner's unit ("with 22 lb").
    public func text(unit: LoadUnit = .kg) -> String {
        var text = "\(sets) × " + (reps.map(String.init) ?? seconds.map { "\($0) s" } ?? "?")
        if let loadKg { text += " with " + unit.words(kilograms: loadKg) }
        return text
    }
}
