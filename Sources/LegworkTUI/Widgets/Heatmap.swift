import LegworkKit

/// A calendar heatmap: one column per week (oldest on the left, the current week on the right), one
/// row per weekday from Monday, month names above. Strength days, stretch days and days with both
/// get their own glyph and colour; rest days a faint dot; days after today stay blank.
public enum Heatmap {
    /// Columns taken by the weekday labels.
    public static let labelWidth = 2
    /// Rows: the month line and seven weekdays.
    public static let height = 8

    public struct Marks: Sendable {
        public var strength: String, stretch: String, both: String, rest: String
        public static let unicode = Marks(strength: "█", stretch: "▒", both: "▓", rest: "·")
        public static let ascii = Marks(strength: "#", stretch: "+", both: "@", rest: ".")
    }

    /// Draws the last `weeks` weeks of `summary` from (x, y).
    public static func render(_ summary: HistorySummary, weeks: Int, into canvas: inout Canvas, x: Int, y: Int,
                              unicode: Bool, clip: Rect) {
        let marks = unicode ? Marks.unicode : Marks.ascii
        let lastMonday = HistorySummary.monday(of: summary.today)
        let firstMonday = lastMonday - Int64(weeks - 1) * 7
        for (row, name) in ["M", "T", "W", "T", "F", "S", "S"].enumerated() where row % 2 == 0 {
            canvas.write(name, x: x, y: y + 1 + row, style: .hint, clip: clip)
        }
        // Every month is named above its first week: three letters where the weeks until the next month
        // leave room, one letter where they do not, so no month is skipped (a month cut to a week at the
        // left edge has no room at all).
        var starts: [(column: Int, month: Int)] = []
        for week in 0..<weeks {
            let month = WallTime(secondsSince1970: (firstMonday + Int64(week) * 7) * 86_400).local.month
            if month != starts.last?.month { starts.append((x + labelWidth + week, month)) }
        }
        for (i, start) in starts.enumerated() {
            let next = i + 1 < starts.count ? starts[i + 1].column : x + labelWidth + weeks
            let room = next - start.column - 1
            let name = monthNames[start.month - 1]
            guard room >= 1 else { continue }
            canvas.write(room >= name.count ? name : String(name.prefix(1)), x: start.column, y: y, style: .hint, clip: clip)
        }
        for week in 0..<weeks {
            let monday = firstMonday + Int64(week) * 7
            let column = x + labelWidth + week
            for weekday in 0..<7 {
                let day = monday + Int64(weekday)
                guard day <= summary.today else { continue }
                let activity = summary.days[day]
                let (text, style): (String, Style) = switch (activity?.strength ?? false, activity?.stretch ?? false) {
                case (true, true): (marks.both, .good)
                case (true, false): (marks.strength, .good)
                case (false, true): (marks.stretch, .accent)
                case (false, false): (marks.rest, .hint)
                }
                canvas.write(text, x: column, y: y + 1 + weekday, style: style, clip: clip)
            }
        }
    }

    /// "█ strength  ▒ stretch  ▓ both".
    public static func legend(unicode: Bool) -> String {
        let m = unicode ? Marks.unicode : Marks.ascii
        return "\(m.strength) strength  \(m.stretch) stretch  \(m.both) both"
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
