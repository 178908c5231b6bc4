import Testing
@testable import LegworkKit

/// What the screens say is plain words: no command syntax (a command line, a KEY=VALUE, backquotes)
/// in the safety reasons, the day's outlook, the jump gate's hint or a one-card session's error.
@Suite struct ScreenWordsTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 1)!

    static func commandFree(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.contains("`") && !text.contains("legwork ") && !text.contains("="), "\(text)", sourceLocation: sourceLocation)
    }

    @Test func safetyReasonsSayWhereToRecordAClearanceInWords() {
        let safety = SafetyGate.decide(profile: Profile(redFlags: [.bonePain]), today: Self.today)
        #expect(safety.reasons.contains { $0.contains("Cleared by a clinician") })
        safety.reasons.forEach { Self.commandFree($0) }
    }

    @Test func noPlanYetPointsToTheHomeScreen() {
        let outlook = TodayOutlook.make(plan: nil, today: Self.today, safety: SafetyGate.decide(profile: Profile(), today: Self.today))
        ([outlook.headline] + outlook.details).forEach { Self.commandFree($0) }
    }

    @Test func theJumpGateSaysHowTheHopTestIsTakenInWords() throws {
        let profile = PlanFixtures.profile { $0.experience = .regular; $0.injuries = [InjuryStatus(.achilles, .past)]; $0.goal = .painFree }
        let block = try #require(PlyoGate.weekBlock(profile: profile, weekNumber: 5, phase: .build))
        #expect(block.contains("strength check"))
        Self.commandFree(block)
    }

    @Test func aCardThatCannotRunSaysWhyInWords() {
        let errors: [TodaySessionError] = [.unknownCard("stepup", suggestions: []), .notForLevel("trap_bar_deadlift", level: .beginner),
                                           .needsEquipment("Goblet squat", missing: ["dumbbells"])]
        errors.forEach { Self.commandFree($0.description) }
    }
}
