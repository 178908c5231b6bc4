import Foundation
import LegworkKit
import LegworkStore

/// `legwork import` for the files runners have: GPX 1.1 and TCX activity files (one, several, or a
/// folder of them) and the activities CSV of a Strava bulk export or of Garmin Connect. Every file is
/// read before anything is stored; the runs go in one transaction, and an activity already held (same
/// source, same activity id) is left as it was. A damaged file is named with its problem and the rest
/// is imported.
enum RunImport {
    /// What a batch of files gave.
    struct Report {
        var reading = RunFileReading()
        /// Files read (a damaged one is not counted here but in `damaged`).
        var files = 0
        /// Files that could not be read at all, each with its problem.
        var damaged: [String] = []
        var stored = RunImportOutcome()

        /// The lines to print: counts first, then what was skipped and why.
        var lines: [String] {
            var lines = ["\(files) file\(files == 1 ? "" : "s"): \(reading.runs.count) run\(reading.runs.count == 1 ? "" : "s") read; "
                + "\(stored.added) added, \(stored.alreadyHeld) already held"]
            if reading.notRunCount > 0 {
                let kinds = reading.notRuns.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(4).map { "\(SafeText.escaped($0.key)) \($0.value)" }
                lines.append("skipped \(reading.notRunCount) activit\(reading.notRunCount == 1 ? "y that is not a run" : "ies that are not runs") (\(kinds.joined(separator: ", ")))")
            }
            if !reading.problems.isEmpty {
                lines.append("\(reading.problems.count) activit\(reading.problems.count == 1 ? "y" : "ies") could not be read, first:")
                lines += reading.problems.prefix(3).map { "  " + SafeText.escaped($0) }
            }
            return lines
        }
    }

    /// Whether `text` (a file's start) is an activity file this reader knows.
    static func recognises(_ text: Substring) -> Bool {
        let head = text.prefix(4096)
        if head.contains("<gpx") || head.contains("<TrainingCenterDatabase") { return true }
        let firstLine = head.prefix { $0 != "\n" && $0 != "\r" }
        return firstLine.contains("Activity Type") && (firstLine.contains("Activity Date") || firstLine.contains("Title"))
    }

    /// The activity files of `path`: the file itself, or for a folder its `activities.csv` when it is a
    /// Strava export (its GPX files are the same activities), else every .gpx and .tcx file in it and
    /// its subfolders, in name order.
    static func files(in path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let folder = URL(fileURLWithPath: path)
        let strava = folder.appendingPathComponent("activities.csv").path
        if FileManager.default.fileExists(atPath: strava) { return [strava] }
        let walker = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let name = walker?.nextObject() as? String {
            if ["gpx", "tcx"].contains((name as NSString).pathExtension.lowercased()) { found.append(folder.appendingPathComponent(name).path) }
        }
        return found.sorted()
    }

    /// Reads one activity file into `report` (a damaged file is noted there, not thrown).
    static func read(_ path: String, text: String, into report: inout Report, utcOffsetSeconds: Int, miles: Bool) {
        do {
            var reading: RunFileReading
            if text.drop(while: \.isWhitespace).first == "<" {
                reading = try ActivityXML.read(text, utcOffsetSeconds: utcOffsetSeconds)
            } else {
                let table = try CSVTable(text)
                if StravaActivitiesCSV.matches(table.header) {
                    reading = StravaActivitiesCSV.read(table, utcOffsetSeconds: utcOffsetSeconds)
                } else if GarminActivitiesCSV.matches(table.header) {
                    reading = GarminActivitiesCSV.read(table, miles: miles)
                } else {
                    throw Failure("its columns are neither Strava's activities.csv nor Garmin Connect's activities export")
                }
            }
            reading.problems = reading.problems.map { "\(path): \($0)" }
            // A value out of range (a 900 km "run") is named, never stored.
            reading.runs.removeAll { run in
                guard let problem = run.problems.first else { return false }
                reading.problems.append("\(path): the run of \(run.date): \(problem)")
                return true
            }
            report.reading.add(reading)
            report.files += 1
        } catch {
            report.damaged.append("\(path): \(error)")
        }
    }

    /// Stores what `report` read, in one transaction.
    static func store(_ report: inout Report, store: Store) throws {
        guard !report.reading.runs.isEmpty else { return }
        do {
            report.stored = try store.importRuns(report.reading.runs)
            store.checkpoint()
        } catch {
            throw Failure(error.description)
        }
    }
}
