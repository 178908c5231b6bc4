/// A one-row chart: one character per value, its height on the glyph set's eight levels
/// (`▁▂▃▄▅▆▇█`, or `..::||##` in ASCII). Missing values are blanks; zero is the lowest visible level
/// only when it is not the floor.
public enum Sparkline {
    /// The characters for `values`, scaled from 0 (or the smallest value when `fromZero` is false)
    /// to the largest, or on a fixed `scale` (pain 0...10) so that small values look small.
    public static func text(_ values: [Double?], levels: [String], fromZero: Bool = true, scale: ClosedRange<Double>? = nil) -> String {
        let present = values.compactMap { $0 }
        guard var high = present.max() else { return String(repeating: " ", count: values.count) }
        var low = fromZero ? min(0, present.min() ?? 0) : (present.min() ?? 0)
        if let scale { low = scale.lowerBound; high = scale.upperBound }
        let top = levels.count - 1
        return values.map { value -> String in
            guard let value else { return " " }
            if high <= low { return value > 0 ? levels[top] : levels[1] }
            let level = Int(((value - low) / (high - low) * Double(top - 1)).rounded()) + 1
            return value <= 0 && fromZero ? levels[1] : levels[min(top, max(1, level))]
        }.joined()
    }

    /// How a slot sums up the values that fall into it.
    public enum Reduction: Sendable {
        /// The largest: peaks survive (pain flares).
        case max
        /// The mean: the trend (load, reps).
        case mean
    }

    /// Fits `values` into `width` slots: when there are more values than slots each slot keeps the
    /// largest or the mean value of its share, otherwise the values are returned as they are.
    public static func resample(_ values: [Double?], to width: Int, by reduction: Reduction = .max) -> [Double?] {
        guard width > 0 else { return [] }
        guard values.count > width else { return values }
        return (0..<width).map { slot in
            let from = slot * values.count / width
            let to = max(from + 1, (slot + 1) * values.count / width)
            let share = values[from..<to].compactMap { $0 }
            guard !share.isEmpty else { return nil }
            switch reduction {
            case .max: return share.max()
            case .mean: return share.reduce(0, +) / Double(share.count)
            }
        }
    }
}
