import LegworkKit
import LegworkTUI

/// `--plain`: the same program as the screens — the same app loop, the same runner screen and its cues,
/// the same signal handling — through a front-end of lines instead of frames. Standard input gives lines
/// (log entries, read by the runner), a signal ends it as it ends the screens (the session saved for
/// resuming), and each line of the session's words (`ScreenAction.line`) is printed with the time since
/// the start on the --speed clock, "[MM:SS.t] text".
final class LineTerminal: Terminal {
    /// Large, so that nothing is ever "too small" and paused: a line reader sees everything.
    let size = Size(width: 200, height: 60)
    let capabilities = TerminalCapabilities(colors: false, unicode: true)
    let drawsFrames = false
    private let input: PlainInput
    private let emit: (String) -> Void
    /// Moment zero of the stamps: given (a resumed session counts from the line that says so), or the
    /// first line's moment, when the session starts.
    private var stamps: PlainLines?
    private var toldEnd = false

    init(input: PlainInput, origin: Moment? = nil, emit: @escaping (String) -> Void) {
        self.input = input
        stamps = origin.map(PlainLines.init)
        self.emit = emit
    }

    func nextInput(timeout: Duration?) -> TerminalInput {
        // The end of input is told once, even when the check-in found it before the loop began; after it
        // only signals and deadlines wake the loop.
        if input.inputEnded, !toldEnd {
            toldEnd = true
            return .endOfInput
        }
        switch input.next(timeout: timeout, readLine: !input.inputEnded) {
        case let .line(text):
            return .line(text)
        case .endOfInput:
            toldEnd = true
            return .endOfInput
        case .timeout:
            return .timeout
        case let .signal(number):
            return .signal(number)
        }
    }

    func print(_ line: String, at now: Moment) {
        let stamps = stamps ?? PlainLines(origin: now)
        self.stamps = stamps
        emit(stamps.at(now, line))
    }

    func present(_ canvas: Canvas) {}
    func bell() {}
    func suspend() {}
    func redraw() {}
    func shutdown() {}
}

/// The runner as `--plain` runs it: the session is saved as it starts or resumes (so even its get-ready
/// can be resumed), and when the session ends its summary is printed and the program ends instead of showing the
/// summary screen. A failed save ends it with the reason (exit 1): the session stays as last saved.
struct LineSessionScreen: Screen {
    var runner: SessionRunnerScreen
    /// Why a save failed, when one did.
    private(set) var failure: String?
    private var hasAppeared = false

    init(runner: SessionRunnerScreen) { self.runner = runner }

    var title: String { runner.title }
    var keys: [KeyHelp] { [] }
    func nextDeadline() -> Moment? { runner.nextDeadline() }

    mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        if case let .message(.failed(reason)) = event {
            failure = reason
            return [.quit(status: 1)]
        }
        var actions = runner.handle(event, at: now)
        if case .appear = event, !hasAppeared {
            hasAppeared = true
            actions.append(.command(.saveSession(runner.engine)))
        }
        guard actions.contains(where: { if case .replace = $0 { true } else { false } }) else { return actions }
        // The session has ended and its closing save is stored: the summary, then the end.
        let ended = actions.filter { if case .replace = $0 { false } else { true } }
        return ended + SessionLines.summary(runner.engine.summary).map(ScreenAction.line) + [.quit(status: 0)]
    }

    func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {}
}

/// Timestamps for plain lines: time since the start of this run on the scaled clock, "[01:05.0]".
struct PlainLines {
    let origin: Moment

    func at(_ now: Moment, _ text: String) -> String {
        "[\(Self.stamp(max(now - origin, .zero)))] \(text)"
    }

    /// "01:05.0": minutes, seconds and tenths.
    static func stamp(_ elapsed: Duration) -> String {
        let tenths = Int((elapsed.seconds * 10).rounded(.down))
        let minutes = tenths / 600, seconds = tenths / 10 % 60
        return "\(minutes < 10 ? "0" : "")\(minutes):\(seconds < 10 ? "0" : "")\(seconds).\(tenths % 10)"
    }
}
