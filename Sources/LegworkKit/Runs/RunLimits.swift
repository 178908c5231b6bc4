/// The ranges a run must fall in, in one place: the command line, imports and restored backups check
/// against these.
public enum RunLimits {
    /// Metres in one run: from a 100 m jog to beyond any ultra a runner logs (a typing slip such as
    /// "800km" is refused).
    public static let metres: ClosedRange<Double> = 100...400_000
    /// Seconds in one run: two days covers a multi-day ultra.
    public static let seconds = 1...172_800

    /// What is wrong with a run of `metres`, said in the runner's `unit`; nil when nothing is.
    public static func distanceProblem(_ metres: Double, unit: DistanceUnit = .km) -> String? {
        guard metres.isFinite, !self.metres.contains(metres) else { return metres.isFinite ? nil : "the distance is not a number" }
        return "the distance must be between \(Int(self.metres.lowerBound)) m and \(unit.words(metres: self.metres.upperBound)), "
            + "not \(unit.words(metres: metres))"
    }

    public static func durationProblem(_ seconds: Int) -> String? {
        guard !self.seconds.contains(seconds) else { return nil }
        return "the time must be between 1 second and \(self.seconds.upperBound / 3600) hours"
    }
}
