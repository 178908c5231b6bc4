/// Rule: the reason each exercise is in the plan, tied to this runner (DOMAIN.md §2: every choice can be
/// explained): what the exercise does, its best qualities, the goal, the injuries it serves, and how
/// missing equipment changed it.
enum WhyText {
    static func purpose(_ role: PlanItem.Role) -> String {
        switch role {
        case .gluteMed: "Glute med: keeps your pelvis level and your knee on track at every landing"
        case .plyometric: "Springy jumps: stiffer ankles and better running economy"
        case .heavyLift: "Heavy lift: more force for push-off, without bulk"
        case .singleLeg: "Single-leg strength: running is one leg at a time"
        case .calf: "Calf strength: your calves take the biggest load of every stride"
        case .carry: "Loaded carry: trunk and hips stay stable as fatigue sets in"
        case .core: "Trunk control: less wasted motion late in a run"
        case .injuryModule: "Injury module"
        case .painRelief: "Pain relief"
        case .stretch: "Mobility for recovery, not injury prevention"
        }
    }

    static func goalClause(_ profile: Profile) -> String {
        switch profile.goal {
        case .first5k: "for your first 5K"
        case .stamina: "for longer, steadier runs"
        case .race: profile.raceDistance.map { "for your \($0.title)" } ?? "for your race"
        case .pr: "for your PR"
        case .painFree: "to keep you running pain-free"
        }
    }

    /// "single-leg 3/3, carryover 3/3": the qualities the card scores best on.
    static func qualities(_ card: ExerciseCard) -> String? {
        let best = Quality.allCases.map { card.score($0) }.max() ?? 0
        guard best >= 2 else { return nil }
        return Quality.allCases.filter { card.score($0) == best }
            .map { "\($0.title.lowercased()) \(best)/3" }.joined(separator: ", ")
    }

    static func injuryClause(_ card: ExerciseCard, profile: Profile) -> String? {
        let served = profile.injuries.filter { card.injuries.contains($0.injury) }
        guard !served.isEmpty else { return nil }
        return served.map { status in
            status.isCurrent ? "works on your \(status.injury.phrase) (pain \(status.pain)/10)"
                : "guards against your past \(status.injury.phrase)"
        }.joined(separator: "; ")
    }

    static func why(card: ExerciseCard, role: PlanItem.Role, profile: Profile, origin: ExerciseSelector.Origin,
                    variantOf: ExerciseCard?, easierBecauseOfPain: Bool) -> String {
        var text = purpose(role)
        if let q = qualities(card) { text += " (\(q))" }
        text += ", " + goalClause(profile)
        if let injuries = injuryClause(card, profile: profile) { text += "; " + injuries }
        switch origin {
        case .direct: break
        case let .regression(of, missing):
            text += "; the easier version of \(of.name), which needs " + missing.map(\.title).joined(separator: " and ")
        case let .substitute(missing, _):
            text += "; done without " + missing.map(\.title).joined(separator: " and ") + " (see the note)"
        case .relaxed:
            text += "; the closest fit for your equipment"
        }
        if let variantOf { text += "; the harder variant of \(variantOf.name), now that it has been mastered" }
        if easierBecauseOfPain { text += "; one step easier while your pain is above \(PlanConstants.regressPain)/10" }
        return text + "."
    }
}

extension Injury {
    /// The injury as it reads inside a sentence ("your IT band syndrome", "your runner's knee").
    var phrase: String {
        switch self {
        case .itbs: "IT band syndrome"
        case .knee: "runner's knee"
        case .shins: "shin splints"
        case .achilles: "Achilles tendinopathy"
        case .plantar: "plantar fasciitis"
        case .other: "injury"
        }
    }
}
