import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// `legwork import FILE…` for activity files: several at once, a folder, a damaged file among good ones,
/// and importing again.
@Suite("Importing runs: files, folders, damaged files, again")
struct RunImportHeadlessTests {
    func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("legwork-runs-\(UUID().uuidString)")
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    func importAll(_ paths: [String], into store: Store) throws -> RunImport.Report {
        var report = RunImport.Report()
        for path in paths.flatMap(RunImport.files(in:)) {
            RunImport.read(path, text: try ImportAction.read(path).text, into: &report, utcOffsetSeconds: 0, miles: false)
        }
        try RunImport.store(&report, store: store)
        return report
    }

    @Test func aFolderOfActivityFilesWithADamagedOne() throws {
        let dir = try folder(["a.gpx": RunFileFixtures.gpxWithExtensions, "b.tcx": RunFileFixtures.tcxWithLaps,
                              "sub/c.gpx": RunFileFixtures.gpxRide, "broken.gpx": "<gpx version=\"1.1\"><trk>",
                              "notes.txt": "not read"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store.inMemory()
        let report = try importAll([dir.path], into: store)
        #expect(report.files == 3)
        #expect(report.stored.added == 2)
        #expect(report.reading.notRuns == ["cycling": 1, "Biking": 1])
        #expect(report.damaged.count == 1 && report.damaged[0].hasPrefix(dir.appendingPathComponent("broken.gpx").path + ": it ends before its <trk> is closed"))
        #expect(report.lines.first == "3 files: 2 runs read; 2 added, 0 already held")
        #expect(report.lines.contains("skipped 2 activities that are not runs (Biking 1, cycling 1)"))
        // Again: nothing new.
        let again = try importAll([dir.path], into: store)
        #expect(again.stored.added == 0 && again.stored.alreadyHeld == 2)
        #expect(try store.runs().count == 2)
    }

    @Test func aStravaExportFolderIsReadFromItsCSV() throws {
        let dir = try folder(["activities.csv": RunFileFixtures.stravaCSV, "activities/12345678902.gpx": RunFileFixtures.gpxPlain])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(RunImport.files(in: dir.path) == [dir.appendingPathComponent("activities.csv").path])
        let store = try Store.inMemory()
        let report = try importAll([dir.path], into: store)
        #expect(report.stored.added == 2 && report.reading.problems.count == 1)
        #expect(try store.runs().map(\.source) == ["strava", "strava"])
    }

    @Test func aGarminExportBesideAGPXFile() throws {
        let dir = try folder(["garmin.csv": RunFileFixtures.garminCSV, "run.gpx": RunFileFixtures.gpxPlain])
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store.inMemory()
        let report = try importAll([dir.appendingPathComponent("garmin.csv").path, dir.appendingPathComponent("run.gpx").path], into: store)
        #expect(report.stored.added == 3 && report.reading.notRunCount == 2)
    }
}
