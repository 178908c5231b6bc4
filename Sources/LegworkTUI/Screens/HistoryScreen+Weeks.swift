import LegworkKit

/// The history's other lower part (`w`): what changed this month, then the weeks, newest first. Both are
/// computed from the log by LegworkKit (`ProgressHighlights`, `HistorySummary.weekLines`); this only
/// draws them, scrolled when longer than the window.
extension HistoryScreen {
    /// The rows of the weeks view at `width`.
    func weeksRows(width: Int, glyphs g: Glyphs) -> [ScrolledRows.Row] {
        var rows: [ScrolledRows.Row] = [("Progress this month", .emphasis)]
        if highlights.isEmpty {
            rows += ScrolledRows.wrapped("No change in the last \(ProgressHighlights.days) days: an exercise shows here once its dose moves.",
                                         width: width, .hint)
        }
        for highlight in highlights {
            let style: Style = highlight.direction == .down ? .warn : (highlight.direction == .up ? .good : .plain)
            let words = highlight.words(name: names[highlight.exerciseID] ?? "", unit: unit)
            for (i, line) in TextWrap.lines(words, width: max(1, width - 2)).enumerated() {
                rows.append(((i == 0 ? g.bullet + " " : "  ") + line, style))
            }
        }
        rows.append(("", .plain))
        rows.append(("Weeks", .emphasis))
        let table = WeekTable.rows(weekLines, width: width, distance: unit.distance)
        if table.isEmpty { rows += ScrolledRows.wrapped("Nothing logged yet.", width: width, .hint) }
        for (i, line) in table.enumerated() { rows.append((line, i == 0 ? .hint : .plain)) }
        return rows
    }

    func renderWeeks(into canvas: inout Canvas, area: Rect, glyphs g: Glyphs) {
        ScrolledRows.render(weeksRows(width: area.width, glyphs: g), offset: weeksScroll, in: area, into: &canvas, glyphs: g)
    }

    /// The area the weeks are drawn in, for a body of `size` (as `render` lays it out).
    private func weeksArea(_ size: Size) -> Rect {
        let area = Rect(size)
        if size.width < Self.fullSize.width || size.height < Self.fullSize.height - 3 {
            return Rect(x: 1, y: 1, width: max(0, size.width - 2), height: max(0, size.height - 1))
        }
        let inner = area.inset(dx: 2, dy: 0)
        return Rect(x: inner.x, y: Heatmap.height + 1, width: inner.width, height: max(0, inner.height - Heatmap.height - 1))
    }

    mutating func scrollWeeks(_ key: Key) {
        let area = weeksArea(bodySize ?? Size(width: 80, height: 21))
        let count = weeksRows(width: area.width, glyphs: .unicode).count
        let page = max(1, area.height - 1)
        let step = switch key {
        case .down, .character("j"): 1
        case .up, .character("k"): -1
        case .pageDown: page
        case .pageUp: -page
        case .end, .character("G"): count
        default: -count
        }
        weeksScroll = ScrolledRows.first(weeksScroll + step, count: count, height: area.height)
    }
}
