import LegworkKit
import LegworkSimulation
import Testing

/// Runners who live through 20 weeks of the app: every session any path produced is checked against
/// every rule (DOMAIN §6). `scripts/simulate` runs the wide grid (500 runners) on the release build.
@Suite struct RunnerSimulationTests {
    static let first = CalendarDate(year: 2027, month: 1, day: 4)!

    /// Rules the grid still finds broken on some path (none today): an entry here is a known, tracked
    /// fault, and fails as soon as the rule holds everywhere, so it cannot be forgotten.
    static let stillOpen: Set<PrescriptionRule> = []

    /// The default grid: 63 runners — every log policy at every level, races on every weekday, 1–4 strength
    /// days, 15–45 minutes, equipment from a mat to a trap bar, injuries and signs.
    @Test func theDefaultGridBreaksNoRule() async throws {
        let grid = SimulatedRunner.grid(count: 63, seed: 2026, first: Self.first)
        // Said, not asserted (a benchmark measures time): the grid's own run, apart from any time the test
        // runner takes to hear that it ended while other tests hold its threads.
        let clock = ContinuousClock()
        let began = clock.now
        let report = try await SimulationReport.running(grid, weeks: 20)
        let took = (clock.now - began).components
        print("The default grid: \(grid.count) runners × 20 weeks simulated in \(took.seconds) s.")
        let broken = Dictionary(grouping: report.findings, by: \.violation.rule)
        for rule in PrescriptionRule.allCases {
            let findings = broken[rule] ?? []
            let shown = findings.prefix(3).map(\.description).joined(separator: "\n")
            if Self.stillOpen.contains(rule) {
                // Known and tracked: fails as soon as the rule holds everywhere, so the entry must go.
                withKnownIssue("\(rule.rawValue) is still broken on a few paths") {
                    #expect(findings.isEmpty, "\(rule.rawValue): \(findings.count) sessions\n\(shown)")
                }
            } else {
                #expect(findings.isEmpty, "\(rule.rawValue): \(findings.count) sessions\n\(shown)")
            }
        }
        // The grid really produced sessions on every path it drives.
        #expect((report.checked[.today] ?? 0) > 1_000)
        #expect((report.checked[.plan] ?? 0) > 1_000)
        #expect((report.checked[.next] ?? 0) > 0 && (report.checked[.card] ?? 0) > 0)
        // A therapist's programme scheduled into every third runner's plan (every Tuesday and Friday for 6
        // weeks, in place of or beside the plan's sessions), and run on its own now and then: its sessions
        // were checked on the plan path and the routine path, and broke no rule above.
        #expect(report.programmeSessions > 100, "\(report.programmeSessions) programme sessions")
        #expect((report.checked[.routine] ?? 0) > 0)
        // Sessions interrupted part-way: those taken up again the same day were resumed and checked; those
        // found on a later day were set aside (a resumed one would break `staleSession`).
        #expect(report.resumed > 20 && report.interrupted > report.resumed + 20, "\(report.interrupted) interrupted, \(report.resumed) resumed")
        #expect(report.checked[.resumed] == report.resumed)
        // Runners who log their weights, and whose heaviest weight halves in week 8: sessions asked weights
        // in kilograms, each checked against what the runner owned that day (`owned-load`).
        #expect(report.weighed > 100, "\(report.weighed) sessions asked a weight in kilograms")
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
