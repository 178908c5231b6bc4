import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// The whole strength check run headless on an in-memory store, on a chosen day: the answers typed, the
/// gate's choice of tests, what is saved, the report, and the plan and jump gate that follow.
@Suite struct CheckHeadlessTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 1)!

    static func context() throws -> AppContext {
        AppContext(settings: AppSettings(today: { Self.day }), store: try Store.inMemory())
    }

    /// Runs the interview on `lines`, returning what it printed.
    static func run(_ context: AppContext, profile: Profile, _ lines: [String]) throws -> (StrengthCheck?, [String]) {
        var input = lines[...]
        var said: [String] = []
        let check = try CheckAction.interview(context, profile: profile, read: { input.popFirst() }, say: { said.append($0) })
        return (check, said)
    }

    static let everyAnswer = ["18", "26", "22", "24", "50", "58", "n", "n", "n", "y", "n", "n", "11", "12", "y", "y", "y"]

    @Test func theWholeCheckIsSavedReadAgainstTheNormsAndShapesThePlan() throws {
        let context = try Self.context()
        var profile = DoorsHeadlessTests.runner()
        profile.age = 35
        profile.experience = .regular
        try context.saveProfile(profile, today: Self.day)
        #expect(try !context.plan(for: profile, today: Self.day).sessionDays.contains { $0.session?.jumps == true })

        let (check, said) = try Self.run(context, profile: profile, Self.everyAnswer)
        #expect(check?.scores.count == CheckTest.allCases.count)
        #expect(try context.strengthChecks() == [check!])
        #expect(said.contains("  Single-leg heel raises: 18 left, 26 right (usual for your age: 30)"))
        #expect(said.contains("  Calves: below the usual for your age; left 31% weaker than right"))
        #expect(said.contains("  Hip control: the knee, hip or trunk moved out of line on the right"))
        #expect(said.contains("Return to jumping: not yet (fewer than 25 heel raises on the left)."))

        let plan = try context.plan(for: profile, today: Self.day)
        let calf = try #require(plan.sessionDays.flatMap { $0.session!.items }.first { $0.role == .calf && $0.why.hasPrefix("Calves first") })
        #expect(calf.why.hasPrefix("Calves first: your heel-raise test was 18 left, 26 right."))
        #expect(!plan.warnings.contains { $0.kind == .strengthCheck }, "just done: no check proposed")
        #expect(try context.plan(for: profile, today: Self.day.adding(days: 28)).warnings.contains { $0.kind == .strengthCheck })
        // Home proposes the retest from 4 weeks on, not before.
        #expect(!SessionStart.todayLines(context: context, today: Self.day.adding(days: 27)).contains { $0.hasPrefix("Strength check") })
        #expect(SessionStart.todayLines(context: context, today: Self.day.adding(days: 28)).last?.hasPrefix("Strength check due: it has been 4 weeks") == true)
    }

    @Test func aPassedReturnToJumpingOpensTheJumpGate() throws {
        let context = try Self.context()
        var profile = DoorsHeadlessTests.runner()
        profile.experience = .regular
        try context.saveProfile(profile, today: Self.day)
        var answers = Self.everyAnswer
        answers[0] = "27"; answers[1] = "28"
        let (_, said) = try Self.run(context, profile: profile, answers)
        #expect(said.contains("Return to jumping: passed — jumps may come back into your plan."))
        #expect(try context.plan(for: profile, today: Self.day).sessionDays.contains { $0.session?.jumps == true })
    }

    @Test func theGateLeavesHopsOutAndEndOfInputKeepsWhatWasDone() throws {
        let context = try Self.context()
        var profile = DoorsHeadlessTests.runner()
        profile.injuries = [InjuryStatus(.knee, .current(pain: 4))]
        try context.saveProfile(profile, today: Self.day)
        let (check, said) = try Self.run(context, profile: profile, ["20", "oops", "21"])
        #expect(said.contains { $0.hasPrefix("Left out today: 10 single-leg hops. No hops while an injury hurts more than 3/10") })
        #expect(said.contains("Not understood: type a whole number from 0 to 200 (or skip)."))
        #expect(said.contains("The input ended before the check was over: the tests done so far are saved."))
        #expect(check?.scores == [CheckScore(.heelRaise, left: 20, right: 21)])
        #expect(try context.strengthChecks() == [check!])
    }

    @Test func nothingRecordedSavesNothingAndAnUrgentSignAllowsNoTest() throws {
        let context = try Self.context()
        var profile = DoorsHeadlessTests.runner()
        try context.saveProfile(profile, today: Self.day)
        let (check, said) = try Self.run(context, profile: profile, [])
        #expect(check == nil && said.last == "Nothing recorded, so nothing was saved.")
        #expect(try context.strengthChecks().isEmpty)
        profile.redFlags = [.chestPain]
        try context.saveProfile(profile, today: Self.day)
        #expect(throws: Failure.self) { try Self.run(context, profile: profile, Self.everyAnswer) }
    }
}
