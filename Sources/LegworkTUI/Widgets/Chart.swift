import LegworkKit

/// A line chart of values over time in a rectangle: braille dots (2×4 per cell) with Unicode, `*`
/// and `|` in ASCII. A y axis with the smallest and largest value is drawn on the left.
public enum Chart {
    /// Width of the y-axis labels and their tick column.
    public static let axisWidth = 7

    /// Draws `values` (oldest first; nil where nothing was measured) into `area`; values beyond the
    /// plot's resolution are averaged. Returns false when there was nothing to draw.
    /// - Parameter days: the day of each value (local days since 1970, oldest first): each point then
    ///   stands where its day falls between the first and the last, the line joining them, so a month of
    ///   sessions spreads over the whole axis. Without, the values stand side by side.
    @discardableResult
    public static func render(_ values: [Double?], days: [Int64]? = nil, into canvas: inout Canvas, area: Rect, unicode: Bool,
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
        let (points, between) = days.map { placed(values, days: $0, width: dotsWide) } ?? (Sparkline.resample(values, to: dotsWide, by: .mean), [])
        // Dot grid, row 0 at the top.
        var dots = Array(repeating: Array(repeating: false, count: dotsWide), count: dotsHigh)
        var connectors = Array(repeating: Array(repeating: false, count: dotsWide), count: dotsHigh)
        var previous: Int?
        for (x, value) in points.enumerated() {
            guard let value else { continue }
            let y = dotsHigh - 1 - Int(((value - low) / (high - low) * Double(dotsHigh - 1)).rounded())
            if between.contains(x) { connectors[y][x] = true } else { dots[y][x] = true }
            // A lone measurement is a whole cell, not a single dot lost in the plot.
            if present.count == 1 {
                for dy in 0..<rowsPerCell { for dx in 0..<columnsPerCell {
                    dots[y / rowsPerCell * rowsPerCell + dy][x / columnsPerCell * columnsPerCell + dx] = true
                } }
            }
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

    /// `values` at the dot columns their `days` fall on (the mean where several share one), and the
    /// columns between two measured ones filled along the line joining them (returned as `between`).
    static func placed(_ values: [Double?], days: [Int64], width: Int) -> (points: [Double?], between: Set<Int>) {
        let measured = zip(days, values).compactMap { day, value in value.map { (day, $0) } }
        guard let first = measured.first?.0, let last = measured.last?.0, width > 0 else { return (Array(repeating: nil, count: width), []) }
        var sums = Array(repeating: 0.0, count: width), counts = Array(repeating: 0, count: width)
        for (day, value) in measured {
            let x = last == first ? width / 2 : Int((Double(day - first) / Double(last - first) * Double(width - 1)).rounded())
            sums[x] += value
            counts[x] += 1
        }
        var points: [Double?] = (0..<width).map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : nil }
        var between: Set<Int> = []
        var previous: Int?
        for x in 0..<width where points[x] != nil {
            if let p = previous, x - p > 1, let a = points[p], let b = points[x] {
                for fill in (p + 1)..<x {
                    points[fill] = a + (b - a) * Double(fill - p) / Double(x - p)
                    between.insert(fill)
                }
            }
            previous = x
        }
        return (points, between)
    }

    /// The month labels under a chart `width` cells wide spanning `first`…`last` (local days since
    /// 1970): every month that starts in the span is named where it starts ("Mar"), one letter each
    /// when three would collide, and the year at the first label and each January.
    public static func monthAxis(first: Int64, last: Int64, width: Int) -> String {
        guard width > 0, last >= first else { return "" }
        let start = CalendarDate(dayNumber: Int(first))
        var marks: [(x: Int, date: CalendarDate)] = [(0, start)]
        var month = CalendarDate(year: start.year, month: start.month, day: 1)!
        while true {
            month = CalendarDate(year: month.month == 12 ? month.year + 1 : month.year, month: month.month % 12 + 1, day: 1)!
            guard Int64(month.dayNumber) <= last else { break }
            let x = last == first ? 0 : Int((Double(Int64(month.dayNumber) - first) / Double(last - first) * Double(width - 1)).rounded())
            marks.append((x, month))
        }
        for letters in [3, 1] {
            var line = Array(repeating: Character(" "), count: width)
            var end = 0
            var fits = true
            for (i, mark) in marks.enumerated() {
                var label = String(Self.monthNames[mark.date.month - 1].prefix(letters))
                if letters == 3, i == 0 || mark.date.month == 1 { label += " \(mark.date.year)" }
                // The first month's label leaves room for the next one's.
                let x = i == 0 ? 0 : mark.x
                guard x >= end || (i == 0), x + label.count <= width else {
                    if i == 0 { continue }
                    fits = false
                    break
                }
                for (k, c) in label.enumerated() { line[x + k] = c }
                end = x + label.count + 1
            }
            if fits { return String(line) }
        }
        return ""
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "22.5", "40", "1.2k": short numbers for the axis.
    public static func number(_ value: Double) -> String {
        if abs(value) >= 10_000 { return String(Int((value / 1000).rounded())) + "k" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
