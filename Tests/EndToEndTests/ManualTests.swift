import Foundation
import Testing

/// docs/legwork.1 (made by scripts/gen-manual with the argument parser's generate-manual plugin) names
/// every command and every option the built `legwork` has: a new flag without a new man page fails here.
@Suite struct ManualTests {
    static let manual: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/", !FileManager.default.fileExists(atPath: dir.appending(path: "docs/legwork.1").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appending(path: "docs/legwork.1")
    }()

    /// Every visible command path ("plan", "profile set") with its visible long option names.
    static func commands(_ command: [String: Any], path: [String] = []) -> [(path: [String], options: [String])] {
        let arguments = command["arguments"] as? [[String: Any]] ?? []
        let options = arguments.filter { ($0["shouldDisplay"] as? Bool) ?? true }.flatMap { argument in
            (argument["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }.compactMap { $0["name"] as? String }
        }
        let here = (path, options)
        let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter {
            ($0["shouldDisplay"] as? Bool) ?? true && $0["commandName"] as? String != "help"
        }
        return [here] + subcommands.flatMap { commands($0, path: path + [$0["commandName"] as? String ?? "?"]) }
    }

    @Test func theManPageIsCurrent() async throws {
        let dump = try await Command.run([TmuxSession.binary.path, "--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let page = try String(contentsOf: Self.manual, encoding: .utf8)
        let found = Self.commands(try #require(root["command"] as? [String: Any]))
        #expect(found.count > 10)
        for (path, options) in found {
            if let name = path.last { #expect(page.contains(".It Em \(name)"), "docs/legwork.1 lacks the command \(path.joined(separator: " ")): run scripts/gen-manual") }
            for option in options {
                #expect(page.contains("Fl -\(option)") || page.contains(", -\(option) "), "docs/legwork.1 lacks --\(option) of \(path.joined(separator: " ")): run scripts/gen-manual")
            }
        }
    }
}
