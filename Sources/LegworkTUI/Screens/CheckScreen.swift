import LegworkKit

/// The guided strength check (DOMAIN.md §5): each allowed test's card, then for each side the pace of the
/// metronome and a big rep counter (heel raises, bridges), a big clock (side plank), yes/no questions (the
/// squat check, hops, running) or centimetres typed (knee-to-wall). Enter ends a pacing or a hold; the
/// answers go through the same `CheckInterview` as `legwork check --plain`, and the check is saved at the end.
public struct CheckScreen: Screen {
    enum Phase: Sendable {
        /// The test's card, or the question, waiting for the runner.
        case ready
        case pacing(CheckMetronome)
        /// The side plank's clock: when it started, shifted by pauses; paused at.
        case holding(start: Moment, pausedAt: Moment?)
        /// Every question answered (or the runner left): the report.
        case done([String])
    }

    private(set) var interview: CheckInterview
    private(set) var phase: Phase = .ready
    /// Centimetres being typed.
    private(set) var typed = ""
    /// The latest moment an event came: deadlines are the next beat or second after it.
    private var lastEvent: Moment = .origin
    /// Tests the gate left out today, with the reason (shown at the start).
    let leftOut: [String]
    let profile: Profile
    /// Figures of what to look for, by test (the single-leg squat's, from its card).
    let figures: [CheckTest: [[String]]]

    /// The pace is spoken with the bell ("up", "down"), as the session's cues are when voice is on.
    public private(set) var voice: Bool
    /// The first row shown of a text longer than a small window (a test's card, the report).
    private(set) var scroll = 0
    /// The body size from the last `.resize`: scrolling stops where the text ends at this size.
    private var bodySize: Size?

    public init(tests: [CheckTest], leftOut: [String], profile: Profile, today: CalendarDate, figures: [CheckTest: [[String]]] = [:],
                voice: Bool = false) {
        interview = CheckInterview(tests: tests, date: today)
        self.voice = voice
        self.leftOut = leftOut
        self.profile = profile
        self.figures = figures
    }

    public var title: String { "Strength check" }
    public var minimumSize: Size { Size(width: 40, height: 12) }
    /// Below this body the test's words scroll (↑↓) and a running test shows only its name, its count
    /// or clock and when to stop.
    static let fullBody = Size(width: 56, height: 15)
    public var quitConfirmation: String? { isDone ? nil : "Leave the strength check? The tests done so far are kept." }

    enum KeyCommand: Sendable { case go, yes, no, digit, erase, skip, pause, leave, voice, scrollDown, scrollUp }
    static let keyTable = KeyTable<KeyCommand>([
        KeyBinding("Enter", "start or stop the test", footer: true, keys: [.key(.enter)], .go),
        KeyBinding("y n", "answer", footer: true, keys: [.char("y"), .char("Y")], .yes),
        KeyBinding("", "", keys: [.char("n"), .char("N")], .no),
        KeyBinding("0-9", "type centimetres", keys: [.digit], .digit),
        KeyBinding("Backspace", "erase a digit", keys: [.key(.backspace)], .erase),
        KeyBinding("s", "leave out", footer: true, keys: [.char("s")], .skip),
        KeyBinding("Space", "pause or resume", keys: [.char(" ")], .pause),
        KeyBinding("Esc", "end, keeping the tests done", footer: true, keys: [.key(.escape)], .leave),
        KeyBinding("v", "voice on/off", keys: [.char("v")], .voice),
        KeyBinding("↑↓ j k", "scroll the words, in a small window", keys: [.key(.down), .char("j")], .scrollDown),
        KeyBinding("", "", keys: [.key(.up), .char("k")], .scrollUp),
    ])

    public var keys: [KeyHelp] { Self.keyTable.help }
    public func ignores(_ key: Key) -> Bool { !Self.keyTable.takes(key) }

    var isDone: Bool { if case .done = phase { true } else { false } }

    public func nextDeadline() -> Moment? {
        switch phase {
        case let .pacing(metronome): metronome.nextDeadline(after: lastEvent)
        case let .holding(start, nil):
            // The clock's next whole second from its start, never one second after a late tick.
            start + .seconds(Int(max(lastEvent - start, .zero).seconds) + 1)
        default: nil
        }
    }

    public mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        lastEvent = max(lastEvent, now)
        switch event {
        case .tick: return tick(at: now)
        case .terminate: return leave()
        case let .hidden(covered): return covered ? pause(at: now, only: true) : []
        case .message(.voiceUnavailable(let reason)):
            voice = false
            return [.notice(reason)]
        case let .resize(size):
            bodySize = size
            return []
        case let .key(key):
            guard let command = Self.keyTable.command(for: key) else { return [] }
            if command == .scrollDown || command == .scrollUp {
                scroll(by: command == .scrollDown ? 1 : -1)
                return []
            }
            let question = interview.index
            defer { if interview.index != question || isDone { scroll = 0 } }
            return handle(command, key: key, at: now)
        default: return []
        }
    }

    private mutating func scroll(by step: Int) {
        let size = bodySize ?? Size(width: 80, height: 21)
        let rows = Self.isCompact(size) ? textRows(width: Self.inner(size).width, glyphs: .unicode)?.count ?? 0 : 0
        scroll = ScrolledRows.first(scroll + step, count: rows, height: Self.inner(size).height)
    }

    static func isCompact(_ body: Size) -> Bool { !body.fits(fullBody) }
    /// The body less its margins: one column in a small window.
    static func inner(_ body: Size) -> Rect { Rect(body).margins(fullAt: fullBody) }

    private mutating func tick(at now: Moment) -> [ScreenAction] {
        guard case var .pacing(metronome) = phase else { return [] }
        let bells = metronome.tick(at: now)
        phase = .pacing(metronome)
        guard bells > 0 else { return [] }
        // The beat's word said with its bell: only the latest beat when a late wake-up rings several.
        let said: [ScreenAction] = voice ? metronome.phase(at: now).map { [.speak($0 == .up ? "up" : "down")] } ?? [] : []
        return (bells == 1 ? [.bell] : [.rings(bells)]) + said
    }

    private mutating func handle(_ command: KeyCommand, key: Key, at now: Moment) -> [ScreenAction] {
        if isDone { return command == .go || command == .leave ? [.pop] : [] }
        guard let question = interview.current else { return [] }
        switch command {
        case .scrollDown, .scrollUp: return []
        case .voice:
            voice.toggle()
            return voice ? [.notice("voice on: the pace is spoken"), .command(.checkVoice)] : [.notice("voice off")]
        case .leave: return leave()
        case .skip:
            _ = interview.answer("skip")
            return next()
        case .pause: return pause(at: now, only: false)
        case .go:
            switch (phase, question.test.measure) {
            case (.ready, .reps):
                var metronome = CheckMetronome(test: question.test, side: question.side ?? .left)
                metronome.start(at: now)
                phase = .pacing(metronome)
                return [.bell]
            case (.ready, .seconds):
                phase = .holding(start: now, pausedAt: nil)
                return [.bell]
            case let (.pacing(metronome), _):
                return record(metronome.reps(at: now))
            case let (.holding(start, pausedAt), _):
                return record(Int(((pausedAt ?? now) - start).seconds))
            case (.ready, .centimetres) where !typed.isEmpty:
                let value = typed
                typed = ""
                if case .notUnderstood = interview.answer(value) { return [.bell, .notice("Type centimetres from 0 to 30.")] }
                return next()
            default: return []
            }
        case .yes, .no:
            guard case .ready = phase, [.yesNo, .faults].contains(question.test.measure) else { return [] }
            _ = interview.answer(command == .yes ? "y" : "n")
            return next()
        case .digit:
            guard case .ready = phase, question.test.measure == .centimetres, typed.count < 2, case let .character(c) = key else { return [] }
            typed.append(c)
            return []
        case .erase:
            if !typed.isEmpty { typed.removeLast() }
            return []
        }
    }

    private mutating func record(_ value: Int) -> [ScreenAction] {
        phase = .ready
        _ = interview.answer(String(value))
        return [.bell] + next()
    }

    /// After an answer: the next question, or the end with the report and the save.
    private mutating func next() -> [ScreenAction] {
        guard interview.finished else { return [] }
        return finish()
    }

    private mutating func leave() -> [ScreenAction] {
        guard !isDone else { return [] }
        if interview.check.scores.isEmpty { phase = .done(["Nothing recorded, so nothing was saved."]); return [.pop] }
        return finish()
    }

    private mutating func finish() -> [ScreenAction] {
        let check = interview.check
        guard !check.scores.isEmpty else { phase = .done(["Nothing recorded, so nothing was saved."]); return [] }
        phase = .done(CheckReport.lines(check, profile: profile))
        return [.command(.saveStrengthCheck(check))]
    }

    /// Space pauses the pace or the clock; a cover (help, the quit question) pauses it too and never resumes it.
    private mutating func pause(at now: Moment, only: Bool) -> [ScreenAction] {
        switch phase {
        case var .pacing(metronome):
            if only && metronome.engine.isPaused { return [] }
            metronome.togglePause(at: now)
            phase = .pacing(metronome)
        case let .holding(start, pausedAt):
            if let pausedAt { if !only { phase = .holding(start: start + (now - pausedAt), pausedAt: nil) } }
            else { phase = .holding(start: start, pausedAt: now) }
        default: break
        }
        return []
    }

    /// The words a small window scrolls: the report at the end, or the waiting test with what to press
    /// first (nil while a test runs: its count and clock do not scroll).
    func textRows(width: Int, glyphs g: Glyphs) -> [ScrolledRows.Row]? {
        if case let .done(lines) = phase {
            return lines.flatMap { ScrolledRows.wrapped($0, width: width) } + [("", .plain)]
                + ScrolledRows.wrapped(Self.savedWords, width: width, .good)
        }
        guard case .ready = phase, let question = interview.current else { return nil }
        let card = CheckCard.of(question.test)
        var rows = ScrolledRows.wrapped(heading(question, glyphs: g), width: width, .accent)
        rows += ScrolledRows.wrapped(prompt(question), width: width, .good)
        rows += ScrolledRows.wrapped(card.how, width: width)
        rows += ScrolledRows.wrapped("What counts: " + card.counts, width: width, .hint)
        if interview.index == 0 { rows += leftOut.flatMap { ScrolledRows.wrapped($0, width: width, .hint) } }
        return rows
    }

    static let savedWords = "Saved. Your plan now puts the weak areas first."

    private func heading(_ question: CheckInterview.Question, glyphs g: Glyphs) -> String {
        question.test.title + (question.side.map { " \(g.separator) \($0.rawValue) side" } ?? "")
    }

    /// What the waiting test asks the runner to do now.
    private func prompt(_ question: CheckInterview.Question) -> String {
        switch question.test.measure {
        case .reps, .seconds: "Get in position, then press Enter to start."
        case .centimetres: "Centimetres: \(typed)_"
        case .faults, .yesNo: (interview.prompt ?? "").replacingOccurrences(of: " (y/n)", with: "")
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        if Self.isCompact(area.size) {
            renderCompact(into: &canvas, area: area, at: now, context: context)
            return
        }
        let inner = area.inset(dx: 2, dy: 1)
        var y = inner.y
        func say(_ text: String, _ style: Style = .plain) {
            for line in TextWrap.lines(text, width: min(inner.width, 76)) where y < inner.maxY {
                canvas.write(line, x: inner.x, y: y, style: style, clip: inner)
                y += 1
            }
        }
        if case let .done(lines) = phase {
            lines.forEach { say($0) }
            y += 1
            say(Self.savedWords, .good)
            return
        }
        guard let question = interview.current else { return }
        if interview.index == 0 { leftOut.forEach { say($0, .hint) } }
        say(heading(question, glyphs: context.glyphs), .accent)
        let card = CheckCard.of(question.test)
        say(card.how)
        say("What counts: " + card.counts, .hint)
        y += 1
        switch phase {
        case let .pacing(metronome):
            let reps = metronome.reps(at: now)
            BigDigits.render(String(reps), x: inner.x, y: y, style: .accent, into: &canvas, clip: inner, unicode: context.capabilities.unicode)
            y += BigDigits.lines("0", unicode: context.capabilities.unicode).count + 1
            let words = switch metronome.phase(at: now) { case .up: "going up"; case .down: "coming down"; default: "get ready" }
            // The count in words too, for screen readers and a glance from the floor.
            say("\(reps) rep\(reps == 1 ? "" : "s") so far · " + (metronome.engine.isPaused ? "paused" : words), .good)
            say(card.stop, .hint)
        case let .holding(start, pausedAt):
            let seconds = Int(((pausedAt ?? now) - start).seconds)
            BigDigits.render(BigDigits.text(seconds: seconds), x: inner.x, y: y, style: .accent, into: &canvas, clip: inner, unicode: context.capabilities.unicode)
            y += BigDigits.lines("0", unicode: context.capabilities.unicode).count + 1
            say(card.stop, .hint)
        default:
            say(prompt(question), .good)
            // The squat check's figure: what a good single-leg squat looks like in the mirror.
            if question.test == .singleLegSquat, let frames = figures[question.test], !frames.isEmpty, y + 1 < inner.maxY {
                FigureView(frames: frames).render(into: &canvas, x: inner.x, y: y + 1, clip: inner, glyphs: context.glyphs)
            }
        }
    }

    /// A small window: the waiting test's words scroll, what to press first; a running test shows its
    /// name, its count or clock (big when there is room) and when to stop.
    private func renderCompact(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        let g = context.glyphs, unicode = context.capabilities.unicode
        let inner = area.margins(fullAt: Self.fullBody)
        if let rows = textRows(width: inner.width, glyphs: g) {
            ScrolledRows.render(rows, offset: scroll, in: inner, into: &canvas, glyphs: g)
            return
        }
        guard let question = interview.current else { return }
        let card = CheckCard.of(question.test)
        let count: String, words: String
        switch phase {
        case let .pacing(metronome):
            let reps = metronome.reps(at: now)
            count = String(reps)
            let doing = switch metronome.phase(at: now) { case .up: "going up"; case .down: "coming down"; default: "get ready" }
            words = "\(reps) rep\(reps == 1 ? "" : "s") so far \(g.separator) " + (metronome.engine.isPaused ? "paused" : doing)
        case let .holding(start, pausedAt):
            let seconds = Int(((pausedAt ?? now) - start).seconds)
            count = BigDigits.text(seconds: seconds)
            words = "\(seconds) s held" + (pausedAt == nil ? "" : " \(g.separator) paused")
        default: return
        }
        var rows: [ScrolledRows.Row] = [(heading(question, glyphs: g), .accent)]
        let big = BigDigits.lines(count, unicode: unicode)
        // The big count when it leaves a row for the words and one for when to stop.
        if 1 + big.count + 2 <= inner.height && (big.map(DisplayWidth.of).max() ?? 0) <= inner.width {
            BigDigits.render(count, x: inner.x, y: inner.y + 1, style: .accent, into: &canvas, clip: inner, unicode: unicode)
            rows += Array(repeating: ("", .plain), count: big.count)
        }
        rows.append((words, .good))
        // When to stop, in the rows left: its last row cut short with an ellipsis rather than scrolled,
        // since nothing scrolls while a test runs.
        let left = max(1, inner.height - rows.count)
        var stop = TextWrap.lines(card.stop, width: inner.width)
        if stop.count > left {
            stop = Array(stop.prefix(left - 1)) + [TextWrap.truncate(stop[(left - 1)...].joined(separator: " "), width: inner.width, ellipsis: g.ellipsis)]
        }
        rows += stop.map { ($0, .hint) }
        ScrolledRows.render(rows, offset: 0, in: inner, into: &canvas, glyphs: g)
    }
}
