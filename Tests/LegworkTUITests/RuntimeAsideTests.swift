import Dispatch
import Foundation
import LegworkKit
import Testing
@testable import LegworkTUI

/// A store whose saves wait for the test: a save runs aside and blocks until `release`.
private final class GatedDisk: @unchecked Sendable {
    private let lock = NSLock()
    private var written: [Int] = []
    let gate = DispatchSemaphore(value: 0)
    /// Signalled when a save has started (and said so through `runtime.post`).
    let started = DispatchSemaphore(value: 0)
    var onStart: () -> Void = {}

    func save(_ value: Int) {
        onStart()
        started.signal()
        gate.wait()
        lock.withLock { written.append(value) }
    }
    var saved: [Int] { lock.withLock { written } }
}

/// Saves go aside (`runsAside`); reads run on the loop. The model records what it saw, in order.
private struct Saver: Program {
    struct Model { var events: [String] = [] }
    enum Command { case save(Int), read, fail }
    enum Message { case saved(Int), read([Int]), note(String) }
    struct Boom: Error {}
    let disk: GatedDisk

    func update(_ model: inout Model, _ event: ProgramEvent<Message>, at now: Moment) -> [Effect<Command>] {
        switch event {
        case let .key(.character(c)):
            model.events.append("key \(c)")
            switch c {
            case "s": return [.command(.save(1))]
            case "r": return [.command(.read)]
            case "x": return [.command(.fail)]
            case "q": return [.quit(status: 0)]
            default: return []
            }
        case let .message(.saved(n)): model.events.append("saved \(n)")
        case let .message(.read(values)): model.events.append("read \(values)")
        case let .message(.note(text)): model.events.append(text)
        case .terminate:
            model.events.append("terminate")
            return [.command(.save(2))]
        default: break
        }
        return []
    }

    func view(_ model: Model, at now: Moment, context: RenderContext) -> Canvas { Canvas(size: context.size) }
    func nextDeadline(_ model: Model) -> Moment? { nil }
    func runsAside(_ command: Command) -> Bool { if case .read = command { false } else { true } }

    func perform(_ command: Command) throws -> Message? {
        switch command {
        case let .save(n):
            disk.save(n)
            return .saved(n)
        case .read: return .read(disk.saved)
        case .fail: throw Boom()
        }
    }
}

/// Answers each call of the loop with what `script` returns for it (1, 2, …), recording the timeouts.
private final class ScriptedTerminal: Terminal {
    var size = Size(width: 20, height: 3)
    var capabilities = TerminalCapabilities(colors: false, unicode: true)
    private(set) var timeouts: [Duration?] = []
    private(set) var isShutDown = false
    let script: (Int) -> TerminalInput
    init(_ script: @escaping (Int) -> TerminalInput) { self.script = script }
    func nextInput(timeout: Duration?) -> TerminalInput {
        timeouts.append(timeout)
        return script(timeouts.count)
    }
    func present(_ canvas: Canvas) {}
    func bell() {}
    func suspend() {}
    func redraw() {}
    func shutdown() { isShutDown = true }
}

@Suite struct RuntimeAsideTests {
    /// While a save waits (for another program's lock, a slow disk), keys are still handled: the loop
    /// never waits on it. A command run on the loop waits for it first, so it reads what was saved, and
    /// the save's answer comes before its own.
    @Test func keysGoOnWhileASaveWaitsAndALaterReadSeesIt() throws {
        let disk = GatedDisk()
        var keyDuringSave = false
        var terminal: ScriptedTerminal!
        terminal = ScriptedTerminal { call in
            switch call {
            case 1: return .key(.character("s"))
            case 2:
                disk.started.wait()
                return .key(.character("k"))
            case 3:
                keyDuringSave = disk.saved.isEmpty
                disk.gate.signal()
                return .key(.character("r"))
            default: return .key(.character("q"))
            }
        }
        let runtime = Runtime(program: Saver(disk: disk), model: .init(), terminal: terminal, clock: VirtualClock(), commandsAside: true)
        #expect(try runtime.run() == 0)
        #expect(keyDuringSave)
        #expect(runtime.model.events == ["key s", "key k", "key r", "saved 1", "read [1]", "key q"])
        // While the save ran, the loop looked for its answer often instead of sleeping without end.
        #expect(terminal.timeouts[1] == AsideCommands<Saver.Message>.pollInterval)
        #expect(terminal.timeouts.last == .some(nil))
    }

    /// Quitting while a save runs: the loop ends only once it is written and its answer handled.
    @Test func quittingWaitsForTheSaveRunningAside() throws {
        let disk = GatedDisk()
        let terminal = ScriptedTerminal { call in
            if call == 1 { return .key(.character("s")) }
            disk.started.wait()
            disk.gate.signal()
            return .key(.character("q"))
        }
        let runtime = Runtime(program: Saver(disk: disk), model: .init(), terminal: terminal, clock: VirtualClock(), commandsAside: true)
        #expect(try runtime.run() == 0)
        #expect(disk.saved == [1])
        #expect(runtime.model.events == ["key s", "key q", "saved 1"])
        #expect(terminal.isShutDown)
    }

    /// A termination signal: the save the program asks for on the way out is written before the loop ends.
    @Test func aSignalEndsTheLoopAfterTheLastSave() throws {
        let disk = GatedDisk()
        disk.gate.signal()
        let terminal = ScriptedTerminal { _ in .signal(15) }
        let runtime = Runtime(program: Saver(disk: disk), model: .init(), terminal: terminal, clock: VirtualClock(), commandsAside: true)
        #expect(try runtime.run() == 143)
        #expect(disk.saved == [2])
        #expect(runtime.model.events == ["terminate", "saved 2"])
    }

    /// A message posted from the saving thread ("waiting for the database") reaches the program while
    /// the save still waits.
    @Test func aMessagePostedWhileSavingIsHandledBeforeTheSaveEnds() throws {
        let disk = GatedDisk()
        var runtime: Runtime<Saver>!
        var sawNoteFirst = false
        let terminal = ScriptedTerminal { call in
            switch call {
            case 1: return .key(.character("s"))
            case 2:
                disk.started.wait()
                return .timeout
            case 3:
                sawNoteFirst = runtime.model.events.last == "waiting" && disk.saved.isEmpty
                disk.gate.signal()
                return .key(.character("q"))
            default: return .key(.character("q"))
            }
        }
        runtime = Runtime(program: Saver(disk: disk), model: .init(), terminal: terminal, clock: VirtualClock(), commandsAside: true)
        nonisolated(unsafe) let loop = runtime!
        disk.onStart = { loop.post(.note("waiting")) }
        #expect(try runtime.run() == 0)
        #expect(sawNoteFirst)
        #expect(runtime.model.events == ["key s", "waiting", "key q", "saved 1"])
    }

    /// A command that fails aside fails the loop as one on the loop would: the error escapes `run`, and
    /// the terminal is restored.
    @Test func aFailureAsideEscapesTheLoop() {
        let terminal = ScriptedTerminal { call in call == 1 ? .key(.character("x")) : .timeout }
        let runtime = Runtime(program: Saver(disk: GatedDisk()), model: .init(), terminal: terminal, clock: VirtualClock(), commandsAside: true)
        #expect(throws: Saver.Boom.self) { try runtime.run() }
        #expect(terminal.isShutDown)
    }

    /// Without `commandsAside` (tests that step the loop, the line front-end) every command runs on the loop.
    @Test func withoutItEveryCommandRunsOnTheLoop() throws {
        let disk = GatedDisk()
        disk.gate.signal()
        let terminal = ScriptedTerminal { call in call == 1 ? .key(.character("s")) : .key(.character("q")) }
        let runtime = Runtime(program: Saver(disk: disk), model: .init(), terminal: terminal, clock: VirtualClock())
        #expect(try runtime.run() == 0)
        #expect(runtime.model.events == ["key s", "saved 1", "key q"])
    }
}
