/// A one-row chart: one character per value, its height on the glyph set's eight levels
/// (`▁▂▃▄▅▆▇█`, or `..::||##` in ASCII). Missing values are blanks; zero is the lowest visible level
/// only when it is not the floor.
public enum Sparkline {
    /// The characters for `values`, scaled from 0 (or the smallest value when `fromZero` is false)
    /// to the largest.
    public static func text(_ values: [Double?], levels: [String], fromZero: Bool = true) -> String {
        let present = values.compactMap { $0 }
        guard let high = present.max() else { return String(repeating: " ", count: values.count) }
        let low = fromZero ? min(0, present.min() ?? 0) : (present.min() ?? 0)
        let top = levels.count - 1
        return values.map { value -> String in
            guard let value else { return " " }
            if high <= low { return value > 0 ? levels[top] : levels[1] }
            let level = Int(((value - low) / (high - low) * Double(top - 1)).rounded()) + 1
            return value <= 0 && fromZero ? levels[1] : levels[min(top, max(1, level))]
        }.joined()
    }

    /// Fits `values` into `width` slots: when there are more values than slots each slot keeps the
    /// largest value of its share (peaks survive), otherwise the values are returned as they are.
    public static func resample(_ values: [Double?], to width: Int) -> [Double?] {
        guard width > 0 else { return [] }
        guard values.count > width else { return values }
        return (0..<width).map { slot in
            let from = slot * values.count / width
            let to = max(from + 1, (slot + 1) * values.count / width)
            return values[from..<to].compactMap { $0 }.max()
        }
    }
}
