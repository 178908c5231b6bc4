import Foundation
import Testing

/// `legwork profile set/show` and `legwork plan` exports through the built binary.
@Suite struct ProfileEndToEndTests {
    /// A fresh data directory, removed at the end.
    final class DataDir {
        let url = FileManager.default.temporaryDirectory.appending(path: "legwork-profile-\(UUID().uuidString)")
        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func legwork(_ arguments: String...) async throws -> Command.Result {
            try await Command.run([TmuxSession.binary.path, "--data-dir", url.path] + arguments)
        }
    }

    @Test func setThenShowAsJSONWithTheExactKeys() async throws {
        let dir = DataDir()
        let set = try await dir.legwork("profile", "set", "experience=regular", "goal=race", "race-distance=half",
                                  "weekly-miles=20", "run-days=tue,thu,sun", "long-run-day=sun", "equipment=mat,dumbbells",
                                  "dumbbell-max-kg=12.5", "injury=knee:current:4,achilles:past", "red-flags=none")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.hasPrefix("Profile saved."))
        let show = try await dir.legwork("profile", "show", "--json")
        #expect(show.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["experience", "goal", "race-distance", "race-date", "weekly-km", "run-days", "long-run-day",
                                   "workout-day", "strength-days", "session-minutes", "equipment", "dumbbell-max-kg", "backpack-kg",
                                   "injury", "red-flags", "imported-cards", "cleared", "hop-test", "age", "sex", "units",
                                   "format", "version"])
        #expect(json["format"] as? String == "legwork-profile" && json["version"] as? Int == 1)
        #expect(json["experience"] as? String == "regular")
        #expect(json["race-distance"] as? String == "half")
        #expect(json["weekly-km"] as? Double == 32.2)
        #expect(json["run-days"] as? [String] == ["tue", "thu", "sun"])
        #expect(json["injury"] as? [String] == ["knee:current:4", "achilles:past"])
        #expect(json["dumbbell-max-kg"] as? Double == 12.5)
        #expect(json["race-date"] is NSNull)
        let plain = try await dir.legwork("profile", "show")
        #expect(plain.stdout.contains("experience:      regular"))
        #expect(plain.stdout.contains("weekly-km:       32.2 (20 mi)"))
    }

    @Test(arguments: [
        (["goals=race"], #"unknown key "goals"; did you mean "goal"?"#),
        (["goal=marathon"], "choose one of first-5k, stamina, race, pr, pain-free"),
        (["strength-days=6"], "strength-days: \"6\" is not valid; choose a whole number from 1 to 4"),
        (["injury=knee:current:12"], "a current injury needs its pain 0–10"),
        (["run-days=mon,wed", "long-run-day=sat"], "long-run-day: sat is not one of your run days (mon,wed)"),
        (["experience"], #""experience" is not KEY=VALUE"#),
    ])
    func aWrongKeyOrValueExitsTwoNamingTheChoices(arguments: [String], message: String) async throws {
        let dir = DataDir()
        let result = try await Command.run([TmuxSession.binary.path, "--data-dir", dir.url.path, "profile", "set"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        await #expect(try dir.legwork("profile", "show").status == 1, "nothing was saved")
    }

    /// 16,000 words took minutes to parse (the parser's time grows with their square): refused at once as
    /// bad usage, nothing stored.
    @Test func aCommandLineOfSixteenThousandWordsIsRefused() async throws {
        let data = DataDir()
        let words = Array(repeating: "experience=regular", count: 16_000)
        let result = try await Command.run([TmuxSession.binary.path, "--data-dir", data.url.path, "profile", "set"] + words)
        #expect(result.status == 2)
        #expect(result.stderr.contains("16004 words on the command line; Legwork takes at most 1000"))
        await #expect(try data.legwork("profile", "show").status == 1, "nothing stored")
    }

    /// Commands that only print what is stored create no data folder and no database under ~ (issue 23:
    /// `legwork exercises` made one there); the first command that stores something does.
    @Test func aReadOnlyCommandCreatesNothing() async throws {
        let home = FileManager.default.temporaryDirectory.appending(path: "legwork-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["XDG_DATA_HOME"] = nil
        let folder = home.appending(path: ".local/share/legwork").path
        for command in [["exercises"], ["card", "step_up", "--plain"], ["plan", "--json"], ["history", "--csv"], ["profile", "show"], ["export"]] {
            _ = try await Command.run([TmuxSession.binary.path] + command, environment: environment)
            #expect(!FileManager.default.fileExists(atPath: folder), "\(command)")
        }
        await #expect(try Command.run([TmuxSession.binary.path, "profile", "set", "experience=regular"], environment: environment).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/legwork.sqlite"))
    }

    @Test func showWithoutAProfileSaysWhatToDo() async throws {
        let result = try await DataDir().legwork("profile", "show", "--json")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no profile yet: run `legwork intake`"))
    }

    @Test func planExports() async throws {
        let dir = DataDir()
        try await dir.legwork("profile", "set", "experience=new", "goal=first-5k", "run-days=tue,thu,sat", "long-run-day=sat")
        let ics = try await dir.legwork("plan", "--ics")
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.stdout.contains("BEGIN:VEVENT\r\nUID:legwork-"))
        #expect(ics.stdout.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let markdown = try await dir.legwork("plan", "--markdown", "--week", "2")
        #expect(markdown.stdout.hasPrefix("# Legwork strength plan"))
        #expect(markdown.stdout.contains("## Week 2 · "))
        #expect(!markdown.stdout.contains("## Week 1 · "))
        #expect(markdown.stdout.contains("*Why:*"))
        let json = try await dir.legwork("plan", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["weeks"] is [Any])
        let again = try await dir.legwork("plan", "--json")
        #expect(again.stdout == json.stdout, "the same plan from one run to the next")
        let tooFar = try await dir.legwork("plan", "--json", "--week", "99")
        #expect(tooFar.status == 2)
        #expect(tooFar.stderr.contains("--week 99: the plan has"))
        await #expect(try dir.legwork("plan", "--json", "--ics").status == 2)
    }

    @Test func planWithoutAProfileSaysWhatToDo() async throws {
        let result = try await DataDir().legwork("plan", "--markdown")
        #expect(result.status == 1)
        #expect(result.stderr.contains("run `legwork intake`"))
    }
}
