import Foundation

/// The last answer of a pure function and the key it was for: asked again with an equal key, it gives the
/// answer back instead of working it out again. Keeps one answer, for reads that follow each other (an
/// event, then the read after it); `Memo` keeps every answer of a function whose keys are few.
public final class LastAnswer<Key: Equatable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var last: (key: Key, value: Value)?

    public init() {}

    /// The answer for `key`: the one kept when it was for an equal key, else `make()`'s, kept from now on.
    public func value(for key: Key, _ make: () throws -> Value) rethrows -> Value {
        if let last = lock.withLock({ last }), last.key == key { return last.value }
        let value = try make()
        keep(value, for: key)
        return value
    }

    /// Keeps `value` as the answer for `key` (worked out by its caller as `make` would have).
    public func keep(_ value: Value, for key: Key) {
        lock.withLock { last = (key, value) }
    }
}
