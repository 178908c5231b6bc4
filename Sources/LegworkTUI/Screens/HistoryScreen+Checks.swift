import LegworkKit

/// The strength checks on the history screen: each measured test over time, left against right.
extension HistoryScreen {
    static let checkRowPrefix = "check:"

    /// The tests with a figure per side that some check measured, in the check's order.
    static func checkRows(_ checks: [StrengthCheck]) -> [String] {
        CheckTest.allCases.filter { test in
            [.reps, .seconds, .centimetres].contains(test.measure) && checks.contains { $0.score(test) != nil }
        }.map { checkRowPrefix + $0.rawValue }
    }

    /// "Heel raises (check)": short enough for the list.
    static func checkRowName(_ test: CheckTest) -> String {
        let title = test.title.replacingOccurrences(of: "Single-leg ", with: "")
        return title.prefix(1).uppercased() + title.dropFirst() + " (check)"
    }

    static func checkTest(_ id: String) -> CheckTest? {
        id.hasPrefix(checkRowPrefix) ? CheckTest(rawValue: String(id.dropFirst(checkRowPrefix.count))) : nil
    }

    /// Two charts, the left side above the right, one point per check, then the latest verdict.
    func renderCheck(_ test: CheckTest, into canvas: inout Canvas, area: Rect, glyphs g: Glyphs, unicode: Bool) {
        let scores = checks.map { $0.score(test) }
        canvas.write(TextWrap.truncate("\(test.title) \(g.separator) left against right, each check", width: area.width, ellipsis: g.ellipsis),
                     x: area.x, y: area.y, style: .emphasis, clip: area)
        let footerRows = 2
        let half = max(2, (area.height - 1 - footerRows) / 2)
        var y = area.y + 1
        for side in Side.allCases {
            let values = scores.map { $0?.value(side).map(Double.init) }
            let last = values.last { $0 != nil }.flatMap { $0 }.map { test.words(Int($0)) } ?? "not measured"
            canvas.write("\(side.rawValue.prefix(1).uppercased() + side.rawValue.dropFirst()): \(last)", x: area.x, y: y, style: .hint, clip: area)
            let plot = Rect(x: area.x, y: y + 1, width: area.width, height: max(1, half - 1))
            Chart.render(values, days: checks.map { Int64($0.date.dayNumber) }, into: &canvas, area: plot, unicode: unicode,
                         style: side == .left ? .accent : .good)
            y += half
        }
        if let first = checks.first, let last = checks.last {
            canvas.write("\(checks.count == 1 ? "1 check" : "\(checks.count) checks"), \(first.date) to \(last.date)",
                         x: area.x, y: y, style: .hint, clip: area)
            y += 1
            if let score = last.score(test), let verdict = CheckVerdict.verdict(score, age: nil, sex: nil) {
                canvas.write(TextWrap.truncate(verdict.text, width: area.width, ellipsis: g.ellipsis), x: area.x, y: y,
                             style: verdict.weak ? .warn : .plain, clip: area)
            }
        }
    }
}
