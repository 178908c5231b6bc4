import Foundation
import LegworkKit

/// GPX 1.1 and TCX activity files, read with `XMLReader`: the runs they hold, the activities of other
/// sports, and what made a damaged file unreadable.
enum ActivityXML {
    static let gpxSource = "gpx"
    static let tcxSource = "tcx"

    /// Reads a GPX or TCX document. Throws a message naming the line when the XML is not well formed.
    static func read(_ text: String, utcOffsetSeconds: Int) throws -> RunFileReading {
        var collector = Collector()
        do {
            try XMLReader.read(text, into: &collector)
        } catch {
            switch error.problem {
            // A document that simply stops was cut (a download that stopped), not written wrong.
            case .unclosed(let open): throw Failure("it ends before its <\(open)> is closed: the file is cut short; export it again")
            case .malformed(let problem): throw Failure("it is not well-formed XML (line \(error.line), column \(error.column): \(problem))")
            }
        }
        switch collector.root {
        case "gpx": return gpx(collector.activities, utcOffsetSeconds: utcOffsetSeconds)
        case "TrainingCenterDatabase": return tcx(collector.activities, utcOffsetSeconds: utcOffsetSeconds)
        default: throw Failure("it is XML but neither GPX nor TCX (its root is <\(collector.root ?? "")>)")
        }
    }

    /// Each track is an activity; its distance is the sum of the great-circle steps between its points
    /// and its time runs from the first point's to the last one's. A track without a type is a run (the
    /// file was given as one); one with another sport's type is counted and skipped.
    private static func gpx(_ activities: [Activity], utcOffsetSeconds: Int) -> RunFileReading {
        var reading = RunFileReading()
        for (index, activity) in activities.enumerated() {
            if let type = activity.sport, !type.isEmpty, !reading.takes(sport: type) { continue }
            guard let first = activity.times.first, let last = activity.times.last, let day = ImportedActivity.localDate(first, utcOffsetSeconds: utcOffsetSeconds) else {
                reading.problems.append("track \(index + 1) has no times on its points"); continue
            }
            var metres = 0.0
            for (a, b) in zip(activity.points, activity.points.dropFirst()) { metres += TrackDistance.metres(from: a, to: b) }
            let seconds = Int(last.secondsSince1970 - first.secondsSince1970)
            reading.runs.append(RunRecord(date: day, metres: metres, seconds: seconds > 0 ? seconds : nil, kind: ImportedActivity.kind,
                                          source: gpxSource, sourceID: first.iso8601, cadence: activity.stepRate))
        }
        return reading
    }

    /// Each Activity is one; its laps' distances and times are added up. Its Id (the start time) is its id.
    private static func tcx(_ activities: [Activity], utcOffsetSeconds: Int) -> RunFileReading {
        var reading = RunFileReading()
        for (index, activity) in activities.enumerated() {
            guard reading.takes(sport: activity.sport ?? "") else { continue }
            guard let id = activity.id, let start = ImportedActivity.time(id), let day = ImportedActivity.localDate(start, utcOffsetSeconds: utcOffsetSeconds) else {
                reading.problems.append("activity \(index + 1) has no start time (Id)"); continue
            }
            let seconds = Int(activity.lapSeconds.rounded())
            reading.runs.append(RunRecord(date: day, metres: activity.lapMetres, seconds: seconds > 0 ? seconds : nil, kind: ImportedActivity.kind,
                                          source: tcxSource, sourceID: start.iso8601, cadence: activity.stepRate))
        }
        return reading
    }

    struct Activity {
        var sport: String?
        var id: String?
        var points: [TrackDistance.Point] = []
        var times: [WallTime] = []
        var lapMetres = 0.0
        var lapSeconds = 0.0
        /// Cadence recorded at the points (Garmin's TrackPointExtension "cad", TCX "RunCadence" or "Cadence").
        var cadences: [Double] = []

        /// The mean recorded cadence as steps a minute, both feet (`StepRate`).
        var stepRate: Double? {
            cadences.isEmpty ? nil : StepRate.stepsPerMinute(recorded: cadences.reduce(0, +) / Double(cadences.count))
        }
    }

    /// Collects the few elements the readers need, by their place in the document.
    private struct Collector: XMLVisitor {
        var root: String?
        var activities: [Activity] = []
        private var path: [String] = []
        private var text = ""

        mutating func start(_ name: String, attributes: [String: String]) {
            if root == nil { root = name }
            path.append(name)
            text = ""
            switch name {
            case "trk": activities.append(Activity())
            case "Activity": activities.append(Activity(sport: attributes["Sport"]))
            // A point outside any track (a damaged file) belongs to no run.
            case "trkpt" where !activities.isEmpty:
                if let lat = attributes["lat"].flatMap(Double.init), let lon = attributes["lon"].flatMap(Double.init) {
                    activities[activities.count - 1].points.append(.init(latitude: lat, longitude: lon))
                }
            default: break
            }
        }

        mutating func text(_ text: String) { self.text += text }

        mutating func end(_ name: String) {
            let parent = path.count >= 2 ? path[path.count - 2] : ""
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !activities.isEmpty {
                let last = activities.count - 1
                switch (name, parent) {
                case ("type", "trk"): activities[last].sport = value
                case ("time", "trkpt"): if let time = ImportedActivity.time(value) { activities[last].times.append(time) }
                case ("Id", "Activity"): activities[last].id = value
                case ("DistanceMeters", "Lap"): activities[last].lapMetres += Double(value) ?? 0
                case ("TotalTimeSeconds", "Lap"): activities[last].lapSeconds += Double(value) ?? 0
                case ("cad", _), ("RunCadence", _), ("Cadence", "Trackpoint"):
                    if let cadence = Double(value), cadence > 0 { activities[last].cadences.append(cadence) }
                default: break
                }
            }
            path.removeLast()
            text = ""
        }
    }
}
