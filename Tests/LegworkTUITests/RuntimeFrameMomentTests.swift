import LegworkKit
import Testing
@testable import LegworkTUI

/// A step whose keys (the footer) follow the state as updated and whose body follows the moment drawn:
/// "work" until 10 s, then "rest". A key starts a save that takes 3 s of the clock.
private struct Steps: Program {
    struct Model { var step = "work" }
    enum Command { case slowSave }
    enum Message {}
    let clock: VirtualClock

    func update(_ model: inout Model, _ event: ProgramEvent<Message>, at now: Moment) -> [Effect<Command>] {
        model.step = now >= .seconds(10) ? "rest" : "work"
        if case .key(.character("s")) = event { return [.command(.slowSave)] }
        if case .key(.character("q")) = event { return [.quit(status: 0)] }
        return []
    }

    func view(_ model: Model, at now: Moment, context: RenderContext) -> Canvas {
        var canvas = Canvas(size: context.size)
        canvas.write("body " + (now >= .seconds(10) ? "rest" : "work"), x: 0, y: 0)
        canvas.write("keys " + model.step, x: 0, y: 1)
        return canvas
    }

    func nextDeadline(_ model: Model) -> Moment? { model.step == "work" ? .seconds(10) : nil }

    func perform(_ command: Command) throws -> Message? {
        clock.advance(by: .seconds(3))
        return nil
    }
}

@Suite struct RuntimeFrameMomentTests {
    /// A save that outlasts a step's deadline never leaves a frame whose body is a step ahead of its keys
    /// (the next frame would then change the footer alone).
    @Test func aFrameIsDrawnAtTheMomentOfItsUpdate() throws {
        let clock = VirtualClock(.seconds(8))
        let terminal = ClockedTerminal(TestTerminal(size: Size(width: 20, height: 2), inputs: [.key(.character("s")), .timeout, .key(.character("q"))]), clock)
        _ = try Runtime(program: Steps(clock: clock), model: .init(), terminal: terminal, clock: clock).run()
        #expect(terminal.inner.frames.count >= 3)
        for frame in terminal.inner.frames {
            let body = frame.lines[0].dropFirst(5).trimmingCharacters(in: .whitespaces)
            let keys = frame.lines[1].dropFirst(5).trimmingCharacters(in: .whitespaces)
            #expect(body == keys, "a frame drawn half in one step: \(frame.lines)")
        }
        #expect(terminal.inner.frames.last?.lines[0].hasPrefix("body rest") == true)
    }
}
