/// A run that happened: logged by the runner (`legwork run 8km easy`) or read from a watch's file.
///
/// `source` and `sourceID` say where it came from ("manual", "gpx", "tcx", "strava", "garmin") and which
/// activity it was there, so importing the same file again finds the run it already holds.
public struct RunRecord: Codable, Hashable, Sendable {
    /// The store's id; nil until the run is saved.
    public var id: Int64?
    /// The local day it was run on.
    public var date: CalendarDate
    /// Distance in metres.
    public var metres: Double
    /// Moving or elapsed time in whole seconds, when known.
    public var seconds: Int?
    public var kind: RunKind
    /// Pain during or after the run, 0–10, when the runner said.
    public var pain: Int?
    /// Average step rate, steps a minute (both feet), when the file carried it (`StepRate`).
    public var cadence: Double?
    public var source: String
    public var sourceID: String

    public init(id: Int64? = nil, date: CalendarDate, metres: Double, seconds: Int? = nil, kind: RunKind,
                pain: Int? = nil, source: String = RunRecord.manualSource, sourceID: String, cadence: Double? = nil) {
        self.id = id; self.date = date; self.metres = metres; self.seconds = seconds; self.kind = kind
        self.pain = pain; self.source = source; self.sourceID = sourceID; self.cadence = cadence
    }

    /// Runs typed by the runner.
    public static let manualSource = "manual"

    public var kilometres: Double { metres / 1000 }

    /// What is wrong with this run, in words (empty when nothing is): checked before it is stored, at
    /// every door (the command line, an import, a restored backup).
    public var problems: [String] {
        var problems: [String] = []
        if let problem = RunLimits.distanceProblem(metres) { problems.append(problem) }
        if let seconds, let problem = RunLimits.durationProblem(seconds) { problems.append(problem) }
        if let pain, !LogLimits.pain.contains(pain) { problems.append("pain must be 0–10, not \(pain)") }
        if let cadence, !StepRate.plausible.contains(cadence) { problems.append("a step rate of \(Int(cadence)) a minute is not believable") }
        if source.isEmpty { problems.append("its source is missing") }
        return problems
    }

    enum CodingKeys: String, CodingKey {
        case id, date, metres, seconds, kind, pain, source, sourceID, cadence
    }
}
