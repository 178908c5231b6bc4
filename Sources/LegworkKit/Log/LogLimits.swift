/// The ranges every logged value must fall in, in one place: the log form, `--plain` entries, the
/// store and restored backups all check against these, so a value that is refused is refused where it
/// is typed and can never reach the store to make later saves fail.
public enum LogLimits {
    /// Repetitions in one set on one side. No strength or plyometric set in the catalog goes near 100;
    /// more is a typing slip ("8 12" read as 812).
    public static let reps = 0...100
    /// External load in kilograms: above any dumbbell, kettlebell or trap bar a runner trains with.
    public static let loadKg: ClosedRange<Double> = 0...500
    /// Seconds in one timed set (a hold or a carry): an hour is far beyond any dose.
    public static let seconds = 0...3600
    /// Reps in reserve as the store keeps them (the form asks 0–5, `SessionDefaults.repsInReserveRange`).
    public static let storedRepsInReserve = 0...10
    /// Pain, 0 (none) to 10 (worst imaginable).
    public static let pain = 0...10
    /// A saved session's clock values (elapsed, paused, a set's start and end) in seconds: a week is far
    /// beyond any session, and the bound keeps a crafted backup from overflowing the clock at start.
    public static let sessionSeconds: ClosedRange<Double> = -604_800...604_800

    /// Exercises in one session and sets of one exercise, far above any plan or routine: a saved session
    /// beyond them is damaged or crafted.
    public static let itemsPerSession = 200
    public static let setsPerItem = 50

    /// What is wrong with `reps`, in words; nil when it is in range.
    public static func repsProblem(_ reps: Int) -> String? {
        guard !self.reps.contains(reps) else { return nil }
        return reps < 0 ? "reps done cannot be negative (\(reps)): enter 0 for a side you skipped"
            : "reps done must be 0–\(self.reps.upperBound), not \(reps): type one number per field (Tab moves to the next)"
    }

    /// What is wrong with a load, in words (in `unit`, the runner's); nil when it is in range.
    public static func loadProblem(_ kg: Double, unit: LoadUnit = .kg) -> String? {
        guard kg.isFinite else { return "load must be a number of kilograms, not \(kg): leave it empty for body weight" }
        guard !loadKg.contains(kg) else { return nil }
        return kg < 0 ? "load must be 0 \(unit.rawValue) or more, not \(unit.number(kilograms: kg)): leave it empty for body weight"
            : "load must be at most \(unit.words(kilograms: loadKg.upperBound)), not \(unit.number(kilograms: kg))"
    }

    /// What is wrong with the seconds of a timed set; nil when in range.
    public static func secondsProblem(_ seconds: Int) -> String? {
        self.seconds.contains(seconds) ? nil : "seconds held must be 0–\(self.seconds.upperBound), not \(seconds)"
    }
}
