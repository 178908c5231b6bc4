import Foundation
import LegworkKit
import LegworkSimulation

// The wide grid of simulated runners (release build: `scripts/simulate`). Prints the table of rule ×
// violations and the first findings with their seeds; exits 1 when any rule was broken.
//   legwork-simulate [--runners N] [--weeks W] [--seed S] [--only INDEX] [--show K] [--fingerprint on]
// --fingerprint on also prints a digest of every plan read and session produced: the same before and after
// a change meant only to make the app faster.
var runners = 500, weeks = 20, seed: UInt64 = 2026, only: Int?, show = 20, fingerprint = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let flag = arguments.next() {
    guard let value = arguments.next() else { FileHandle.standardError.write(Data("\(flag) needs a value\n".utf8)); exit(2) }
    switch flag {
    case "--runners": runners = Int(value) ?? runners
    case "--weeks": weeks = Int(value) ?? weeks
    case "--seed": seed = UInt64(value) ?? seed
    case "--only": only = Int(value)
    case "--show": show = Int(value) ?? show
    case "--fingerprint": fingerprint = value == "on"
    default: FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8)); exit(2)
    }
}
let first = CalendarDate(year: 2027, month: 1, day: 4)!
var grid = SimulatedRunner.grid(count: max(runners, (only ?? 0) + 1), seed: seed, first: first)
if let only { grid = [grid[only]] }
do {
    let total = grid.count
    let report = try SimulationReport.run(grid, weeks: weeks, fingerprint: fingerprint) { done in
        FileHandle.standardError.write(Data("\r\(done)/\(total) runners".utf8))
    }
    FileHandle.standardError.write(Data("\n".utf8))
    print(report.table)
    for finding in report.findings.prefix(show) { print("\n" + finding.description) }
    exit(report.findings.isEmpty ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("legwork-simulate: \(error)\n".utf8))
    exit(1)
}
