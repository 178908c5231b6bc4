import LegworkKit

/// The history's weekly summary as a table that fits its width: the week, strength sessions done of
/// those planned, sets, minutes and kilometres first; the stretch column goes when the width is short.
public enum WeekTable {
    struct Column {
        var header: String
        var value: (WeekLine) -> String
        var leftAligned = false
    }

    /// The header and one row per week (newest first, as given), each at most `width` columns.
    /// - Parameter distance: the runner's unit for the distance column (km, or miles).
    public static func rows(_ lines: [WeekLine], width: Int, distance: DistanceUnit = .km) -> [String] {
        guard !lines.isEmpty else { return [] }
        let week = Column(header: "Week", value: label, leftAligned: true)
        let strength = Column(header: "Strength", value: \.strengthText)
        let stretch = Column(header: "Stretch", value: { String($0.stretches) })
        let sets = Column(header: "Sets", value: { String($0.sets) })
        let minutes = Column(header: "Min", value: { String($0.minutes) })
        let km = Column(header: distance == .km ? "Km" : "Mi", value: { $0.km.map { WeekLine.amountText($0 * 1000 / distance.metres) } ?? "" })
        let hasKm = lines.contains { $0.km != nil }
        // Which columns, most wanted first; then drawn in reading order.
        let wanted = [week, strength, sets, minutes] + (hasKm ? [km] : []) + [stretch]
        let order = [week, strength, stretch, sets, minutes] + (hasKm ? [km] : [])
        func columnWidth(_ c: Column) -> Int { max(DisplayWidth.of(c.header), lines.map { DisplayWidth.of(c.value($0)) }.max() ?? 0) }
        var kept: [String] = []
        var used = 0
        for column in wanted {
            let need = columnWidth(column) + (kept.isEmpty ? 0 : 2)
            guard used + need <= width else { break }
            kept.append(column.header)
            used += need
        }
        let shown = order.filter { kept.contains($0.header) }
        func row(_ cells: (Column) -> String) -> String {
            shown.map { column in
                let text = cells(column), pad = String(repeating: " ", count: max(0, columnWidth(column) - DisplayWidth.of(text)))
                return column.leftAligned ? text + pad : pad + text
            }.joined(separator: "  ")
        }
        return [row(\.header)] + lines.map { line in row { $0.value(line) } }
    }

    /// "30 Nov": the Monday of the week.
    static func label(_ line: WeekLine) -> String {
        let date = CalendarDate(dayNumber: Int(line.monday))
        return "\(date.day) \(Heatmap.monthNames[date.month - 1])"
    }
}
