import LegworkKit

/// After a session or routine: done vs planned per exercise, the times, notes from the log entries and
/// the one cue to take into the next run. Enter goes home (also after `legwork session`, which has no
/// home below it); Esc goes back; `s` goes straight into the stretch routine.
public struct SessionSummaryScreen: Screen {
    public let summary: SessionSummary
    public let kind: SessionPlan.Kind
    /// The first row of the body shown (j/k scroll when the summary is longer than the screen).
    public private(set) var offset = 0

    public init(summary: SessionSummary, kind: SessionPlan.Kind = .strength) {
        self.summary = summary
        self.kind = kind
    }

    public var title: String { "Summary" }
    public var minimumSize: Size { Size(width: 40, height: 12) }

    enum KeyCommand: Sendable { case home, back, stretch, down, up }

    var keyTable: KeyTable<KeyCommand> {
        var bindings = [KeyBinding<KeyCommand>("Enter", "home", footer: true, keys: [.key(.enter)], .home)]
        if kind == .strength { bindings.append(KeyBinding("s", "stretch now", footer: true, keys: [.char("s")], .stretch)) }
        bindings += [
            KeyBinding("↑↓ j k", "scroll", keys: [.key(.down), .char("j")], .down),
            KeyBinding("", "", keys: [.key(.up), .char("k")], .up),
            KeyBinding("Esc", "back to where the session was opened", keys: [.key(.escape), .key(.backspace)], .back),
        ]
        return KeyTable(bindings)
    }

    public var keys: [KeyHelp] { keyTable.help }
    public func ignores(_ key: Key) -> Bool { !keyTable.takes(key) }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        guard case let .key(key) = event, let command = keyTable.command(for: key) else { return [] }
        switch command {
        case .home: return [.navigate(.home)]
        case .back: return [.pop]
        case .stretch: return [.navigate(.stretch)]
        case .down: offset += 1
        case .up: offset = max(0, offset - 1)
        }
        return []
    }

    /// "done", "skipped" (not one set done), "stopped early", "stopped for safety".
    public var outcomeText: String {
        switch summary.outcome {
        case .completed, nil: summary.nothingDone ? ItemSummary.skippedWord : "done"
        case .abandoned: "stopped early"
        case .safetyStop: "stopped for safety"
        }
    }

    /// The summary as rows of text with their style, before scrolling and clipping to `width`.
    public func rows(width: Int, glyphs g: Glyphs) -> [(String, Style)] {
        var rows: [(String, Style)] = []
        let heading = "\(summary.title): \(outcomeText)"
        rows.append((heading, (summary.outcome == nil || summary.outcome == .completed) && !summary.nothingDone ? .title : .warn))
        rows.append(("", .plain))
        let nameWidth = min(max(12, summary.items.map { DisplayWidth.of($0.name) }.max() ?? 0), max(12, width - 44))
        func pad(_ s: String, _ n: Int) -> String {
            let t = TextWrap.truncate(s, width: n, ellipsis: g.ellipsis)
            return t + String(repeating: " ", count: max(0, n - DisplayWidth.of(t)))
        }
        let logged = summary.items.contains { $0.log != nil }
        // A narrow window keeps the name and what was done; the plan, spare reps and pain need 60 columns.
        let narrow = width < Self.wideTable
        if narrow {
            let doneWidth = 14
            let name = max(8, width - doneWidth - 2)
            rows.append((pad(kind == .stretch ? "Stretch" : "Exercise", name) + "  Done", .emphasis))
            for item in summary.items {
                let full = item.setsDone >= item.planned.sets
                let line = pad(item.name, name) + "  " + (full ? g.check + " " : "  ") + item.doneText
                rows.append((TextWrap.truncate(line, width: width, ellipsis: g.ellipsis), item.log?.requiresStop == true ? .danger : (item.isSkipped ? .hint : .plain)))
            }
        }
        var header = pad(kind == .stretch ? "Stretch" : "Exercise", nameWidth) + "  " + pad("Planned", 15) + "  " + pad("Done", 12)
        // "Spare": reps left in the tank; a hold has none, so it shows a dash there.
        if logged { header += "  Spare  Pain" }
        if !narrow { rows.append((header, .emphasis)) }
        for item in summary.items where !narrow {
            let side = item.unilateral ? "/side" : ""
            let full = item.setsDone >= item.planned.sets
            var line = pad(item.name, nameWidth) + "  " + pad(item.plannedText + side, 15) + "  " + pad((full ? g.check + " " : "  ") + item.doneText, 12)
            if let log = item.log {
                let spare = if case .seconds = item.planned.work { "-" } else { String(log.repsInReserve) }
                line += "  " + pad(spare, 5) + "  " + String(log.pain)
            }
            rows.append((line, item.log?.requiresStop == true ? .danger : (item.isSkipped ? .hint : .plain)))
        }
        if let leftOut = summary.leftOutSentence {
            for line in TextWrap.lines(leftOut, width: width) { rows.append((line, .hint)) }
        }
        rows.append(("", .plain))
        let sep = " \(g.separator) "
        var time = "Time: \(clock(summary.activeTime)) active"
        if summary.pausedTime > .zero { time += sep + "\(clock(summary.pausedTime)) paused" }
        if summary.loggingTime > .zero { time += sep + "\(clock(summary.loggingTime)) logging" }
        time += " (planned \(clock(summary.plannedTime)))"
        for line in TextWrap.lines(time, width: width) { rows.append((line, .plain)) }
        if !summary.notes.isEmpty {
            rows.append(("", .plain))
            rows.append(("Notes", .emphasis))
            for note in summary.notes {
                for (i, line) in TextWrap.lines(note, width: width - 2).enumerated() {
                    rows.append(((i == 0 ? g.bullet + " " : "  ") + line, .warn))
                }
            }
        }
        // After a safety stop the next run waits for the pain to settle: no cue to take into it.
        if !summary.runningCue.isEmpty, !isSafetyStop {
            rows.append(("", .plain))
            rows.append(("On your next run", .emphasis))
            for line in TextWrap.lines(summary.runningCue, width: width - 2) { rows.append(("  " + line, .good)) }
        }
        return rows
    }

    private var isSafetyStop: Bool {
        if case .safetyStop = summary.outcome { return true }
        return false
    }

    private func clock(_ duration: Duration) -> String {
        StretchRoutine.clockText(Int(duration.seconds.rounded()))
    }

    /// The width below which the table drops its planned, spare and pain columns.
    static let wideTable = 56

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let inner = area.inset(dx: area.width < 60 ? 1 : 2, dy: area.height < 14 ? 0 : 1)
        let all = rows(width: inner.width, glyphs: context.glyphs)
        let first = min(offset, max(0, all.count - inner.height))
        for (i, row) in all.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.write(row.0, x: inner.x, y: inner.y + i, style: row.1, clip: inner)
        }
    }
}
