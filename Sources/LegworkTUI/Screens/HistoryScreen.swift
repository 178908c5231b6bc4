import LegworkKit

/// The training log at a glance: a calendar heatmap of the last weeks, the streak and weekly volume,
/// and for the exercise chosen in the list a chart of its load (or reps, or seconds) over time and its
/// pain trend. Everything comes in when the screen is made (`HistoryData`), so moving through the
/// list never waits for the store.
public struct HistoryScreen: Screen {
    public let data: HistoryData
    public let summary: HistorySummary
    /// Exercise ids in the list, the most recently done first.
    public let exerciseIDs: [String]
    /// Display names by exercise id (unknown ids show as they are).
    public let names: [String: String]
    public var selection: ListSelection
    /// The runner's strength checks, oldest first: each measured test is a row of its own, charted left
    /// against right (`HistoryScreen+Checks`).
    public let checks: [StrengthCheck]
    /// The list's rows: the checks' tests first (`checkRowPrefix` + the test), then the exercises.
    let listIDs: [String]
    /// Kilometres run in each week of the summary, by its Monday (local days since 1970); empty when no
    /// run is known.
    public let kmByWeek: [Int64: Double]
    /// The unit loads are shown in, and through it distances (`LoadUnit.distance`).
    public let unit: LoadUnit

    /// Weeks the summary covers; the screen shows as many as fit.
    public static let maxWeeks = 52

    /// What changed this month, exercise by exercise (`ProgressHighlights`), newest first.
    public let highlights: [ProgressHighlight]
    /// The weekly summary, newest week first.
    public let weekLines: [WeekLine]
    /// The lower part shows the weeks and the highlights instead of an exercise's chart (`w`).
    public private(set) var showingWeeks = false
    /// The first row of the weeks and highlights shown.
    public internal(set) var weeksScroll = 0
    /// The body size from the last `.resize`: the weeks scroll to their end at this size.
    private(set) var bodySize: Size?

    /// - Parameters:
    ///   - today: the local day now, `WallTime.localDaysSince1970` (screens never read a clock).
    ///   - runs: the runs that happened, for the weekly distance beside strength and stretching.
    ///   - highlights: what changed this month (`ProgressHighlights.of`).
    ///   - planned: strength sessions the plan had, by the week's Monday (local days since 1970).
    ///   - unit: the runner's unit for loads and distances.
    public init(data: HistoryData, names: [String: String], today: Int64, checks: [StrengthCheck] = [], runs: [RunRecord] = [],
                highlights: [ProgressHighlight] = [], planned: [Int64: Int] = [:], unit: LoadUnit = .kg) {
        self.data = data
        self.unit = unit
        self.kmByWeek = WeeklyDistance(runs: runs).kmByMonday
        self.names = names
        self.summary = HistorySummary(sessions: data.sessions, today: today, weekCount: Self.maxWeeks)
        self.exerciseIDs = data.exercisesByRecency
        self.checks = checks
        self.listIDs = Self.checkRows(checks) + exerciseIDs
        self.selection = ListSelection(count: listIDs.count)
        self.highlights = highlights.filter { names[$0.exerciseID] != nil }
        self.weekLines = summary.weekLines(count: Self.maxWeeks, planned: planned, kmByWeek: kmByWeek)
    }

    public var title: String { "History" }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    enum KeyCommand: Sendable { case move, back, weeks }

    var keyTable: KeyTable<KeyCommand> {
        let weeks = KeyBinding("w Tab", showingWeeks ? "exercises" : "weeks, progress", footer: true, footerNames: "w",
                               keys: [.char("w"), .key(.tab)], KeyCommand.weeks)
        let back = KeyBinding("Esc", "back", footer: true, keys: [.key(.escape), .key(.backspace), .key(.left), .char("h")], KeyCommand.back)
        if showingWeeks {
            return KeyTable([
                KeyBinding("↑↓ j k", "scroll", footer: true, keys: [.key(.up), .key(.down), .char("j"), .char("k"), .key(.home), .key(.end),
                                                                   .char("g"), .char("G"), .key(.pageUp), .key(.pageDown)], .move),
                weeks,
                back,
            ])
        }
        return KeyTable([
            KeyBinding("↑↓ j k", "choose an exercise", footer: true, keys: [.key(.up), .key(.down), .char("j"), .char("k")], .move),
            weeks,
            back,
            KeyBinding("g G", "first, last exercise", keys: [.key(.home), .key(.end), .char("g"), .char("G")], .move),
            KeyBinding("PgUp PgDn", "ten exercises up or down", keys: [.key(.pageUp), .key(.pageDown)], .move),
        ])
    }

    public var keys: [KeyHelp] { keyTable.help }
    public func ignores(_ key: Key) -> Bool { !keyTable.takes(key) }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        if case let .resize(size) = event { bodySize = size }
        guard case let .key(key) = event, let command = keyTable.command(for: key) else { return [] }
        switch command {
        case .move where showingWeeks: scrollWeeks(key); return []
        case .move: selection.handle(key); return []
        case .weeks: showingWeeks.toggle(); weeksScroll = 0; return []
        case .back: return [.pop]
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let unicode = context.capabilities.unicode
        let g = context.glyphs
        let inner = area.inset(dx: 2, dy: 0)
        if area.width < Self.fullSize.width || area.height < Self.fullSize.height - 3 {
            renderCompact(into: &canvas, area: area.inset(dx: 1, dy: 0), glyphs: g, unicode: unicode)
            return
        }
        // Top: heatmap on the left, numbers on the right.
        let panelWidth = 42
        let weeks = max(8, min(Self.maxWeeks, inner.width - panelWidth - 2 - Heatmap.labelWidth))
        Heatmap.render(summary, weeks: weeks, into: &canvas, x: inner.x, y: inner.y, unicode: unicode, clip: inner)
        let panelX = inner.x + Heatmap.labelWidth + weeks + 3
        let panel = Rect(x: panelX, y: inner.y, width: inner.maxX - panelX, height: Heatmap.height)
        renderNumbers(into: &canvas, panel: panel, weeks: weeks, glyphs: g, unicode: unicode)

        let lower = Rect(x: inner.x, y: inner.y + Heatmap.height + 1, width: inner.width, height: inner.maxY - (inner.y + Heatmap.height + 1))
        if showingWeeks {
            renderWeeks(into: &canvas, area: lower, glyphs: g)
            return
        }
        guard !listIDs.isEmpty else {
            let text = data.isEmpty
                ? "Nothing logged yet. Finish a strength session or a stretch routine and it shows up here."
                : "No sets logged yet: stretch routines appear in the calendar, exercises here."
            var y = lower.y
            for line in TextWrap.lines(text, width: min(lower.width, 72)) {
                canvas.write(line, x: lower.x, y: y, style: .hint, clip: lower)
                y += 1
            }
            return
        }
        renderExercises(into: &canvas, area: lower, glyphs: g, unicode: unicode)
    }

    /// The window the calendar, the numbers, the list and the chart need side by side.
    static let fullSize = Size(width: 64, height: 22)

    /// A small window: the week in one line, the chosen exercise's chart below it (↑↓ choose another).
    private func renderCompact(into canvas: inout Canvas, area: Rect, glyphs g: Glyphs, unicode: Bool) {
        let week = summary.thisWeek
        let streak = summary.streakWeeks == 1 ? "1 week" : "\(summary.streakWeeks) weeks"
        var line = "Streak \(streak) \(g.separator) this week \(plural(week.sessions, "session"))"
        if !listIDs.isEmpty, !showingWeeks { line += " \(g.separator) \(selection.index + 1)/\(listIDs.count) ↑↓" }
        canvas.write(TextWrap.truncate(line, width: area.width, ellipsis: g.ellipsis), x: area.x, y: area.y, style: .hint, clip: area)
        let rest = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        if showingWeeks {
            renderWeeks(into: &canvas, area: rest, glyphs: g)
            return
        }
        guard !listIDs.isEmpty else {
            let text = data.isEmpty ? "Nothing logged yet: finish a session and it shows up here." : "No sets logged yet."
            for (i, part) in TextWrap.lines(text, width: rest.width).enumerated() {
                canvas.write(part, x: rest.x, y: rest.y + 1 + i, style: .hint, clip: rest)
            }
            return
        }
        let id = listIDs[selection.index]
        if let test = Self.checkTest(id) {
            renderCheck(test, into: &canvas, area: rest, glyphs: g, unicode: unicode)
        } else {
            renderChart(for: id, into: &canvas, area: rest, glyphs: g, unicode: unicode)
        }
    }

    // MARK: - Parts

    private func renderNumbers(into canvas: inout Canvas, panel: Rect, weeks: Int, glyphs g: Glyphs, unicode: Bool) {
        let week = summary.thisWeek
        let streak = summary.streakWeeks == 1 ? "1 week" : "\(summary.streakWeeks) weeks"
        let labels = ["Streak", "This week", "Sets/week", "Min/week"]
        let labelWidth = 11
        var y = panel.y + 1
        func line(_ label: String, _ value: String, _ style: Style = .plain) {
            canvas.write(label, x: panel.x, y: y, style: .hint, clip: panel)
            canvas.write(value, x: panel.x + labelWidth, y: y, style: style, clip: panel)
            y += 1
        }
        line(labels[0], streak, summary.streakWeeks > 0 ? .good : .plain)
        line(labels[1], "\(plural(week.sessions, "session")) \(g.separator) \(week.sets) sets \(g.separator) \(week.minutes) min")
        let room = max(0, panel.width - labelWidth)
        let shown = Array(summary.weeks.suffix(min(weeks, room)))
        line(labels[2], Sparkline.text(shown.map { Double($0.sets) }, levels: g.levels), .accent)
        line(labels[3], Sparkline.text(shown.map { Double($0.minutes) }, levels: g.levels), .accent)
        let best = shown.map(\.sets).max() ?? 0
        if kmByWeek.isEmpty {
            line("", "most \(best) sets in a week", .hint)
            y += 1
        } else {
            // The running beside the strength and stretching: the same weeks, in the runner's unit.
            let distance = unit.distance
            let amounts = shown.map { (kmByWeek[$0.monday] ?? 0) * 1000 / distance.metres }
            line(distance == .km ? "Km/week" : "Mi/week", Sparkline.text(amounts, levels: g.levels), .accent)
            let name = distance.rawValue
            line("", "this week \(Int((amounts.last ?? 0).rounded())) \(name) \(g.separator) most \(Int((amounts.max() ?? 0).rounded())) \(name)", .hint)
        }
        canvas.write(Heatmap.legend(unicode: unicode), x: panel.x, y: y, style: .hint, clip: panel)
    }

    private func renderExercises(into canvas: inout Canvas, area: Rect, glyphs g: Glyphs, unicode: Bool) {
        let listWidth = min(26, max(16, area.width / 3))
        let (list, right) = area.splitLeft(listWidth)
        let chartArea = Rect(x: right.x + 2, y: right.y, width: right.width - 2, height: right.height)
        let heading = checks.isEmpty ? "Exercises (\(exerciseIDs.count))" : "Checks and exercises (\(listIDs.count))"
        canvas.write(heading, x: list.x, y: list.y, style: .emphasis, clip: list)
        let rowsArea = Rect(x: list.x, y: list.y + 1, width: list.width, height: list.height - 1)
        var y = rowsArea.y
        for i in selection.window(height: rowsArea.height) {
            let selected = i == selection.index
            let row = Rect(x: rowsArea.x, y: y, width: rowsArea.width, height: 1)
            if selected { canvas.fill(row, style: .selected) }
            let name = TextWrap.truncate(displayName(listIDs[i]), width: row.width - 2, ellipsis: g.ellipsis)
            canvas.write("\(selected ? g.pointer : " ") \(name)", x: row.x, y: y, style: selected ? .selected : .plain, clip: row)
            y += 1
        }
        let id = listIDs[selection.index]
        if let test = Self.checkTest(id) {
            renderCheck(test, into: &canvas, area: chartArea, glyphs: g, unicode: unicode)
        } else {
            renderChart(for: id, into: &canvas, area: chartArea, glyphs: g, unicode: unicode)
        }
    }

    private func renderChart(for id: String, into canvas: inout Canvas, area: Rect, glyphs g: Glyphs, unicode: Bool) {
        let points = data.exercises[id] ?? []
        let loaded = points.contains { ($0.loadKg ?? 0) > 0 }
        let timed = !loaded && points.allSatisfy { $0.reps == nil } && points.contains { $0.seconds != nil }
        let (measure, values): (String, [Double?]) =
            if loaded { ("load \(unit.rawValue)", points.map { $0.loadKg.map { unit.amount(ofKilograms: $0) } }) }
            else if timed { ("seconds", points.map { $0.seconds.map(Double.init) }) }
            else { ("reps", points.map { $0.reps.map(Double.init) }) }
        canvas.write(TextWrap.truncate("\(displayName(id)) \(g.separator) \(measure) per session", width: area.width, ellipsis: g.ellipsis),
                     x: area.x, y: area.y, style: .emphasis, clip: area)
        let footerRows = 4
        let plot = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(2, area.height - 1 - footerRows))
        Chart.render(values, days: points.map(\.day), into: &canvas, area: plot, unicode: unicode)
        var y = plot.maxY
        if let first = points.first, let last = points.last {
            renderDateAxis(first: first.day, last: last.day, into: &canvas, x: plot.x + Chart.axisWidth, y: y, clip: area)
        }
        y += 1
        let sparkWidth = max(0, area.width - Chart.axisWidth - 12)
        if loaded {
            let reps = Sparkline.resample(points.map { $0.reps.map(Double.init) ?? $0.seconds.map(Double.init) }, to: sparkWidth, by: .mean)
            canvas.write("Reps", x: area.x, y: y, style: .hint, clip: area)
            canvas.write(Sparkline.text(reps, levels: g.levels, fromZero: false), x: area.x + Chart.axisWidth, y: y, style: .accent, clip: area)
            y += 1
        }
        let pains = Sparkline.resample(points.map { $0.pain.map(Double.init) }, to: sparkWidth, by: .max)
        canvas.write("Pain", x: area.x, y: y, style: .hint, clip: area)
        if pains.contains(where: { $0 != nil }) {
            let end = canvas.write(Sparkline.text(pains, levels: g.levels, scale: 0...10), x: area.x + Chart.axisWidth, y: y, style: .warn, clip: area)
            let lastPain = points.last(where: { $0.pain != nil })?.pain ?? 0
            canvas.write(" last \(lastPain)/10", x: end, y: y, style: lastPain > AutoRegulation.painLimit ? .danger : .hint, clip: area)
        } else {
            canvas.write("not recorded", x: area.x + Chart.axisWidth, y: y, style: .hint, clip: area)
        }
        y += 1
        canvas.write("\(plural(points.count, "session")), last on \(points.last.map { dateText($0.day) } ?? "-")",
                     x: area.x, y: y, style: .hint, clip: area)
    }

    /// Under a chart: every month named where it starts, or the first and last day when the months
    /// do not fit (years of history in a narrow window).
    func renderDateAxis(first: Int64, last: Int64, into canvas: inout Canvas, x: Int, y: Int, clip: Rect) {
        let width = clip.maxX - x
        let months = Chart.monthAxis(first: first, last: last, width: width)
        guard months.isEmpty, first != last else {
            canvas.write(months.isEmpty ? dateText(first) : months, x: x, y: y, style: .hint, clip: clip)
            return
        }
        let from = dateText(first), to = dateText(last)
        canvas.write(from, x: x, y: y, style: .hint, clip: clip)
        canvas.write(to, x: max(x + from.count + 1, clip.maxX - to.count), y: y, style: .hint, clip: clip)
    }

    private func displayName(_ id: String) -> String { Self.checkTest(id).map(Self.checkRowName) ?? names[id] ?? id }

    private func dateText(_ day: Int64) -> String { WallTime(secondsSince1970: day * 86_400).localDateText }

    private func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
}
