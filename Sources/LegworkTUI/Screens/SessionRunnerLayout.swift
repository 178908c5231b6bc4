import LegworkKit

/// Where everything sits on the runner screen, drawn from one `SessionStatus`. At 80x24 the body is
/// packed; larger terminals get more space between the parts.
struct SessionRunnerLayout {
    let status: SessionStatus
    let engine: SessionEngine
    let figure: [String]?
    let props: [Equipment]
    let context: RenderContext

    /// Rows the layout needs without extra spacing.
    static let compactHeight = 21

    /// The session bar stops at 40 cells with the clock right after it: wider says nothing more, and on
    /// a slow link every cell of the first frame and every step of the bar costs bytes. The clock is
    /// plain text because it changes every second and bold would cost an attribute switch each time.
    static let maximumBarWidth = 40

    private var isStretch: Bool { engine.plan.kind == .stretch }

    func render(into canvas: inout Canvas, area: Rect) {
        let g = context.glyphs
        let pad = min(3, max(0, area.height - Self.compactHeight) / 4)
        var y = area.y + pad

        // Headline and where in the exercise we are.
        let where_ = position
        let whereWidth = DisplayWidth.of(where_)
        canvas.write(TextWrap.truncate(status.headline, width: area.width - whereWidth - 2, ellipsis: g.ellipsis), x: area.x, y: y, style: .title, clip: area)
        canvas.write(where_, x: area.maxX - whereWidth, y: y, style: .emphasis, clip: area)
        y += 1
        canvas.write(TextWrap.truncate(subline, width: area.width, ellipsis: g.ellipsis), x: area.x, y: y, style: .hint, clip: area)
        y += 2 + pad

        // The countdown, PAUSED beside it, the figure on the right.
        let digitsY = y
        let digits = BigDigits.text(seconds: status.remainingSeconds ?? 0)
        let digitsX = area.x + 2
        BigDigits.render(digits, x: digitsX, y: digitsY, style: digitsStyle, into: &canvas, clip: area, unicode: context.capabilities.unicode)
        if status.isPaused {
            let x = digitsX + BigDigits.width(of: digits) + 4
            canvas.write(" PAUSED ", x: x, y: digitsY + 1, style: Style(color: .warn, bold: true, reverse: true), clip: area)
            canvas.write("Space resumes", x: x, y: digitsY + 3, style: .hint, clip: area)
        }
        if let figure {
            let view = FigureView(frames: [figure])
            view.render(into: &canvas, x: area.maxX - view.sideBySideWidth, y: digitsY, clip: area, glyphs: context.glyphs)
        }
        y = digitsY + BigDigits.height + 1 + pad

        // The rep counter with its tempo phase, or what this step is.
        renderActivity(into: &canvas, x: area.x, y: y, clip: area)
        y += 2 + pad

        if let cue = status.item?.cue, !cue.isEmpty, status.step.kind != .done {
            for line in TextWrap.lines(cue, width: area.width).prefix(2) {
                canvas.write(line, x: area.x, y: y, clip: area)
                y += 1
            }
        }

        // Next up and the whole session's progress, at the bottom.
        let bottom = area.maxY - 1
        canvas.write(TextWrap.truncate("Next up: \(status.nextUp)", width: area.width, ellipsis: g.ellipsis), x: area.x, y: bottom - 2, style: .plain, clip: area)
        let clock = progressText
        let barWidth = min(Self.maximumBarWidth, max(0, area.width - DisplayWidth.of(clock) - 2))
        ProgressBar.render(fraction: status.fractionDone, x: area.x, y: bottom, width: barWidth, into: &canvas, glyphs: g)
        canvas.write(clock, x: area.x + barWidth + 2, y: bottom, style: .plain, clip: area)
    }

    // MARK: Parts

    /// "set 2 of 3 · left side", "left side", "" — the right end of the headline row.
    var position: String {
        var parts: [String] = []
        switch status.step.kind {
        case .work, .switchSides, .rest:
            if let set = status.set, let sets = status.sets, sets > 1 { parts.append("set \(set) of \(sets)") }
        default:
            break
        }
        if let side = status.side { parts.append("\(side.rawValue) side") }
        return parts.joined(separator: " \(context.glyphs.separator) ")
    }

    /// The line under the headline: the dose, the coming exercise, or the props of a stretch.
    var subline: String {
        let sep = " \(context.glyphs.separator) "
        guard let item = status.item else { return engine.plan.title }
        if isStretch, !props.isEmpty, status.step.kind != .getReady {
            return "Props: " + props.map(\.title).joined(separator: ", ")
        }
        switch status.step.kind {
        case .getReady:
            return "First: \(item.name)\(sep)\(item.prescription)"
        case let .work(.reps(_, _, tempo)):
            if case .phases = tempo { return "\(item.prescription)\(sep)tempo \(tempo) (down-hold-up)" }
            return "\(item.prescription)\(sep)\(tempo) pace"
        case .work(.timed):
            return item.prescription
        case .switchSides:
            return "\(item.name): get ready for the \(status.side?.rawValue ?? "other") side"
        case .rest:
            return "Rest after set \(status.set ?? 1) of \(item.name)"
        case .transition:
            return "Coming: \(item.name)\(sep)\(item.prescription)"
        case .log, .done:
            return item.name
        }
    }

    private var digitsStyle: Style {
        if status.isPaused { return .hint }
        if let left = status.remainingSeconds, left <= 3 { return .warn }
        if status.step.kind == .rest { return .good }
        return .title
    }

    /// "42%  12:30 left" for a session; "6:40 / 15:00" (the routine's clock) for a stretch.
    var progressText: String {
        let left = Int(status.timeLeft.seconds.rounded(.up))
        if isStretch {
            let total = Int(status.plannedTotal.seconds.rounded())
            return StretchRoutine.clockText(total - left) + " / " + StretchRoutine.clockText(total)
        }
        let percent = Int((status.fractionDone * 100).rounded(.down))
        return "\(percent)%  \(StretchRoutine.clockText(left)) left"
    }

    private func renderActivity(into canvas: inout Canvas, x: Int, y: Int, clip: Rect) {
        let sep = " \(context.glyphs.separator) "
        switch status.step.kind {
        case let .work(.reps(_, _, tempo)):
            guard let rep = status.rep else { return }
            var column = canvas.write("rep \(rep.number) of \(rep.count)", x: x, y: y, style: .emphasis, clip: clip)
            guard case let .phases(down, pause, up) = tempo else {
                canvas.write(sep + "at your own \(tempo) pace", x: column, y: y, clip: clip)
                return
            }
            let phases: [(TempoPhase, String, Int)] = [(.down, "down", down), (.pause, "hold", pause), (.up, "up", up)]
            for (phase, word, seconds) in phases where seconds > 0 {
                column = canvas.write(sep, x: column, y: y, style: .hint, clip: clip)
                let text = seconds > 1 ? word + " " + (1...seconds).reversed().map(String.init).joined(separator: "-") : word
                column = canvas.write(text, x: column, y: y, style: rep.phase == phase ? .selected : .plain, clip: clip)
            }
        case let .work(.timed(seconds)):
            canvas.write("hold \(seconds) s", x: x, y: y, style: .emphasis, clip: clip)
            if let side = status.side { canvas.write(sep + "\(side.rawValue) side", x: x + DisplayWidth.of("hold \(seconds) s"), y: y, clip: clip) }
        case .rest:
            canvas.write("Rest. + or - changes it by 15 s", x: x, y: y, style: .plain, clip: clip)
        case .switchSides:
            canvas.write("Switch to the \(status.side?.rawValue ?? "other") side", x: x, y: y, style: .emphasis, clip: clip)
        case .getReady:
            canvas.write("Get into position", x: x, y: y, style: .emphasis, clip: clip)
        case .transition:
            canvas.write(isStretch ? "Move into the next stretch" : "Set up the next exercise", x: x, y: y, style: .emphasis, clip: clip)
        case .log, .done:
            break
        }
    }
}
