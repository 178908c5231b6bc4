import LegworkKit

/// The grid's outcome as a table: each rule, the sessions that broke it and the runners they came from.
public struct SimulationReport: Sendable {
    public var runners: Int
    public var weeks: Int
    public var findings: [SimulationFinding]
    public var checked: [ProducedSession.Path: Int]

    public init(runners: [SimulatedRunner], weeks: Int, results: [SimulationResult]) {
        self.runners = runners.count
        self.weeks = weeks
        findings = results.flatMap(\.findings)
        checked = results.reduce(into: [:]) { total, result in total.merge(result.checked, uniquingKeysWith: +) }
    }

    /// Runs every runner of `grid` for `weeks` weeks.
    public static func run(_ grid: [SimulatedRunner], weeks: Int) throws -> SimulationReport {
        SimulationReport(runners: grid, weeks: weeks, results: try grid.map { try RunnerSimulator.live($0, weeks: weeks) })
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
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
}
