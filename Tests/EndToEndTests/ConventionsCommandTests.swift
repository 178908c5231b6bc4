import Foundation
import Testing

/// What terminal users expect of a command: completions that know the values, a suggestion for a
/// mistyped command, `-` for standard input.
@Suite struct ConventionsCommandTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsHoldTheValues(shell: String) async throws {
        let script = try await Command.run([TmuxSession.binary.path, "--generate-completion-script", shell])
        #expect(script.status == 0)
        for value in ["sl_rdl", "glute-med", "dumbbells", "itbs", "injury=itbs:past", "units=lb", "strong", "hevy"] {
            #expect(script.stdout.contains(value), "\(shell) completion lacks \(value)")
        }
    }

    @Test func aMistypedCommandGetsASuggestion() async throws {
        let dir = FileManager.default.temporaryDirectory.appending(path: "legwork-conv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try await Command.run([TmuxSession.binary.path, "--data-dir", dir.path, "plna", "--week", "2"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: unknown command 'plna'; did you mean 'plan'?"))
        await #expect(try Command.run([TmuxSession.binary.path, "help", "plan"]).status == 0)
    }

    @Test func importDashReadsStandardInput() async throws {
        let dir = FileManager.default.temporaryDirectory.appending(path: "legwork-conv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes\n"
            + "2026-11-30 07:31:54;Legs;Single-leg RDL;1;12;kg;8;8;;;0;;\n"
        let result = try await Command.legwork(["import", "-"], dataDir: dir, input: log)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("-: Strong log, 1 workout (1 set) read; 1 added"))
    }
}
