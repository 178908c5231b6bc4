import LegworkKit
import LegworkSimulation
import Testing

/// Runners who live through 20 weeks of the app: every session any path produced passes every rule.
@Suite struct RunnerSimulationTests {
    static let first = CalendarDate(year: 2027, month: 1, day: 4)!

    /// The default grid: 63 runners, every policy at every level, races on every weekday.
    @Test func theDefaultGridBreaksNoRule() throws {
        let grid = SimulatedRunner.grid(count: 63, seed: 2026, first: Self.first)
        let report = try SimulationReport.run(grid, weeks: 20)
        let shown = report.findings.prefix(12).map(\.description).joined(separator: "\n")
        #expect(report.findings.isEmpty, "\(report.table)\n\n\(shown)")
        // The grid really produced sessions on every path it drives.
        #expect((report.checked[.today] ?? 0) > 1_000)
        #expect((report.checked[.plan] ?? 0) > 1_000)
        #expect((report.checked[.card] ?? 0) > 0)
    }

    /// A runner replays exactly from its seed.
    @Test func aRunnerReplaysFromItsSeed() throws {
        let runner = SimulatedRunner.make(index: 5, seed: 99, first: Self.first)
        let again = SimulatedRunner.make(index: 5, seed: 99, first: Self.first)
        #expect(runner.description == again.description)
        let a = try RunnerSimulator.live(runner, weeks: 6), b = try RunnerSimulator.live(again, weeks: 6)
        #expect(a.checked == b.checked)
        #expect(a.findings.map(\.description) == b.findings.map(\.description))
    }
}
