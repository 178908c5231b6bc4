import Foundation
import Testing

/// `legwork check --plain` answered from standard input, then `check --json`, `history --json` and the
/// backup, through the built binary.
@Suite struct CheckEndToEndTests {
    final class DataDir {
        let url = FileManager.default.temporaryDirectory.appending(path: "legwork-check-\(UUID().uuidString)")
        deinit { try? FileManager.default.removeItem(at: url) }

        func legwork(_ arguments: [String], input: String = "") async throws -> Command.Result {
            try await Command.legwork(arguments, dataDir: url, input: input)
        }
    }

    static let answers = ["18", "26", "22", "24", "50", "58", "n", "n", "n", "y", "n", "n", "11", "12", "y", "y", "y"]

    @Test func plainFromStandardInputSavesTheCheckAndJSONReadsItBack() async throws {
        let dir = DataDir()
        await #expect(try dir.legwork(["profile", "set", "experience=regular", "age=35", "sex=female"]).status == 0)
        let run = try await dir.legwork(["check", "--plain"], input: Self.answers.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Left leg: how many heel raises before height, pace or form went?"))
        #expect(run.stdout.contains("  Single-leg heel raises: 18 left, 26 right (usual for your age and sex: 27)"))
        #expect(run.stdout.contains("  Calves: below the usual for your age and sex; left 31% weaker than right"))

        let json = try await dir.legwork(["check", "--json"])
        #expect(json.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "legwork-checks")
        let checks = try #require(document["checks"] as? [[String: Any]])
        #expect(checks.count == 1)
        #expect((checks[0]["weakAreas"] as? [String])?.contains("calves") == true)
        let heel = try #require((checks[0]["scores"] as? [[String: Any]])?.first)
        #expect(heel["test"] as? String == "heel-raise" && heel["left"] as? Int == 18 && heel["right"] as? Int == 26)
        #expect(heel["weakerSide"] as? String == "left" && heel["beyondLimit"] as? Bool == true)

        let history = try await dir.legwork(["history", "--json"])
        #expect(history.stdout.contains("\"strengthChecks\""))
        let backup = try await dir.legwork(["export"])
        #expect(backup.stdout.contains("\"strengthChecks\""))
    }

    @Test func aLineNotUnderstoodIsAskedAgainAndBadFlagsAreUsageErrors() async throws {
        let dir = DataDir()
        let run = try await dir.legwork(["check", "--plain"], input: "lots\n20\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Not understood: type a whole number from 0 to 200 (or skip)."))
        #expect(run.stdout.contains("The input ended before the check was over: the tests done so far are saved."))
        await #expect(try dir.legwork(["check", "--plain", "--json"]).status == 2)
    }
}
