/// The rules every session the app produces must pass, whatever path produced it — the plan, the dose
/// the log adjusts, the check-in's adaptation, `session next`, a one-card session, a resumed one
/// (DOMAIN §6). Each names the line of `DOMAIN.md` it stands on; `SessionRules.check` is the verifier.
public enum PrescriptionRule: String, CaseIterable, Codable, Sendable, Comparable {
    case noTrainingOnUrgentSign = "no-training-on-urgent-sign"
    case permittedBySafety = "permitted-by-safety"
    case jumpsGated = "jumps-gated"
    case oneHeavyLift = "one-heavy-lift"
    case heavyFreeBeforeRace = "heavy-free-before-race"
    case raceWeekLight = "race-week-light"
    case afterLongRun = "after-long-run"
    case neverToFailure = "never-to-failure"
    case accessoryEffort = "accessory-effort"
    case frozenDoses = "frozen-doses"
    case reactiveTendon = "reactive-tendon"
    case lightCalfDay = "light-calf-day"
    case calfFloor = "calf-floor"
    case spacing = "spacing-48h"
    case stretchesNotStrength = "stretches-not-strength"
    case raceWeekRuns = "race-week-runs"
    case staleSession = "stale-session"
    case ownedLoad = "owned-load"

    /// The line of `DOMAIN.md` the rule stands on.
    public var domainLine: String {
        switch self {
        case .noTrainingOnUrgentSign: "§3 What each warning sign does: hot swollen calf, chest pain, fainting, fever — none at all"
        case .permittedBySafety: "§3 What each warning sign does; pain >5/10 — that exercise regressed"
        case .jumpsGated: "§6 Jumps; §2 Level (beginner: pogo hops after 4 pain-free weeks); §3 Blocks (no plyo in a flare, after injury only with the hop test)"
        case .oneHeavyLift: "§2 Level: advanced — one heavy lift; §2 Templates: 45 min adds a heavy bilateral lift"
        case .heavyFreeBeforeRace: "§2 Races: last heavy session 5–7 days out (5K/10K), 7–10 days out (half/marathon); no plyo in the final 7 days"
        case .raceWeekLight: "§2 Races: the last session is light (≤50% sets, RIR ≥4, no plyo)"
        case .afterLongRun: "§2 Session structure: plyo and heavy lifts not after the long run; §6 After the long run: single-leg work at ≥3 reps in reserve"
        case .neverToFailure: "§2 Level: never RIR 0"
        case .accessoryEffort: "§6 Effort per session: RIR 1–2 only for the one heavy lift; accessories RIR 2–3, rehab items ≥3"
        case .frozenDoses: "§3 pain >5/10: no dose rises anywhere; §6 A clinician hold freezes every dose, protocol weeks included"
        case .reactiveTendon: "§6 A reactive tendon (pain ≥6/10 at the check-in): isometric holds or rest, not more repetitions"
        case .lightCalfDay: "§6 A reactive tendon: between heavy heel-raise days the calf work stays light (double-leg or isometric)"
        case .calfFloor: "§6 Volume floors: calf work in a full session is at least 2 × 10"
        case .spacing: "§6 Spacing: 48 h between strength sessions from the first week of a block"
        case .stretchesNotStrength: "§1 Stretches never fill a strength slot"
        case .raceWeekRuns: "§6 Race week, the run column: the day before a race rest or an easy shake-out; no long run in the last 6 days before a half or a marathon"
        case .staleSession: "§6 Stale sessions: an interrupted session from an earlier day is not resumed as today's"
        case .ownedLoad: "§6 Words follow values: a load a runner's equipment cannot give is not asked (no weight past the heaviest they own)"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}

/// One rule broken by one session (and the exercise that breaks it, when one does).
public struct RuleViolation: Hashable, Sendable, CustomStringConvertible {
    public var rule: PrescriptionRule
    public var date: CalendarDate
    public var cardID: String?
    public var detail: String

    public var description: String {
        "\(rule.rawValue) on \(date)" + (cardID.map { " (\($0))" } ?? "") + ": \(detail) — DOMAIN \(rule.domainLine)"
    }
}
