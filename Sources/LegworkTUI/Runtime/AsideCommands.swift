import Dispatch
import Synchronization

/// Performs the commands a program lets run beside the loop (`Program.runsAside`: a session's saves) on
/// one thread of their own, one at a time in the order given, and keeps their answers for the loop to
/// take. A save that waits seconds for another program's lock, or a slow disk, no longer holds up the
/// countdown: the loop goes on drawing and counting while the store works.
///
/// The loop takes every answer before it performs a command itself (`take(waiting: true)`), so the
/// program's `perform` never runs on two threads at once and a screen opened after a save reads what
/// the save wrote.
final class AsideCommands<Message>: @unchecked Sendable {
    private let worker = DispatchQueue(label: "legwork.commands-aside")
    // What the worker hands back; every access holds the mutex. The answers are messages the loop reads
    // once, after the worker has finished with them.
    private let state = Mutex(State())

    private struct State: @unchecked Sendable {
        var running = 0
        var answers: [Result<Message?, any Error>] = []
    }

    /// Runs `work` after the commands given before it.
    /// - Parameter work: captures the program; safe because the loop never performs while work is
    ///   running (see the type's note), so it is only ever used by one thread at a time.
    func submit(_ work: @escaping () throws -> Message?) {
        state.withLock { $0.running += 1 }
        nonisolated(unsafe) let work = work
        worker.async { [self] in
            let answer = Result { try work() }
            state.withLock {
                $0.running -= 1
                $0.answers.append(answer)
            }
        }
    }

    /// A message from any thread (a save waiting for a lock says so), taken by the loop with the answers.
    func post(_ message: Message) {
        state.withLock { $0.answers.append(.success(message)) }
    }

    /// Whether a command is still running: the loop then looks for its answer every `pollInterval`.
    var isBusy: Bool { state.withLock { $0.running > 0 } }

    /// The answers so far, in order; `waiting`: after every command given has finished. A command that
    /// threw rethrows here, on the loop, as one performed on the loop would have.
    func take(waiting: Bool) throws -> [Message] {
        if waiting { worker.sync {} }  // a serial queue: an empty block runs after everything given before it
        let answers = state.withLock { state in
            defer { state.answers = [] }
            return state.answers
        }
        return try answers.compactMap { try $0.get() }
    }

    /// How often the loop looks for an answer while a command runs aside. A save takes a few
    /// milliseconds; looking only while one runs keeps the terminal free of a wake-up pipe.
    static var pollInterval: Duration { .milliseconds(5) }
}
