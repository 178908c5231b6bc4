import LegworkKit
import LegworkTUI

/// Wraps a runner so the program leaves when the session ends instead of showing the summary
/// (`--exit-at-end`, for benchmarks that time a countdown to the exit).
struct ExitAtEndScreen: Screen {
    var inner: any Screen

    var title: String { inner.title }
    var minimumSize: Size { inner.minimumSize }
    var keys: [KeyHelp] { inner.keys }
    var quitConfirmation: String? { inner.quitConfirmation }
    var whileHidden: String? { inner.whileHidden }
    func ignores(_ key: Key) -> Bool { inner.ignores(key) }
    func nextDeadline() -> Moment? { inner.nextDeadline() }

    mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        inner.handle(event, at: now).map { action in
            if case .replace = action { return .quit(status: 0) }
            return action
        }
    }

    func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        inner.render(into: &canvas, area: area, at: now, context: context)
    }
}
