import LegworkKit

/// Where everything sits on the runner screen, drawn from one `SessionStatus`.
///
/// The middle of the screen says what to do now, in glyphs readable from the mat: the rep and the tempo
/// word with its own countdown ("9/12", "DOWN 2") during reps, the seconds during holds, rests and
/// changes. The big glyphs and the figure beside them grow with the window and stay together, centred.
/// From 80x24 the screen also has the dose, the cue and room around the parts; from 40x12 a compact
/// form keeps the rep or the seconds, the phase, what is next and the session clock.
struct SessionRunnerLayout {
    let status: SessionStatus
    let engine: SessionEngine
    /// The figure to draw (already the right frame, mirrored for the right side), or nil.
    let figure: [String]?
    let props: [Equipment]
    /// The exercise of the next work step (shown during rests and changes), nil at the end.
    let upcoming: SessionItem?
    /// The strength session at a glance, shown while getting ready when there is room.
    let overview: SessionOverview?
    /// The overview's chosen exercise (marked), while it can still be swapped or left out.
    var overviewChoice: Int? = nil
    /// A line over "Next:" — the set just done as logged, or a question — or nil.
    var logLine: String? = nil
    let context: RenderContext

    /// The body the runner needs: a 40x12 terminal minus the header, rule and footer, minus the margins.
    static let minimumArea = Size(width: 36, height: 9)
    /// From this body size (an 80x24 terminal) the full layout has room for the dose line and the cue.
    static let fullArea = Size(width: 76, height: 21)
    /// The largest glyph scale: beyond it the digits outgrow any window a runner would use.
    static let maximumScale = 4.0
    /// The glyphs grow by quarter steps, a row or two at a time, so every window size uses its height.
    static let scaleStep = 0.25
    /// The figure grows with the digits up to this scale (its strokes are drawn, not blocks).
    static let maximumFigureScale = 3

    /// The session bar stops at 40 cells with the clock right after it: wider says nothing more, and on
    /// a slow link every cell of the first frame and every step of the bar costs bytes. The clock is
    /// plain text because it changes every second and bold would cost an attribute switch each time.
    static let maximumBarWidth = 40

    var isStretch: Bool { engine.plan.kind == .stretch }
    var sep: String { " \(context.glyphs.separator) " }

    func render(into canvas: inout Canvas, area: Rect) {
        let full = area.width >= Self.fullArea.width && area.height >= Self.fullArea.height
        let g = context.glyphs

        // Headline and where in the exercise we are; the dose line under it when there is room.
        var top = area.y + (full ? min(2, max(0, area.height - Self.fullArea.height) / 6) : 0)
        let where_ = position
        let whereWidth = DisplayWidth.of(where_)
        canvas.write(TextWrap.truncate(status.headline, width: max(1, area.width - whereWidth - 2), ellipsis: g.ellipsis), x: area.x, y: top, style: .title, clip: area)
        canvas.write(where_, x: area.maxX - whereWidth, y: top, style: .emphasis, clip: area)
        top += 1
        if full {
            canvas.write(TextWrap.truncate(subline, width: area.width, ellipsis: g.ellipsis), x: area.x, y: top, style: .hint, clip: area)
            top += 2
        }

        // Next up and the whole session's progress, at the bottom.
        let bottom = area.maxY - 1
        var nextRow = full ? bottom - 2 : bottom - 1
        canvas.write(TextWrap.truncate("Next: \(status.nextUp)", width: area.width, ellipsis: g.ellipsis), x: area.x, y: nextRow, style: .plain, clip: area)
        // The compact layout has no row to spare: there the line takes the caption's place instead.
        if let logLine, full {
            nextRow -= 1
            canvas.write(TextWrap.truncate(logLine, width: area.width, ellipsis: g.ellipsis), x: area.x, y: nextRow, style: .accent, clip: area)
        }
        let clock = progressText
        let barWidth = min(Self.maximumBarWidth, max(0, area.width - DisplayWidth.of(clock) - 2))
        if barWidth >= 8 {
            ProgressBar.render(fraction: status.fractionDone, x: area.x, y: bottom, width: barWidth, into: &canvas, glyphs: g)
            canvas.write(clock, x: area.x + barWidth + 2, y: bottom, style: .plain, clip: area)
        } else {
            canvas.write(clock, x: area.x, y: bottom, style: .plain, clip: area)
        }

        // The middle: big glyphs and figure, centred together, with the caption and cue under them;
        // while getting ready for a strength session, the overview beside the seconds.
        let middle = Rect(x: area.x, y: top, width: area.width, height: nextRow - (full ? 1 : 0) - top)
        if full, status.step.kind == .getReady, let overview {
            renderOverview(overview, into: &canvas, area: middle)
        } else if status.step.kind == .getReady, let overview, middle.height >= 3 {
            renderCompactOverview(overview, into: &canvas, area: middle)
        } else {
            renderMiddle(into: &canvas, area: middle, full: full)
        }
    }

    /// A small window while getting ready: the exercises to choose from over the whole width, and the
    /// seconds left in words under them (no room for big glyphs beside a list).
    private func renderCompactOverview(_ overview: SessionOverview, into canvas: inout Canvas, area: Rect) {
        let rows = SessionOverviewView(overview: overview, finish: nil, choice: overviewChoice)
            .rows(width: area.width, height: area.height - 1, glyphs: context.glyphs)
        for (i, row) in rows.enumerated() { canvas.write(row.text, x: area.x, y: area.y + i, style: row.style, clip: area) }
        let caption = status.isPaused ? "PAUSED" : "starts in \(StretchRoutine.clockText(status.remainingSeconds ?? 0))"
        canvas.write(caption, x: area.x, y: area.maxY - 1, style: status.isPaused ? .warn : .emphasis, clip: area)
    }

    private func renderOverview(_ overview: SessionOverview, into canvas: inout Canvas, area: Rect) {
        let seconds = BigDigits.text(seconds: status.remainingSeconds ?? 0)
        let digitsWidth = BigDigits.width(of: seconds)
        let (list, side) = area.splitLeft(area.width - max(digitsWidth, DisplayWidth.of("starts in")) - 4)
        let finish = Self.finishClock(wallTime: context.wallTime, left: status.timeLeft, speed: context.speed).map { "done \($0)" }
        let rows = SessionOverviewView(overview: overview, finish: finish, choice: overviewChoice)
            .rows(width: list.width, height: list.height, glyphs: context.glyphs)
        for (i, row) in rows.enumerated() { canvas.write(row.text, x: list.x, y: list.y + i, style: row.style, clip: list) }
        BigDigits.render(seconds, x: side.maxX - digitsWidth, y: side.y, style: digitsStyle, into: &canvas, clip: side, unicode: context.capabilities.unicode)
        let caption = status.isPaused ? "PAUSED" : "starts in"
        canvas.write(caption, x: side.maxX - DisplayWidth.of(caption), y: side.y + BigDigits.height + 1, style: status.isPaused ? .warn : .hint, clip: side)
    }

    // MARK: The middle

    /// How the middle is drawn at one size: which big lines, at which scale, with or without the figure.
    struct Fit: Equatable {
        var big: [String]
        var scale: Double
        var figure: [String]?

        /// Blank rows between two big lines.
        var lineGap: Int { Int(scale) }
        func bigHeight() -> Int { big.isEmpty ? 0 : big.count * BigDigits.rows(scale) + (big.count - 1) * lineGap }
        func bigWidth() -> Int { big.map { BigDigits.width(of: $0, scale: scale) }.max() ?? 0 }
        var figureWidth: Int { figure.map { $0.map(DisplayWidth.of).max() ?? 0 } ?? 0 }
        var gap: Int { figure == nil || big.isEmpty ? 0 : Int(4 * scale) }
        var width: Int { bigWidth() + gap + figureWidth }
        var height: Int { max(bigHeight(), figure?.count ?? 0) }
    }

    /// The largest arrangement that fits `size` with `textRows` rows under it: both big lines before one,
    /// the figure kept when it fits beside them at some scale, the glyphs as large as the window allows.
    func fit(in size: Size, textRows: Int) -> Fit {
        let lines = bigLines
        for count in stride(from: lines.count, through: min(1, lines.count), by: -1) {
            let big = Array(lines.prefix(count))
            for withFigure in [figure != nil, false] {
                for scale in stride(from: Self.maximumScale, through: 1, by: -Self.scaleStep) {
                    let figureScales = withFigure ? Array(stride(from: min(Int(scale), Self.maximumFigureScale), through: 1, by: -1)) : [0]
                    for figureScale in figureScales {
                        let drawn = withFigure ? figure.map { withHoldBar(RunnerFigure.scaled($0, by: figureScale)) } : nil
                        let fit = Fit(big: big, scale: scale, figure: drawn)
                        if fit.width <= size.width, fit.height + textRows <= size.height { return fit }
                    }
                }
            }
        }
        return Fit(big: [], scale: 1, figure: nil)
    }

    /// During a hold (a plank, a stretch) the figure gets a bar under it that fills as the hold goes,
    /// so the still figure shows the time held.
    private func withHoldBar(_ lines: [String]) -> [String] {
        guard case let .work(.timed(seconds)) = status.step.kind, seconds > 0, let remaining = status.remaining else { return lines }
        let width = lines.map(DisplayWidth.of).max() ?? 0
        guard width > 0 else { return lines }
        let fraction = min(1, max(0, 1 - remaining.seconds / Double(seconds)))
        return lines + [ProgressBar.text(fraction: fraction, width: width, glyphs: context.glyphs)]
    }

    private func renderMiddle(into canvas: inout Canvas, area: Rect, full: Bool) {
        let cueLines: [String] = {
            guard full, let cue = status.item?.cue, !cue.isEmpty, status.step.kind != .done else { return [] }
            return Array(TextWrap.lines(cue, width: area.width).prefix(2))
        }()
        // The caption always shows (after a blank row in the full layout); the cue only when the glyphs
        // still fit above it.
        let captionGap = full ? 1 : 0
        var textRows = 1 + captionGap
        var fit = fit(in: Size(width: area.width, height: area.height), textRows: textRows + cueLines.count)
        let showCue = !fit.big.isEmpty && fit.big.count == bigLines.count
        if showCue { textRows += cueLines.count } else { fit = self.fit(in: Size(width: area.width, height: area.height), textRows: textRows) }

        let blockHeight = fit.height + textRows
        var y = area.y + max(0, (area.height - blockHeight) / 2)
        let x = area.x + max(0, (area.width - fit.width) / 2)
        let bigTop = y + (fit.height - fit.bigHeight()) / 2
        let unicode = context.capabilities.unicode
        for (i, line) in fit.big.enumerated() {
            let lineY = bigTop + i * (BigDigits.rows(fit.scale) + fit.lineGap)
            let lineX = x + (fit.bigWidth() - BigDigits.width(of: line, scale: fit.scale)) / 2
            BigDigits.render(line, x: lineX, y: lineY, style: i == 0 ? digitsStyle : phaseStyle, into: &canvas, clip: area, unicode: unicode, scale: fit.scale)
        }
        if let figure = fit.figure {
            let figureY = y + (fit.height - figure.count) / 2
            FigureView(frames: [figure]).render(into: &canvas, x: x + fit.bigWidth() + fit.gap, y: figureY, clip: area, glyphs: context.glyphs)
        }
        y += fit.height + captionGap

        // The caption: what the glyphs mean, the phase when it did not fit big, the set's time.
        let caption = (full ? nil : logLine) ?? (fit.big.count < bigLines.count ? captionWithPhase : self.caption)
        let captionStyle: Style = status.isPaused ? Style(color: .warn, bold: true, reverse: true) : (full || logLine == nil ? .emphasis : .accent)
        let captionText = TextWrap.truncate(caption, width: area.width, ellipsis: context.glyphs.ellipsis)
        canvas.write(captionText, x: area.x + max(0, (area.width - DisplayWidth.of(captionText)) / 2), y: y, style: captionStyle, clip: area)
        y += 1
        if showCue {
            for line in cueLines {
                canvas.write(line, x: area.x + max(0, (area.width - DisplayWidth.of(line)) / 2), y: y, clip: area)
                y += 1
            }
        }
    }

    private var digitsStyle: Style {
        if status.isPaused { return .hint }
        if case .work(.reps) = status.step.kind { return .title }
        if let left = status.remainingSeconds, left <= 3 { return .warn }
        if status.step.kind == .rest { return .good }
        return .title
    }

    private var phaseStyle: Style {
        if status.isPaused { return .hint }
        switch status.rep?.phase {
        case .down: return .accent
        case .pause: return .warn
        case .up, nil: return .good
        }
    }
}
