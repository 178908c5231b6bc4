import Foundation
import Testing

/// `legwork plan --ics [--remind HH:MM] -o FILE` through the binary: the second export after a profile
/// change marks what changed, and -o behaves as `export -o` does.
@Suite struct PlanCalendarCommandTests {
    @Test func aSecondExportAfterAChangeUpdatesTheCalendar() async throws {
        let dir = ProfileEndToEndTests.DataDir()
        try await dir.legwork("profile", "set", "experience=regular", "goal=stamina", "run-days=tue,thu,sat", "long-run-day=sat", "session-minutes=30")
        let file = dir.url.appending(path: "plan.ics").path
        let first = try await dir.legwork("plan", "--ics", "--remind", "18:00", "-o", file)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "legwork: wrote \(file)\n")
        let one = try String(contentsOfFile: file, encoding: .utf8)
        #expect(one.contains("SEQUENCE:0\r\n") && !one.contains("SEQUENCE:1\r\n"))
        #expect(one.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n") && one.contains("TRIGGER:PT18H\r\n"))
        // An existing file is not overwritten without --force.
        await #expect(try dir.legwork("plan", "--ics", "-o", file).status == 1)

        try await dir.legwork("profile", "set", "session-minutes=45")
        let second = try await dir.legwork("plan", "--ics", "--remind", "18:00", "-o", file, "--force")
        #expect(second.status == 0, "\(second.stderr)")
        let two = try String(contentsOfFile: file, encoding: .utf8)
        #expect(two.contains("SEQUENCE:1\r\n"), "the sessions grew to 45 minutes")
        #expect(two.contains("(45 min)"))
    }

    @Test func remindAndOutputNeedAnExport() async throws {
        let dir = ProfileEndToEndTests.DataDir()
        try await dir.legwork("profile", "set", "experience=new", "goal=first-5k")
        let remind = try await dir.legwork("plan", "--json", "--remind", "18:00")
        #expect(remind.status == 2 && remind.stderr.contains("--remind goes with --ics"))
        let badTime = try await dir.legwork("plan", "--ics", "--remind", "6pm")
        #expect(badTime.status == 2 && badTime.stderr.contains("--remind takes a time of day as HH:MM"))
        await #expect(try dir.legwork("plan", "-o", dir.url.appending(path: "x").path).status == 2)
        let mismatch = try await dir.legwork("plan", "--json", "-o", dir.url.appending(path: "plan.ics").path)
        #expect(mismatch.status == 0)
        #expect(mismatch.stderr.contains("warning: \(dir.url.appending(path: "plan.ics").path) ends in .ics but holds the plan as JSON (.json would say so)"))
        let export = try await dir.legwork("export", "-o", dir.url.appending(path: "log.csv").path)
        #expect(export.stderr.contains("ends in .csv but holds a JSON backup"))
    }
}
