import LegworkKit
import Testing
@testable import LegworkTUI

/// A countdown program: shows the seconds left and quits at zero. Exercises deadlines, ticks and effects.
private struct Countdown: Program {
    struct Model { var end: Moment; var ticks = 0; var keys: [Key] = [] }
    enum Command { case fail }
    enum Message {}
    struct Boom: Error {}

    func update(_ model: inout Model, _ event: ProgramEvent<Message>, at now: Moment) -> [Effect<Command>] {
        switch event {
        case .tick:
            model.ticks += 1
            return now >= model.end ? [.bell, .quit(status: 0)] : []
        case let .key(key):
            model.keys.append(key)
            if key == .character("x") { return [.command(.fail)] }
            return key == .character("q") ? [.quit(status: 3)] : []
        case .terminate:
            return []
        default:
            return []
        }
    }

    func view(_ model: Model, at now: Moment, context: RenderContext) -> Canvas {
        var canvas = Canvas(size: context.size)
        let left = max(0, Int((model.end - now).seconds.rounded(.up)))
        canvas.write("left \(left)", x: 0, y: 0)
        return canvas
    }

    func nextDeadline(_ model: Model) -> Moment? {
        model.ticks < 100 ? model.end : nil
    }

    func perform(_ command: Command) throws -> Message? { throw Boom() }
}

/// A terminal that advances a virtual clock by exactly the timeout the loop asked for.
final class ClockedTerminal: Terminal {
    let inner: TestTerminal
    let clock: VirtualClock
    init(_ inner: TestTerminal, _ clock: VirtualClock) { self.inner = inner; self.clock = clock }
    var size: Size { inner.size }
    var capabilities: TerminalCapabilities { inner.capabilities }
    func nextInput(timeout: Duration?) -> TerminalInput {
        let input = inner.nextInput(timeout: timeout)
        if input == .timeout, let timeout { clock.advance(by: timeout) }
        return input
    }
    func present(_ canvas: Canvas) { inner.present(canvas) }
    func bell() { inner.bell() }
    func suspend() { inner.suspend() }
    func redraw() { inner.redraw() }
    func shutdown() { inner.shutdown() }
}

@Suite struct RuntimeTests {
    @Test func sleepsUntilTheDeadlineAndNeverPolls() throws {
        let clock = VirtualClock()
        let terminal = TestTerminal(size: Size(width: 20, height: 2), inputs: [.timeout])
        let runtime = Runtime(program: Countdown(), model: .init(end: .seconds(10)), terminal: ClockedTerminal(terminal, clock), clock: clock)
        let status = try runtime.run()
        #expect(status == 0)
        #expect(terminal.requestedTimeouts == [.seconds(10)])
        #expect(terminal.frames.map { $0.lines[0] } == ["left 10"])
        #expect(terminal.bells == 1)
        #expect(terminal.isShutDown)
    }

    @Test func keysReachTheProgramAndItsQuitStatusIsReturned() throws {
        let clock = VirtualClock()
        let terminal = TestTerminal(inputs: [.key(.character("a")), .resize(Size(width: 30, height: 5)), .key(.character("q"))])
        let runtime = Runtime(program: Countdown(), model: .init(end: .seconds(60)), terminal: terminal, clock: clock)
        #expect(try runtime.run() == 3)
        #expect(runtime.model.keys == [.character("a"), .character("q")])
        #expect(terminal.frames.last?.size == Size(width: 30, height: 5))
    }

    @Test func aSignalEndsTheLoopWith128PlusItsNumber() throws {
        let terminal = TestTerminal(inputs: [.signal(15)])
        let runtime = Runtime(program: Countdown(), model: .init(end: .seconds(60)), terminal: terminal, clock: VirtualClock())
        #expect(try runtime.run() == 143)
        #expect(terminal.isShutDown)
    }

    @Test func ctrlZSuspendsAndRedrawsWithoutReachingTheProgram() throws {
        let terminal = TestTerminal(inputs: [.key(.suspend), .key(.character("q"))])
        let runtime = Runtime(program: Countdown(), model: .init(end: .seconds(60)), terminal: terminal, clock: VirtualClock())
        _ = try runtime.run()
        #expect(terminal.suspensions == 1)
        #expect(terminal.frames.count == 2)
        #expect(runtime.model.keys == [.character("q")])
    }

    /// Ctrl-L repaints the whole screen (it was not even redrawn before) without reaching the program.
    @Test func ctrlLRepaintsEverythingWithoutReachingTheProgram() throws {
        let terminal = TestTerminal(inputs: [.key(.redraw), .key(.character("q"))])
        let runtime = Runtime(program: Countdown(), model: .init(end: .seconds(60)), terminal: terminal, clock: VirtualClock())
        _ = try runtime.run()
        #expect(terminal.redraws == 1)
        #expect(terminal.frames.count == 2)
        #expect(runtime.model.keys == [.character("q")])
    }

    @Test func anErrorInsideTheLoopStillRestoresTheTerminal() {
        let terminal = TestTerminal(inputs: [.key(.character("x"))])
        let runtime = Runtime(program: Countdown(), model: .init(end: .seconds(60)), terminal: terminal, clock: VirtualClock())
        #expect(throws: Countdown.Boom.self) { try runtime.run() }
        #expect(terminal.isShutDown)
    }
}
