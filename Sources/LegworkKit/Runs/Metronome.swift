/// A step-rate metronome for a run on a treadmill or with headphones (`legwork run --metronome 172`):
/// beat `n` falls at an absolute time from the start, so a late beat never pushes the next ones back
/// (DESIGN: every countdown from an absolute deadline).
public struct Metronome: Hashable, Sendable {
    public let stepsPerMinute: Int

    /// Step rates a runner may ask for (`StepRate.plausible`).
    public static let range = Int(StepRate.plausible.lowerBound)...Int(StepRate.plausible.upperBound)

    public init?(stepsPerMinute: Int) {
        guard Self.range.contains(stepsPerMinute) else { return nil }
        self.stepsPerMinute = stepsPerMinute
    }

    /// When beat `n` (from 0) sounds, from the start.
    public func beat(_ n: Int) -> Moment {
        Moment(.milliseconds(60_000) * n / stepsPerMinute)
    }

    /// How many beats `minutes` hold.
    public func beats(minutes: Double) -> Int { max(0, Int(minutes * Double(stepsPerMinute))) }
}
