/// Rule: the reason each exercise is in the plan, tied to this runner (DOMAIN.md §2: every choice can be
/// explained): what the exercise does, its best qualities, the goal, the injuries it serves, and how
/// missing equipment changed it.
enum WhyText {
    static func purpose(_ role: PlanItem.Role) -> String {
        switch role {
        case .warmUp: "Warm-up: warm muscles and one light set of bridges wake the glutes before the work"
        case .coolDown: "Cool-down: an easy walk and two stretches bring your breathing and heart rate down"
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
        case .programme: "In the programme you were given"
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
        let scores = Quality.allCases.map { ($0, card.score($0)) }
        let best = scores.map(\.1).max() ?? 0
        guard best >= 2 else { return nil }
        return scores.filter { $0.1 == best }.map { "\($0.0.title.lowercased()) \(best)/3" }.joined(separator: ", ")
    }

    static func injuryClause(_ card: ExerciseCard, profile: Profile) -> String? {
        let served = profile.injuries.filter { card.injuries.contains($0.injury) }
        guard !served.isEmpty else { return nil }
        return served.map { status in
            status.isCurrent ? "works on your \(status.injury.phrase) (pain \(status.pain)/10)"
                : "guards against your past \(status.injury.phrase)"
        }.joined(separator: "; ")
    }

    /// The quality a role is mostly about: what a weaker stand-in scores lower on.
    static func quality(of role: PlanItem.Role) -> Quality? {
        switch role {
        case .singleLeg: .singleLeg
        case .heavyLift, .calf, .carry: .loadTolerance
        case .gluteMed, .core: .jointControl
        case .plyometric: .carryover
        case .warmUp, .injuryModule, .painRelief, .stretch, .coolDown, .programme: nil
        }
    }

    /// What the card does in its role, true for this card: a body-weight bridge in the heavy lift's
    /// place is not a heavy lift, and says so.
    static func purpose(_ role: PlanItem.Role, card: ExerciseCard) -> String {
        if role == .heavyLift && card.score(.loadTolerance) < 2 {
            return "Hip strength for push-off, in place of a heavy lift your equipment cannot load"
        }
        return purpose(role)
    }

    /// - Parameter standIns: required items the card is done without, using its household substitute.
    static func why(card: ExerciseCard, role: PlanItem.Role, profile: Profile, origin: ExerciseSelector.Origin,
                    variantOf: ExerciseCard?, easierBecauseOfPain: Bool, standIns: [Equipment] = [], earned: Bool = false) -> String {
        var text = purpose(role, card: card)
        if let q = qualities(card) { text += " (\(q))" }
        text += ", " + goalClause(profile)
        if let injuries = injuryClause(card, profile: profile) { text += "; " + injuries }
        switch origin {
        case .direct: break
        case let .regression(of, missing):
            // "In place of", not "the easier version of": the runner may never have done the other card.
            text += "; in place of \(of.name), which needs " + missing.map(\.title).joined(separator: " and ")
        case let .weakerRegression(of, missing):
            text += "; instead of \(of.name), which needs " + missing.map(\.title).joined(separator: " and ")
            if let quality = quality(of: role), card.score(quality) < of.score(quality) {
                text += ": it scores lower on \(quality.title.lowercased()) (\(card.score(quality))/3 against \(of.score(quality))/3)"
            }
        case .relaxed:
            text += "; the closest fit for your equipment"
        }
        if !standIns.isEmpty { text += "; done without " + standIns.map(\.title).joined(separator: " and ") + " (see the note)" }
        // Only the log can say the easier card was mastered; the calendar only proposes the next step.
        if let variantOf {
            text += earned ? "; the harder variant of \(variantOf.name), now that your log shows it done well twice"
                : "; the next step after \(variantOf.name), once your log shows that one done well"
        }
        if easierBecauseOfPain { text += "; one step easier while your pain is above \(PlanConstants.regressPain)/10" }
        return text + "."
    }

    /// "Glute bridge instead of Trap-bar deadlift: no trap bar.": the note on a card that replaces one the
    /// runner lacks the equipment for.
    static func replacementNote(card: ExerciseCard, of original: ExerciseCard, missing: [Equipment]) -> String {
        "\(card.name) instead of \(original.name): no " + missing.map(\.title).joined(separator: " and ") + "."
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
