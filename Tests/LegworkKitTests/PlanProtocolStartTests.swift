import Testing
@testable import LegworkKit

/// DOMAIN §6, Protocols count from their first session: HSR's week 1 (3 × 15RM) is the 7 days from the
/// first protocol session, whichever day of the block's week the injury was reported.
@Suite("Plan protocol start")
struct PlanProtocolStartTests {
    static let generator = PlanGenerator(cards: PlanPersonaTests.bundledCards)
    /// A Monday: the block's start.
    static let start = CalendarDate(year: 2026, month: 1, day: 5)!
    static let runner = Profile(experience: .regular, goal: .stamina, runDays: [.tue, .thu, .sat], longRunDay: .sat,
                                sessionMinutes: .standard, equipment: [.mat, .step, .dumbbells])

    /// The heel-raise protocol's sessions from `from` on: date and dose of its first raise.
    static func protocolDoses(_ plan: Plan, from: CalendarDate) -> [(CalendarDate, String)] {
        plan.sessionDays.filter { $0.date >= from }.compactMap { day in
            day.session!.items.first { $0.role == .injuryModule && $0.rir == nil }.map { (day.date, $0.dose.summary) }
        }
    }

    @Test(arguments: [3, 6])
    func anAchillesReportedMidWeekStartsAtWeekOnesDose(weekday offset: Int) throws {
        var profile = Self.runner
        var block = TrainingBlock.first(Self.start)
        // Two weeks without the injury, the app opening the plan each Monday.
        for w in 0..<2 { block = Self.generator.adapt(block, to: profile, today: Self.start.adding(days: 7 * w)) }
        // Week 3, on a Thursday (or a Sunday): the profile gets a current Achilles injury.
        let reported = Self.start.adding(days: 14 + offset)
        profile.injuries = [InjuryStatus(.achilles, .current(pain: 3))]
        block = Self.generator.adapt(block, to: profile, today: reported)
        // The runner opens the plan that day and again each following day, as the app would.
        var seen: [(CalendarDate, String)] = []
        for day in 0..<28 {
            let today = reported.adding(days: day)
            block = Self.generator.adapt(block, to: profile, today: today)
            let plan = Self.generator.plan(for: profile, start: block.start, today: today, block: block)
            if let first = Self.protocolDoses(plan, from: today).first, first.0 == today { seen.append(first) }
        }
        let first = try #require(seen.first)
        #expect(first.1 == "3 × 15", "first protocol session \(first.0): \(first.1)")
        let weekOne = seen.filter { $0.0.days(since: first.0) < 7 }
        #expect(weekOne.allSatisfy { $0.1 == "3 × 15" }, "\(weekOne.map { "\($0.0) \($0.1)" })")
        #expect(weekOne.count >= 3, "HSR's week 1 holds at least three sessions")
        #expect(seen.filter { (7..<21).contains($0.0.days(since: first.0)) }.allSatisfy { $0.1 == "3 × 12" }, "weeks 2–3: 3 × 12RM")
    }
}
