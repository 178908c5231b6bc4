import Foundation
import Testing

/// `legwork exercises`, `card` and `import` through the built binary.
@Suite struct BrowseCommandTests {
    /// A fresh data folder per test, removed afterwards.
    final class DataDir {
        let url = FileManager.default.temporaryDirectory.appending(path: "legwork-cmd-\(UUID().uuidString)")
        init() { try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func run(_ arguments: String...) async throws -> Command.Result {
            try await Command.run([TmuxSession.binary.path, "--data-dir", url.path] + arguments)
        }
    }

    static let dataSet: String? = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appending(path: "shared/data/free-exercise-db/exercises.json")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    @Test func exercisesPrintsAnAlignedTable() async throws {
        let data = DataDir()
        let result = try await data.run("exercises", "--search", "rdl")
        #expect(result.status == 0)
        #expect(result.stdout == """
            ID      NAME            KIND      SL  JC  LT  CO  EQUIPMENT  SOURCE
            db_rdl  Dumbbell RDL    strength  0   1   2   1   dumbbells  legwork
            sl_rdl  Single-leg RDL  strength  3   3   2   3   -          legwork
            2 of 45 exercises

            """)
    }

    @Test func exercisesFiltersCombine() async throws {
        let data = DataDir()
        let result = try await data.run("exercises", "--kind", "stretch", "--muscle", "calves", "--equipment", "wall")
        #expect(result.status == 0)
        let ids = result.stdout.split(separator: "\n").dropFirst().dropLast().map { String($0.split(separator: " ")[0]) }
        #expect(!ids.isEmpty)
        #expect(result.stdout.split(separator: "\n").last?.hasSuffix("of 45 exercises") == true)
        let json = try await data.run("exercises", "--kind", "stretch", "--muscle", "calves", "--equipment", "wall", "--json")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let cards = try #require(decoded?["cards"] as? [[String: Any]])
        #expect(cards.map { $0["id"] as? String ?? "" } == ids)
        #expect(decoded?["format"] as? Int == 1)
    }

    @Test(arguments: [
        (["exercises", "--kind", "strenght"], "unknown kind \"strenght\"; did you mean \"strength\"?"),
        (["exercises", "--muscle", "glutes"], "unknown muscle \"glutes\""),
        (["exercises", "--equipment", "mat,dumbell"], "did you mean \"dumbbells\"?"),
        (["card", "step_upp"], "unknown exercise \"step_upp\"; did you mean \"step_up\"?"),
    ])
    func unknownValuesExitOneWithSuggestions(arguments: [String], message: String) async throws {
        let result = try await Command.run([TmuxSession.binary.path, "--data-dir", DataDir().url.path] + arguments)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("legwork: "))
        #expect(result.stderr.contains(message))
    }

    @Test func cardPlainAndJSON() async throws {
        let data = DataDir()
        let plain = try await data.run("card", "RDL", "--plain")
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("Dumbbell RDL\n"))
        #expect(!plain.stdout.contains("\u{1B}"))
        #expect(plain.stdout.contains("Take it into your run"))
        let json = try await data.run("card", "step_up", "--json")
        let card = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(card?["id"] as? String == "step_up")
        #expect(card?["regression"] as? String == "split_squat")
    }

    @Test func importTheSharedDataSetTwiceAndRemoveIt() async throws {
        let file = try #require(Self.dataSet, "the free-exercise-db data set is missing")
        let data = DataDir()
        let first = try await data.run("import", file)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("873 records: 859 cards, 14 not imported"))
        #expect(first.stdout.contains("category \"cardio\" is not imported"))
        #expect(first.stdout.contains("5 cards failed the catalog's checks and were not stored"))
        #expect(first.stdout.contains("card \"fedb:iron_cross\": field \"steps\": empty"))
        #expect(first.stdout.contains("stored: 854 added, 0 updated, 0 unchanged"))
        let again = try await data.run("import", file)
        #expect(again.stdout.contains("stored: 0 added, 0 updated, 854 unchanged"))
        let listed = try await data.run("exercises")
        #expect(listed.stdout.hasSuffix("899 of 899 exercises\n"))
        let squat = try await data.run("exercises", "--search", "barbell full squat")
        #expect(squat.stdout.contains("fedb:barbell_full_squat"))
        #expect(squat.stdout.contains("strength  -   -   -   -   barbell"))
        let removed = try await data.run("import", "--remove", "fedb:barbell_full_squat")
        #expect(removed.stdout == "removed 1 imported card\n")
        let all = try await data.run("import", "--remove-all")
        #expect(all.stdout == "removed 853 imported cards\n")
        await #expect(try data.run("exercises").stdout.hasSuffix("45 of 45 exercises\n"))
    }

    @Test func aBrokenRecordIsReportedAndTheRestImported() async throws {
        let data = DataDir()
        let file = data.url.appending(path: "some.json")
        try """
            [
              {"id": "Good_One", "name": "Good One", "force": "push", "level": "beginner", "mechanic": null,
               "equipment": "body only", "primaryMuscles": ["quadriceps"], "secondaryMuscles": [],
               "instructions": ["Stand.", "Squat."], "category": "strength", "images": []},
              {"id": "Broken", "name": "Broken", "level": "wizard", "primaryMuscles": [], "secondaryMuscles": [],
               "instructions": [], "category": "strength", "images": []}
            ]
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try await data.run("import", file.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("2 records: 1 card, 1 not imported"))
        #expect(result.stdout.contains("wizard"))
        #expect(result.stdout.contains("stored: 1 added"))
        await #expect(try data.run("card", "fedb:good_one", "--plain").stdout.contains("Imported from free-exercise-db"))
    }

    @Test func importRefusesWhatItCannotRead() async throws {
        let data = DataDir()
        let missing = try await data.run("import", "/nonexistent/file.json")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read /nonexistent/file.json"))
        let usage = try await data.run("import")
        #expect(usage.status == 2)
    }
}
