import Foundation
import Testing

/// `legwork history --csv --format strong|hevy` and `legwork import` of those files, through the binary.
@Suite struct LogCSVCommandTests {
    static let hevy = """
        title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe
        Morning,"7 Dec 2026, 07:00","7 Dec 2026, 07:40",,Single-leg RDL,,left side,0,normal,12,8,,,8
        Morning,"7 Dec 2026, 07:00","7 Dec 2026, 07:40",,Single-leg RDL,,right side,1,normal,12,7,,,8
        Evening,"7 Dec 2026, 18:00","7 Dec 2026, 18:20",,Lat Pulldown (Cable),,,0,normal,40,10,,,

        """

    @Test func aHevyFileInStrongOutAndBack() async throws {
        let dir = FileManager.default.temporaryDirectory.appending(path: "legwork-logcsv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let legwork = [TmuxSession.binary.path, "--data-dir", dir.appending(path: "a").path]
        let file = dir.appending(path: "hevy.csv")
        try Self.hevy.write(to: file, atomically: true, encoding: .utf8)

        let imported = try await Command.run(legwork + ["import", file.path])
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("Hevy log, 2 workouts (3 sets) read; 2 added, 0 already held"))
        #expect(imported.stdout.contains("1 kept under Hevy's names (Lat Pulldown (Cable))"))
        await #expect(try Command.run(legwork + ["import", file.path]).stdout.contains("0 added, 2 already held"))

        let strong = try await Command.run(legwork + ["history", "--csv", "--format", "strong"])
        #expect(strong.status == 0)
        #expect(strong.stdout.hasPrefix("Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;"))
        #expect(strong.stdout.contains(";Morning;Single-leg RDL;2;12;kg;7;8;;;0;right side;"))
        let strongFile = dir.appending(path: "strong.csv")
        try strong.stdout.write(to: strongFile, atomically: true, encoding: .utf8)
        let other = [TmuxSession.binary.path, "--data-dir", dir.appending(path: "b").path]
        await #expect(try Command.run(other + ["import", strongFile.path]).stdout.contains("Strong log, 2 workouts (3 sets) read; 2 added"))
        let own = try await Command.run(other + ["history", "--csv"]).stdout
        #expect(own.contains(",Morning,sl_rdl,1,right,12,7,,2,,,"))

        let hevyOut = try await Command.run(legwork + ["history", "--csv", "--format", "hevy"])
        #expect(hevyOut.stdout.hasPrefix("title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,"))
    }

    @Test func formatGoesWithCSV() async throws {
        let dir = FileManager.default.temporaryDirectory.appending(path: "legwork-logcsv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try await Command.run([TmuxSession.binary.path, "--data-dir", dir.path, "history", "--format", "hevy"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format goes with --csv"))
        let wrong = try await Command.run([TmuxSession.binary.path, "--data-dir", dir.path, "history", "--csv", "--format", "fitbod"])
        #expect(wrong.status == 2)
    }
}
