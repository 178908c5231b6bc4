import Foundation

/// A value that threads share, behind a lock: process-wide state (the stores to fold back at exit, the
/// session locks held) kept in a constant of this type instead of a mutable global. NSLock rather than
/// the standard library's `Mutex`, which needs macOS 15 where the package still builds for 14.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        try lock.withLock { try body(&value) }
    }
}
