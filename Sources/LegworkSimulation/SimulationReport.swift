import Foundation
import LegworkKit

/// The grid's outcome as a table: each rule, the sessions that broke it and the runners they came from.
public struct SimulationReport: Sendable {
    public var runners: Int
    public var weeks: Int
    public var findings: [SimulationFinding]
    public var checked: [ProducedSession.Path: Int]
    /// Planned sessions of a scheduled programme, over all runners.
    public var programmeSessions: Int
    /// Sessions interrupted part-way, and of those the ones the app offered to resume (the rest it set aside).
    public var interrupted: Int
    public var resumed: Int
    /// Sessions asking a weight in kilograms, over all runners.
    public var weighed: Int
    /// The runners' fingerprints folded in grid order, when asked for (`SessionFingerprint`).
    public var fingerprint: UInt64?

    public init(runners: [SimulatedRunner], weeks: Int, results: [SimulationResult]) {
        self.runners = runners.count
        self.weeks = weeks
        findings = results.flatMap(\.findings)
        checked = results.reduce(into: [:]) { total, result in total.merge(result.checked, uniquingKeysWith: +) }
        programmeSessions = results.reduce(0) { $0 + $1.programmeSessions }
        interrupted = results.reduce(0) { $0 + $1.interrupted }
        resumed = results.reduce(0) { $0 + $1.resumed }
        weighed = results.reduce(0) { $0 + $1.weighed }
        let fingerprints = results.compactMap(\.fingerprint)
        fingerprint = fingerprints.count == results.count && !results.isEmpty ? SessionFingerprint.combined(fingerprints) : nil
    }

    /// Runs every runner of `grid` for `weeks` weeks, on every core (each runner has its own store and
    /// random generator, so the order they run in changes nothing); `progress` hears of each one done.
    public static func run(_ grid: [SimulatedRunner], weeks: Int, fingerprint: Bool = false,
                           progress: (@Sendable (Int) -> Void)? = nil) throws -> SimulationReport {
        let (results, done) = start(grid, weeks: weeks, fingerprint: fingerprint, progress: progress)
        done.wait()
        return SimulationReport(runners: grid, weeks: weeks, results: try results.all())
    }

    /// `run`, awaited: the caller's thread is free while the runners run. A test must not hold one of
    /// the test runner's threads (one per core) for the whole grid.
    public static func running(_ grid: [SimulatedRunner], weeks: Int, fingerprint: Bool = false) async throws -> SimulationReport {
        let (results, done) = start(grid, weeks: weeks, fingerprint: fingerprint, progress: nil)
        return try await withCheckedThrowingContinuation { continuation in
            done.notify(queue: .global()) {
                continuation.resume(with: Result { SimulationReport(runners: grid, weeks: weeks, results: try results.all()) })
            }
        }
    }

    /// Starts the runners on threads of their own, one per core, rather than on Dispatch's shared pool
    /// (`concurrentPerform`), which inside `swift test` also runs the other tests; `done` is left when the
    /// last runner has ended.
    private static func start(_ grid: [SimulatedRunner], weeks: Int, fingerprint: Bool,
                              progress: (@Sendable (Int) -> Void)?) -> (results: SharedWork<SimulationResult>, done: DispatchGroup) {
        let results = SharedWork<SimulationResult>(count: grid.count)
        let done = DispatchGroup()
        for _ in 0..<min(grid.count, max(1, ProcessInfo.processInfo.activeProcessorCount)) {
            done.enter()
            let worker = Thread {
                while let index = results.take() {
                    results.set(index, Result { try RunnerSimulator.live(grid[index], weeks: weeks, fingerprint: fingerprint) })
                    progress?(results.done)
                }
                done.leave()
            }
            // As much stack as the main thread has: a runner's plan is built there.
            worker.stackSize = 8 << 20
            worker.start()
        }
        return (results, done)
    }

    /// "rule · violations · runners" for every rule, zeros included, then the sessions checked per path.
    public var table: String {
        var lines = ["\(runners) runners × \(weeks) weeks", "", pad("rule", 30) + pad("violations", 12) + "runners"]
        for rule in PrescriptionRule.allCases {
            let broken = findings.filter { $0.violation.rule == rule }
            lines.append(pad(rule.rawValue, 30) + pad("\(broken.count)", 12) + "\(Set(broken.map(\.runner.index)).count)")
        }
        lines.append("")
        let paths = checked.keys.sorted { $0.rawValue < $1.rawValue }.map { "\($0.rawValue) \(checked[$0]!)" }
        lines.append("sessions checked: " + paths.joined(separator: ", "))
        lines.append("planned sessions of a scheduled programme: \(programmeSessions)")
        lines.append("sessions interrupted: \(interrupted), of which offered to resume: \(resumed)")
        lines.append("sessions asking a weight in kilograms: \(weighed)")
        if let fingerprint { lines.append("fingerprint of every plan read and session produced: " + String(fingerprint, radix: 16)) }
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
}
