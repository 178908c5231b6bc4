import Foundation

/// Answers of a pure function, kept as long as the memo lives (the process, or one selector's inputs:
/// `ExerciseSelector.Memo`) and shared by every thread. Only for functions of their key alone, whose keys
/// come from a small set (the catalog's texts, the runner's equipment), so it never needs emptying.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [Key: Value] = [:]

    /// The answer for `key`: the one kept, else `compute()`'s, kept from now on.
    func value(for key: Key, _ compute: () -> Value) -> Value {
        if let value = lock.withLock({ known[key] }) { return value }
        let value = compute()
        lock.withLock { known[key] = value }
        return value
    }
}
