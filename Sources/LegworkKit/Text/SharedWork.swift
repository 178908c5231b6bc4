import Foundation

/// Jobs that threads share out among themselves: each thread takes the next job no one has taken
/// (`take`), works it and puts its result in that job's place (`set`); the results come back in the jobs'
/// order. A thread that finishes early takes more, so all finish together: a fixed share each left one
/// waiting for the other. Used by the plan's JSON (its weeks) and the runner simulator (its runners).
package final class SharedWork<Value>: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var results: [Result<Value, any Error>?]
    private var taken = 0

    package init(count: Int) { results = Array(repeating: nil, count: count) }

    /// The index of the next job no one has taken yet, now the caller's to work; nil when none is left.
    package func take() -> Int? {
        lock.withLock {
            guard taken < results.count else { return nil }
            taken += 1
            return taken - 1
        }
    }

    package func set(_ index: Int, _ result: Result<Value, any Error>) { lock.withLock { results[index] = result } }

    /// How many jobs have their result.
    package var done: Int { lock.withLock { results.count { $0 != nil } } }

    /// The results in the jobs' order, or the first job's failure. Every job must have its result.
    package func all() throws -> [Value] { try lock.withLock { results }.map { try $0!.get() } }
}
