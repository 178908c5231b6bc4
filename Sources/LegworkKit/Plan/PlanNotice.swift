/// A message attached to the plan: a safety notice to act on, or a warning about what the plan could not
/// do. `kind` is stable (tests and front ends key on it); `message` is for the runner.
public struct PlanNotice: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// A red flag was answered: see a clinician; impact is blocked.
        case seeClinician = "see-clinician"
        /// Signs that need urgent care (a swollen hot calf, fever).
        case urgentCare = "urgent-care"
        /// A warning sign pauses the runs in the calendar.
        case runsPaused = "runs-paused"
        /// Pain that persists, or worse mornings: doses hold until a clinician clears the runner.
        case progressionPaused = "progression-paused"
        /// Pain above 5/10: every exercise one step easier.
        case painRegression = "pain-regression"
        /// Plyometrics are left out, and why.
        case noPlyometrics = "no-plyometrics"
        /// How much pain is acceptable during rehab exercises.
        case painMonitoring = "pain-monitoring"
        /// Shin splints: graded running comes first.
        case gradedRunning = "graded-running"
        /// First 5K: how fast to add distance.
        case mileageProgression = "mileage-progression"
        /// The runs that happened: the weekly distance the plan works from, and the load rules they broke.
        case runningLoad = "running-load"
        /// Fewer strength days than asked, by design.
        case sessionsCapped = "sessions-capped"
        /// Missing equipment: a slot uses a weaker exercise or a household stand-in, or an injury module
        /// cannot be done.
        case equipment
        /// A slot could not be filled at all.
        case slotUnfilled = "slot-unfilled"
        /// The race date is missing, passed or too far away to plan a taper.
        case race
        /// The computer's date looks wrong for the training block or the log (`BlockClock`): the block is
        /// kept and nothing is recorded until the date agrees again.
        case clock
        /// A strength check is due (every 4–6 weeks), or has never been done.
        case strengthCheck = "strength-check"
        /// A programme (a physical therapist's, or the runner's own routine) is scheduled into the plan.
        case programme
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }
}
