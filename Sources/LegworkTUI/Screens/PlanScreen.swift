import LegworkKit

/// The personal plan: a grid of weeks × days (runs and sessions), this week marked, and under it the
/// selected day's session — every exercise with its dose and why, and the cue for the next run.
/// Enter starts the selected day's session (`PlanDayRoute`, opened by the environment).
public struct PlanScreen: Screen {
    public let plan: Plan
    public let today: CalendarDate
    /// Index into `plan.weeks`.
    public private(set) var week: Int
    /// 0 = Monday … 6 = Sunday.
    public private(set) var day: Int
    /// First row of the details shown (PgUp/PgDn).
    public private(set) var detailOffset = 0
    /// The details pane shows the plan's notices and warnings instead of the selected day (`i`). It
    /// opens that way when the plan has safety notices: they are read before any session.
    public private(set) var showingNotices = false
    /// Enter on a day other than today: the day whose session waits for a second Enter.
    public private(set) var confirmingStart: PlanDay?
    /// The body size from the last `.resize`: Space pages the day's text as wrapped at this width.
    public private(set) var bodySize: Size?
    /// Whether any day's session can be started here; false: only today's, through `.navigate(.todaySession)`.
    private let startsAnyDay: Bool
    /// Metres run on each day up to today (the runs that happened): the run column shows them.
    public let ran: [CalendarDate: Double]

    /// - Parameters:
    ///   - week: the week number to show first (1-based, `--week N`); default this week.
    ///   - ran: metres run by day (`AppContext.ranByDay`); days up to today show ✓ and the distance.
    public init(plan: Plan, today: CalendarDate, week: Int? = nil, startsAnyDay: Bool = false, ran: [CalendarDate: Double] = [:]) {
        self.plan = plan
        self.today = today
        self.ran = ran.filter { $0.key <= today }
        self.startsAnyDay = startsAnyDay
        self.showingNotices = !plan.notices.isEmpty
        let current = plan.weeks.firstIndex { $0.contains(today) }
        let chosen = week.map { min(max(0, $0 - 1), max(0, plan.weeks.count - 1)) } ?? current ?? 0
        self.week = chosen
        if chosen == current {
            // Today, or the next session day this week when today has none.
            let days = plan.weeks[chosen].days
            let next = days.firstIndex { $0.date >= today && $0.session != nil }
            self.day = days[today.weekday.index].session != nil ? today.weekday.index : (next ?? today.weekday.index)
        } else {
            self.day = plan.weeks.indices.contains(chosen) ? (plan.weeks[chosen].days.firstIndex { $0.session != nil } ?? 0) : 0
        }
    }

    public var title: String { "My plan" }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    /// The body the weeks' grid, its legend and the day need together; a smaller one shows the selected
    /// week as one row of days and gives the rest to the day's session.
    static let fullBody = Size(width: 70, height: 15)

    enum KeyCommand: Sendable { case previousDay, nextDay, previousWeek, nextWeek, start, pageDown, pageUp, today, notices, back }

    static let keyTable = KeyTable<KeyCommand>([
        KeyBinding("←→ h l", "day", footer: true, footerNames: "←→", keys: [.key(.left), .char("h")], .previousDay),
        KeyBinding("", "", keys: [.key(.right), .char("l")], .nextDay),
        KeyBinding("↑↓ k j", "week", footer: true, footerNames: "↑↓", keys: [.key(.up), .char("k")], .previousWeek),
        KeyBinding("", "", keys: [.key(.down), .char("j")], .nextWeek),
        KeyBinding("Enter", "start", footer: true, keys: [.key(.enter)], .start),
        KeyBinding("PgUp PgDn Space", "scroll", footer: true, footerNames: "PgUp PgDn", keys: [.key(.pageDown), .char(" ")], .pageDown),
        KeyBinding("", "", keys: [.key(.pageUp)], .pageUp),
        KeyBinding("t", "back to today", keys: [.char("t")], .today),
        KeyBinding("i", "safety notices and warnings (i or Esc: back to the day)", keys: [.char("i")], .notices),
        KeyBinding("Esc", "back", keys: [.key(.escape), .key(.backspace)], .back),
    ])

    public var keys: [KeyHelp] { Self.keyTable.help }
    /// While Enter waits for its confirmation any key answers it, so none is ignored then.
    public func ignores(_ key: Key) -> Bool { confirmingStart == nil && !Self.keyTable.takes(key) }

    var selectedDay: PlanDay? {
        guard plan.weeks.indices.contains(week), plan.weeks[week].days.indices.contains(day) else { return nil }
        return plan.weeks[week].days[day]
    }

    // MARK: update

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        if case let .resize(size) = event { bodySize = size }
        guard case let .key(key) = event else { return [] }
        if let waiting = confirmingStart {
            confirmingStart = nil
            guard key == .enter || key == .character("y"), let session = waiting.session else { return [] }
            return [.open(PlanDayRoute(session: session, date: waiting.date), replacing: false)]
        }
        guard let command = Self.keyTable.command(for: key) else { return [] }
        let closesNotices: Set<KeyCommand> = [.back, .previousDay, .nextDay, .previousWeek, .nextWeek]
        if showingNotices, closesNotices.contains(command) {
            showingNotices = false; detailOffset = 0; return []
        }
        switch command {
        case .previousDay: moveDay(-1)
        case .nextDay: moveDay(1)
        case .previousWeek: moveWeek(-1)
        case .nextWeek: moveWeek(1)
        case .pageDown: detailOffset = min(detailOffset + 5, detailLines(width: detailWidth, glyphs: .ascii).count)
        case .pageUp: detailOffset = max(0, detailOffset - 5)
        case .today:
            if let current = plan.weeks.firstIndex(where: { $0.contains(today) }) {
                week = current; day = today.weekday.index; detailOffset = 0
            }
        case .notices: showingNotices.toggle(); detailOffset = 0
        case .start: return start()
        case .back: return [.pop]
        }
        return []
    }

    private mutating func moveDay(_ offset: Int) {
        showingNotices = false
        let next = day + offset
        if next < 0, week > 0 { week -= 1; day = 6 }
        else if next > 6, week < plan.weeks.count - 1 { week += 1; day = 0 }
        else { day = min(max(0, next), 6) }
        detailOffset = 0
    }

    private mutating func moveWeek(_ offset: Int) {
        showingNotices = false
        week = min(max(0, week + offset), max(0, plan.weeks.count - 1))
        detailOffset = 0
    }

    private mutating func start() -> [ScreenAction] {
        guard let selected = selectedDay, let session = selected.session else {
            return [.bell, .notice("No session on this day: pick a day marked \(Self.sessionCode(.strength)) or \(Self.sessionCode(.mobility))")]
        }
        if startsAnyDay, selected.date != today {
            // Another day's session is started on purpose only: a second Enter confirms.
            confirmingStart = selected
            return []
        }
        if startsAnyDay { return [.open(PlanDayRoute(session: session, date: selected.date), replacing: false)] }
        if selected.date == today { return [.navigate(.todaySession)] }
        return [.bell, .notice("Only today's session can be started; this one is on \(selected.date)")]
    }

    // MARK: view

    static func sessionCode(_ kind: PlanSession.Kind) -> String { kind == .strength ? "STR" : "MOB" }

    static func runCode(_ run: PlanDay.Run) -> String {
        switch run {
        case .easy: "easy"
        case .workout: "work"
        case .long: "long"
        case .race: "RACE"
        }
    }

    /// The text of one grid cell: the session code and the run ("STR easy", "long", "-"); on a day a run
    /// was logged, what was run instead of what was planned ("STR ✓8").
    static func cell(_ day: PlanDay, glyphs: Glyphs, ran metres: Double? = nil, unit: DistanceUnit = .km) -> String {
        let run = metres.map { glyphs.check + String(Int(($0 / unit.metres).rounded())) } ?? day.run.map(runCode)
        let parts = [day.session.map { sessionCode($0.kind) }, run].compactMap { $0 }
        return parts.isEmpty ? glyphs.separator : parts.joined(separator: " ")
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let g = context.glyphs
        let inner = Self.inner(area)
        guard plan.weeks.indices.contains(week) else {
            canvas.write("This plan has no weeks yet.", x: inner.x, y: inner.y, clip: inner)
            return
        }
        let current = plan.weeks.firstIndex { $0.contains(today) }
        let shown = plan.weeks[week]
        let compact = !area.size.fits(Self.fullBody)
        var y = inner.y

        // Heading: the selected week, and whether there is something to read first.
        var heading = (plan.block > 1 ? "Block \(plan.block), week \(shown.number)" : "Week \(shown.number) of \(plan.weeks.count)")
            + " \(g.separator) \(shown.phase.title)"
        if !compact, let first = shown.days.first?.date, let last = shown.days.last?.date { heading += " \(g.separator) \(first) to \(last)" }
        if week == current { heading += " \(g.separator) this week" }
        let noticeCount = plan.notices.count + plan.warnings.count
        let notice = noticeCount == 0 ? nil : compact ? "i: \(noticeCount)" : "i: \(noticeCount) notice\(noticeCount == 1 ? "" : "s")"
        // A small window cuts the heading before the notices' count rather than under it.
        let headingRoom = compact ? inner.width - (notice.map { DisplayWidth.of($0) + 1 } ?? 0) : inner.width
        canvas.write(TextWrap.truncate(heading, width: headingRoom, ellipsis: g.ellipsis), x: inner.x, y: y, style: .emphasis, clip: inner)
        if let notice {
            canvas.write(notice, x: inner.maxX - DisplayWidth.of(notice), y: y, style: plan.notices.isEmpty ? .hint : .warn, clip: inner)
        }
        y += 1

        // The grid: the week labels as wide as the longest ("W22 Recovery"), the cells share the rest. A
        // small window has no labels (the heading names the week) and only the selected week.
        let longest = plan.weeks.map { DisplayWidth.of("W\($0.number) \($0.phase.title)") }.max() ?? 0
        let labelWidth = compact ? 1 : max(13, min(longest + 4, inner.width - 7 * 5))
        let cellWidth = max(5, min(10, (inner.width - labelWidth) / 7))
        for (i, weekday) in Weekday.allCases.enumerated() {
            canvas.write(weekday.shortTitle, x: inner.x + labelWidth + i * cellWidth, y: y, style: .hint, clip: inner)
        }
        // Without week labels the selected day's name carries the marker, for a screen without colours.
        if compact { canvas.write(g.pointer, x: inner.x + labelWidth + day * cellWidth - 1, y: y, style: .emphasis, clip: inner) }
        y += 1
        // About a third of the height for the grid: 5 weeks at 80x24, the whole plan on a tall terminal.
        let visibleWeeks = compact ? 1 : min(plan.weeks.count, max(3, (inner.height - 6) / 3))
        let firstWeek = compact ? week : max(0, min(week - visibleWeeks / 2, plan.weeks.count - visibleWeeks))
        for w in firstWeek..<(firstWeek + visibleWeeks) {
            let row = plan.weeks[w]
            let isCurrent = w == current
            if !compact {
                let label = "\(w == week ? g.pointer : " ")\(isCurrent ? g.bullet : " ")W\(row.number) \(row.phase.title)"
                canvas.write(TextWrap.truncate(label, width: labelWidth - 2, ellipsis: g.ellipsis), x: inner.x, y: y,
                             style: isCurrent ? Style(color: .good, bold: true) : (w == week ? .emphasis : .plain), clip: inner)
            }
            for (d, planDay) in row.days.enumerated() {
                let cellRect = Rect(x: inner.x + labelWidth + d * cellWidth - 1, y: y, width: cellWidth, height: 1)
                var style: Style = planDay.session != nil ? .accent : .hint
                if planDay.date == today { style = Style(color: .good, bold: true, underline: true) }
                if w == week, d == day { style = .selected; canvas.fill(cellRect, style: .selected) }
                canvas.write(TextWrap.truncate(Self.cell(planDay, glyphs: g, ran: ran[planDay.date], unit: plan.units.distance), width: cellWidth - 1, ellipsis: g.ellipsis),
                             x: cellRect.x + 1, y: y, style: style, clip: cellRect)
            }
            y += 1
        }
        if !compact {
            // With runs logged the legend makes room for their mark: "work" stands for the workout.
            let legend = "STR strength  MOB mobility  \(g.bullet) this week  runs: easy, "
                + (ran.isEmpty ? "work(out), long, RACE" : "work, long, RACE, \(g.check)\(plan.units.distance.rawValue) run")
            canvas.write(TextWrap.truncate(legend, width: inner.width, ellipsis: g.ellipsis), x: inner.x, y: y, style: .hint, clip: inner)
            y += 2
        }

        // The selected day.
        let detail = Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y))
        let lines = detailLines(width: detail.width, glyphs: g)
        let fits = lines.count <= detail.height
        let room = fits ? detail.height : max(0, detail.height - 1)
        let offset = fits ? 0 : min(detailOffset, max(0, lines.count - room))
        for (n, line) in lines.dropFirst(offset).prefix(room).enumerated() {
            canvas.write(line.text, x: detail.x + line.indent, y: detail.y + n, style: line.style, clip: detail)
        }
        if !fits {
            let more = [offset > 0 ? "PgUp ↑" : nil, offset + room < lines.count ? "PgDn ↓ more" : nil].compactMap { $0 }.joined(separator: "  ")
            canvas.write(more, x: detail.x + 2, y: detail.maxY - 1, style: .hint, clip: detail)
        }
        if let waiting = confirmingStart, let session = waiting.session {
            let when = waiting.date < today ? "was planned for" : "is planned for"
            Dialog.render(title: "Start now?", text: "\(session.title) \(when) \(waiting.weekday.title) \(waiting.date), not today.\n\nStart it now? Enter or y = yes, any other key = no",
                          into: &canvas, context: context)
        }

    }

    struct Line {
        var text: String
        var style: Style
        var indent = 0
        /// Indent of the wrapped continuation lines.
        var hang = 0
    }

    /// The body less its side margins.
    static func inner(_ area: Rect) -> Rect { area.inset(dx: 1, dy: 0) }

    /// The width the day's text wraps at: the body less the margins `render` keeps (see `inner`).
    private var detailWidth: Int { Self.inner(Rect(bodySize ?? Size(width: 80, height: 21))).width }

    func detailLines(width: Int, glyphs g: Glyphs) -> [Line] {
        if showingNotices { return noticeLines(glyphs: g).flatMap { wrap($0, width: width) } }
        guard let selected = selectedDay else { return [] }
        var lines: [Line] = []
        var title = "\(selected.weekday.title) \(selected.date)"
        if let run = selected.run { title += " \(g.separator) \(run.title)" }
        guard let session = selected.session else {
            lines.append(Line(text: title, style: .emphasis))
            let sessions = plan.weeks[week].days.filter { $0.session != nil }.map(\.weekday.title)
            let week = sessions.isEmpty ? " No session this week: rest and run."
                : " This week's sessions: \(sessions.joined(separator: ", ")); choose one with ←→ to see its exercises."
            lines.append(Line(text: "No strength session this day." + week, style: .hint))
            return lines.flatMap { wrap($0, width: width) }
        }
        lines.append(Line(text: "\(title) \(g.separator) \(session.title) \(g.separator) \(session.minutes) min", style: .emphasis))
        for (i, item) in session.items.enumerated() {
            let name = "\(i + 1). \(item.name)"
            lines.append(Line(text: "\(name) \(g.separator) \(PlanItemWords.dose(item, unit: plan.units))", style: .plain, hang: 3))
            lines.append(Line(text: "why: \(item.why)", style: .hint, indent: 3, hang: 8))
            if let note = item.note, !note.isEmpty { lines.append(Line(text: "note: \(note)", style: .hint, indent: 3, hang: 9)) }
            if let change = PlanItemWords.change(item) { lines.append(Line(text: change, style: .hint, indent: 3, hang: 5)) }
        }
        for note in session.notes { lines.append(Line(text: note, style: .plain)) }
        if !session.runningCue.isEmpty { lines.append(Line(text: "Running cue: \(session.runningCue)", style: .good)) }
        let enter = selected.date == today ? "Enter starts this session." : (startsAnyDay ? "Enter starts this session (it asks first: it is not today's)." : "")
        lines.append(Line(text: enter, style: .hint))
        return lines.flatMap { wrap($0, width: width) }
    }

    private func noticeLines(glyphs g: Glyphs) -> [Line] {
        var lines = [Line(text: "Read first (Esc or an arrow: to the days; i: back here)", style: .emphasis)]
        if plan.notices.isEmpty && plan.warnings.isEmpty { lines.append(Line(text: "Nothing to read: no notices.", style: .hint)) }
        lines += plan.notices.map { Line(text: "\(g.bullet) \($0.message)", style: .warn, hang: 2) }
        if !plan.runningNotes.isEmpty {
            lines.append(Line(text: "Your running:", style: .emphasis))
            lines += plan.runningNotes.map { Line(text: "\(g.bullet) \($0.message)", style: .plain, hang: 2) }
        }
        if !plan.shortfalls.isEmpty {
            lines.append(Line(text: "What the plan could not do as asked:", style: .emphasis))
            lines += plan.shortfalls.map { Line(text: "\(g.bullet) \($0.message)", style: .plain, hang: 2) }
        }
        return lines
    }

    private func wrap(_ line: Line, width: Int) -> [Line] {
        if line.text.isEmpty { return [] }
        let first = TextWrap.lines(line.text, width: max(10, width - line.indent))
        guard first.count > 1 else { return first.map { Line(text: $0, style: line.style, indent: line.indent) } }
        // Wrap the rest again at the hanging indent's width.
        let rest = TextWrap.lines(String(String(line.text.dropFirst(first[0].count)).drop { $0 == " " }), width: max(10, width - line.hang))
        return [Line(text: first[0], style: line.style, indent: line.indent)] + rest.map { Line(text: $0, style: line.style, indent: line.hang) }
    }
}
