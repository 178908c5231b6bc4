import LegworkKit
import Testing
@testable import LegworkTUI

/// History charts use their width: points stand at their dates (a month of sessions spans the axis),
/// every month is named under the chart, and a lone measurement is drawn as a whole cell.
@Suite struct ChartDatesTests {
    static let march1 = Int64(CalendarDate(year: 2025, month: 3, day: 1)!.dayNumber)

    /// The columns of the plot (after the axis) that hold a mark.
    static func markedColumns(_ canvas: Canvas) -> Set<Int> {
        var columns: Set<Int> = []
        for line in canvas.lines {
            for (x, c) in line.enumerated() where x >= Chart.axisWidth && c != " " { columns.insert(x - Chart.axisWidth) }
        }
        return columns
    }

    @Test func aMonthOfSessionsSpreadsOverTheWholeAxis() {
        let days = (0..<9).map { Self.march1 + Int64($0 * 3) }
        let values: [Double?] = days.indices.map { Double(10 + $0) }
        var canvas = Canvas(size: Size(width: 67, height: 6))
        #expect(Chart.render(values, days: days, into: &canvas, area: canvas.bounds, unicode: true))
        let columns = Self.markedColumns(canvas)
        #expect(columns.contains(0) && columns.contains(59), "from the first cell to the last: \(columns.sorted())")
        #expect(columns.count >= 55, "the line runs across, not squeezed to the left: \(columns.count)")
    }

    @Test func oneMeasurementIsAWholeCell() {
        var canvas = Canvas(size: Size(width: 47, height: 4))
        #expect(Chart.render([12], days: [Self.march1], into: &canvas, area: canvas.bounds, unicode: true))
        #expect(canvas.text.contains("⣿"))
        var ascii = Canvas(size: Size(width: 47, height: 4))
        Chart.render([12], days: [Self.march1], into: &ascii, area: ascii.bounds, unicode: false)
        #expect(ascii.text.contains("*"))
    }

    @Test func everyMonthIsNamedWhereItStarts() {
        let last = Int64(CalendarDate(year: 2025, month: 8, day: 31)!.dayNumber)
        let axis = Chart.monthAxis(first: Self.march1, last: last, width: 60)
        for month in ["Mar 2025", "Apr", "May", "Jun", "Jul", "Aug"] { #expect(axis.contains(month), "\(axis)") }
        // A year in a narrow window: one letter a month, none left out.
        let year = Chart.monthAxis(first: Self.march1, last: Self.march1 + 364, width: 30)
        #expect(year.filter { $0 != " " }.count == 12, "\(year)")
        // New Year is marked with the year.
        let winter = Chart.monthAxis(first: Int64(CalendarDate(year: 2024, month: 11, day: 10)!.dayNumber),
                                     last: Int64(CalendarDate(year: 2025, month: 2, day: 20)!.dayNumber), width: 60)
        #expect(winter.contains("Jan 2025") && winter.contains("Dec") && winter.contains("Feb"), "\(winter)")
    }
}
