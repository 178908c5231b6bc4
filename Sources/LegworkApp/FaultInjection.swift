import Foundation
import LegworkKit
import LegworkTUI

/// End-to-end tests prove that the terminal survives a crash and an error inside the loop. With
/// LEGWORK_TEST_FAULT=crash or =throw in the environment, the key "!" on the wrapped screen traps or
/// makes the environment throw. Without the variable nothing is wrapped.
struct FaultInjectingScreen: Screen {
    enum Mode: String { case crash, `throw` }
    var inner: any Screen
    let mode: Mode

    static func wrap(_ screen: any Screen) -> any Screen {
        guard let raw = ProcessInfo.processInfo.environment["LEGWORK_TEST_FAULT"], let mode = Mode(rawValue: raw) else { return screen }
        return FaultInjectingScreen(inner: screen, mode: mode)
    }

    var title: String { inner.title }
    var minimumSize: Size { inner.minimumSize }
    var keys: [KeyHelp] { inner.keys }
    var quitConfirmation: String? { inner.quitConfirmation }
    var whileHidden: String? { inner.whileHidden }
    func ignores(_ key: Key) -> Bool { key != .character("!") && inner.ignores(key) }
    func nextDeadline() -> Moment? { inner.nextDeadline() }

    mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        if case .key(.character("!")) = event {
            switch mode {
            case .crash: fatalError("injected fault (LEGWORK_TEST_FAULT=crash)")
            case .throw: return [.command(.injectFault)]
            }
        }
        return inner.handle(event, at: now)
    }

    func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {
        inner.render(into: &canvas, area: area, at: now, context: context)
    }
}

struct InjectedFault: Error, CustomStringConvertible {
    var description: String { "injected fault (LEGWORK_TEST_FAULT=throw)" }
}
