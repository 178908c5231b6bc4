/// The name of a JSON document in the store (one value per key, replaced as a whole when saved).
public struct DocumentKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// The runner's profile.
    public static let profile: DocumentKey = "profile"
    /// A routine scheduled into the plan (`ProgrammeSchedule`), with its own copy of the routine.
    public static let programme: DocumentKey = "programme"
    /// The snapshot of a session in progress, saved after every completed step so it can be resumed.
    public static let sessionInProgress: DocumentKey = "session-in-progress"
    /// The stretch routine in progress, kept apart from a strength session's.
    public static let stretchInProgress: DocumentKey = "stretch-in-progress"
    /// The current training block (`TrainingBlock`): its start and number, what earlier blocks reached, and
    /// what its slots, tendon protocols and jump gate reached (see `Store.trainingBlock()`).
    public static let trainingBlock: DocumentKey = "training-block"
    /// What the last `plan --ics` sent (`CalendarExportState`): each event's fingerprint, SEQUENCE and
    /// LAST-MODIFIED, so the next export marks what changed and cancels what left the plan.
    public static let calendarExport: DocumentKey = "calendar-export"
}
