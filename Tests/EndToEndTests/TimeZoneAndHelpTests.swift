import Foundation
import Testing

/// Process-wide settings are given to a child `legwork`, never changed in the test process, where tests
/// run side by side and read them.
@Suite struct TimeZoneAndHelpTests {
    private func legwork(_ arguments: [String], tz: String, dataDir: URL) async throws -> Command.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = tz
        return try await Command.run([TmuxSession.binary.path, "--data-dir", dataDir.path] + arguments, environment: environment)
    }

    /// A POSIX TZ rule needs no time-zone database, so this holds on a bare CI image too.
    @Test func theExportTimeCarriesTheOffsetOfTZ() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "legwork-tz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (tz, offset) in [("IST-5:30", "+05:30"), ("EST5", "-05:00"), ("UTC0", "Z")] {
            let result = try await legwork(["export"], tz: tz, dataDir: folder)
            #expect(result.status == 0)
            let stamp = result.stdout.split(separator: "\n").first { $0.contains("\"exportedAt\"") } ?? ""
            #expect(stamp.hasSuffix("\(offset)\","), "\(tz): \(stamp)")
        }
    }

    /// The options only benchmarks use work but are not offered to runners.
    @Test func benchmarkOptionsStayOutOfHelp() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "legwork-help-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in [["session", "--help"], ["stretch", "--help"], ["history", "--help"]] {
            let help = try await Command.legwork(command, dataDir: folder)
            #expect(help.status == 0)
            for hidden in ["--start-at", "--exit-at-end", "--bench"] {
                #expect(!help.stdout.contains(hidden), "\(command[0]) --help shows \(hidden)")
            }
        }
        await #expect(try Command.legwork(["session", "--start-at", "sometime"], dataDir: folder).status == 2)
    }
}
