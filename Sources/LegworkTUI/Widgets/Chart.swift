/// A line chart of values over time in a rectangle: braille dots (2×4 per cell) with Unicode, `*`
/// and `|` in ASCII. A y axis with the smallest and largest value is drawn on the left.
public enum Chart {
    /// Width of the y-axis labels and their tick column.
    public static let axisWidth = 7

    /// Draws `values` (oldest first; nil where nothing was measured) into `area`; values beyond the
    /// plot's resolution are averaged. Returns false when there was nothing to draw.
    @discardableResult
    public static func render(_ values: [Double?], into canvas: inout Canvas, area: Rect, unicode: Bool,
                              style: Style = .accent, format: (Double) -> String = { Chart.number($0) }) -> Bool {
        let plot = Rect(x: area.x + axisWidth, y: area.y, width: area.width - axisWidth, height: area.height)
        let present = values.compactMap { $0 }
        guard plot.width > 0, plot.height > 0, var low = present.min(), var high = present.max() else { return false }
        if high - low < 1e-9 { low -= 1; high += 1 }
        // Axis: largest at the top, smallest at the bottom.
        let tick = unicode ? "┤" : "|"
        for row in 0..<plot.height {
            let label: String = row == 0 ? format(high) : (row == plot.height - 1 ? format(low) : "")
            let text = String(repeating: " ", count: max(0, axisWidth - 1 - DisplayWidth.of(label))) + label
            canvas.write(text, x: area.x, y: plot.y + row, style: .hint, clip: area)
            canvas.write(tick, x: plot.x - 1, y: plot.y + row, style: .hint, clip: area)
        }
        let columnsPerCell = unicode ? 2 : 1
        let rowsPerCell = unicode ? 4 : 1
        let dotsWide = plot.width * columnsPerCell, dotsHigh = plot.height * rowsPerCell
        let points = Sparkline.resample(values, to: dotsWide, by: .mean)
        // Dot grid, row 0 at the top.
        var dots = Array(repeating: Array(repeating: false, count: dotsWide), count: dotsHigh)
        var connectors = Array(repeating: Array(repeating: false, count: dotsWide), count: dotsHigh)
        var previous: Int?
        for (x, value) in points.enumerated() {
            guard let value else { continue }
            let y = dotsHigh - 1 - Int(((value - low) / (high - low) * Double(dotsHigh - 1)).rounded())
            dots[y][x] = true
            if let previous, previous != y {
                // Join to the previous point so the eye follows one line.
                let step = previous < y ? 1 : -1
                var fill = previous + step
                while fill != y { connectors[fill][x] = true; fill += step }
            }
            previous = y
        }
        for cellY in 0..<plot.height {
            for cellX in 0..<plot.width {
                let text: String
                if unicode {
                    var bits: UInt32 = 0
                    let map: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
                    for dy in 0..<4 {
                        for dx in 0..<2 {
                            let (x, y) = (cellX * 2 + dx, cellY * 4 + dy)
                            if dots[y][x] || connectors[y][x] { bits |= map[dy][dx] }
                        }
                    }
                    guard bits != 0, let scalar = Unicode.Scalar(0x2800 + bits) else { continue }
                    text = String(Character(scalar))
                } else if dots[cellY][cellX] {
                    text = "*"
                } else if connectors[cellY][cellX] {
                    text = "|"
                } else {
                    continue
                }
                canvas.write(text, x: plot.x + cellX, y: plot.y + cellY, style: style, clip: plot)
            }
        }
        return true
    }

    /// "22.5", "40", "1.2k": short numbers for the axis.
    public static func number(_ value: Double) -> String {
        if abs(value) >= 10_000 { return String(Int((value / 1000).rounded())) + "k" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
