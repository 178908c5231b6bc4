@testable import LegworkKit

/// Shared dates, profiles and checks for the plan tests.
enum PlanFixtures {
    /// A Monday.
    static let monday = CalendarDate(year: 2026, month: 3, day: 2)!

    static func date(_ text: String) -> CalendarDate { CalendarDate(text: text)! }

    static func profile(_ edit: (inout Profile) -> Void) -> Profile {
        var p = Profile()
        edit(&p)
        return p
    }

    static func cardsByID(_ cards: [ExerciseCard]) -> [String: ExerciseCard] {
        Dictionary(cards.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// What every strength session must hold (DOMAIN.md §2): one single-leg item scoring 3, one calf,
    /// one glute-med and one core item. Returns the missing parts.
    static func missingEssentials(_ session: PlanSession, cards: [String: ExerciseCard]) -> [String] {
        let used = session.items.compactMap { cards[$0.cardID] }
        var missing: [String] = []
        if !used.contains(where: { $0.score(.singleLeg) == 3 }) { missing.append("single-leg 3") }
        if !used.contains(where: { !Set($0.muscles.all).isDisjoint(with: [.calves, .soleus]) }) { missing.append("calf") }
        if !used.contains(where: { $0.muscles.all.contains(.gluteMed) }) { missing.append("glute med") }
        if !used.contains(where: { $0.kind == .core }) { missing.append("core") }
        return missing
    }

    /// Whether `warnings` explain why the essential `name` (from `missingEssentials`) is missing: a slot
    /// left empty or filled with a weaker exercise for lack of equipment.
    static func explainsMissing(_ name: String, _ warnings: [PlanNotice]) -> Bool {
        let role = ["single-leg 3": "single-leg", "calf": "calf", "glute med": "glute-med", "core": "core"][name] ?? name
        return warnings.contains { ($0.kind == .slotUnfilled || $0.kind == .equipment) && $0.message.hasPrefix("No \(role) exercise") }
    }

    /// Days with a strength session; the heel-raise protocol's own short sessions are not counted.
    static func strengthDays(_ plan: Plan) -> [PlanDay] {
        plan.sessionDays.filter { $0.session?.kind == .strength && !isProtocolSession($0.session!) }
    }

    /// A session of just an injury protocol (and its stretch), on a day of its own.
    static func isProtocolSession(_ session: PlanSession) -> Bool {
        session.kind == .strength && session.items.contains { $0.role == .injuryModule }
            && session.items.allSatisfy { $0.role == .injuryModule || $0.role == .stretch }
    }

    /// The run on the day after `day`, looked up in the plan (or from the profile's week pattern).
    static func runAfter(_ day: PlanDay, in plan: Plan, profile: Profile) -> PlanDay.Run? {
        let next = day.date.adding(days: 1)
        if let planned = plan.weeks.flatMap(\.days).first(where: { $0.date == next }) { return planned.run }
        return WeeklySchedule(profile: profile, start: plan.start, race: plan.raceDate).run(on: next)
    }
}
