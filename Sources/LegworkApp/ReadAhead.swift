import Dispatch

/// A value worked out on another core while this one goes on: a read whose answer is needed later.
/// `value` waits for it.
final class ReadAhead<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, on the other core, before `done` is left; read only after waiting on `done`.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.leave()
        }
    }

    var value: Value {
        done.wait()
        return result!
    }
}
