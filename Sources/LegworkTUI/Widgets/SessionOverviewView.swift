import LegworkKit

/// The strength session at a glance while the runner gets ready: the warm-up, one row per exercise
/// (name, dose, equipment), what to fetch and how long it takes. Rows that do not fit are summed up
/// as "… and 2 more".
struct SessionOverviewView {
    let overview: SessionOverview
    /// "done 07:52", when the frame knows the wall clock.
    let finish: String?
    /// The exercise marked as chosen (the runner may swap it or leave it out), or nil.
    var choice: Int? = nil

    /// The text rows, at most `height`, each at most `width` columns.
    func rows(width: Int, height: Int, glyphs: Glyphs) -> [(text: String, style: Style)] {
        let sep = " \(glyphs.separator) "
        var head: [(String, Style)] = TextWrap.lines(overview.head, width: max(1, width)).map { ($0, .plain) } + [("", .plain)]
        var tail: [(String, Style)] = [("", .plain)]
        for line in overview.standIns + [SessionPlan.leftOutSentence(overview.leftOut)].compactMap({ $0 }) { tail += TextWrap.lines(line, width: max(1, width)).map { ($0, .hint) } }
        if !overview.fetch.isEmpty { tail.append(("Fetch: " + overview.fetch.map(\.title).joined(separator: ", "), .emphasis)) }
        tail.append(("Takes \(overview.totalText)" + (finish.map { sep + $0 } ?? "") + sep + "Space pauses while you set up", .hint))
        let nameWidth = min(28, overview.lines.map { DisplayWidth.of($0.name) }.max() ?? 0)
        let doseWidth = overview.lines.map { DisplayWidth.of($0.dose) }.max() ?? 0
        var list: [(String, Style)] = overview.lines.enumerated().map { index, line in
            let name = TextWrap.truncate(line.name, width: nameWidth, ellipsis: glyphs.ellipsis)
            let equipment = line.equipment.map(\.title).joined(separator: ", ")
            let text = "\(index + 1)" + (choice == index ? glyphs.pointer : " ") + " " + pad(name, nameWidth) + "  "
                + pad(line.dose, doseWidth) + "  " + equipment
            return (text, choice == index ? .emphasis : .plain)
        }
        let room = height - head.count - tail.count
        if room < 1 { head = [] }
        let listRoom = height - head.count - tail.count
        if list.count > listRoom, listRoom >= 1 {
            let hidden = list.count - (listRoom - 1)
            list = Array(list.prefix(listRoom - 1)) + [("… and \(hidden) more", .hint)]
        }
        return (head + list + tail).prefix(max(0, height)).map { (TextWrap.truncate($0.0, width: width, ellipsis: glyphs.ellipsis), $0.1) }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
