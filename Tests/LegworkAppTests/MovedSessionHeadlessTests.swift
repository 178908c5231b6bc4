import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// A session done on another day than planned is fitted to the day it is done: on the long run's day it
/// comes without its heavy lift (DOMAIN §2 Session structure; §6 After the long run), and says so.
@Suite struct MovedSessionHeadlessTests {
    final class Today: @unchecked Sendable { var day = CalendarDate(year: 2026, month: 3, day: 2)! }

    static func runner() -> Profile {
        var profile = Profile()
        profile.experience = .regular
        profile.goal = .pr
        profile.runDays = [.tue, .thu, .sat, .sun]
        profile.longRunDay = .sun
        profile.strengthDays = 2
        profile.sessionMinutes = .long
        profile.equipment = [.mat, .dumbbells, .step, .bench]
        profile.dumbbellMaxKg = 24
        return profile
    }

    @Test func theNextSessionOnTheLongRunsDayComesWithoutItsHeavyLift() throws {
        let today = Today()
        let context = AppContext(settings: AppSettings(today: { today.day }), store: try Store.inMemory())
        try context.saveProfile(Self.runner(), today: today.day)
        let plan = try context.plan(for: Self.runner(), today: today.day)
        // A long run's day in a usual week whose next session has a heavy lift.
        let days = plan.weeks.filter { $0.phase != .deload }.flatMap(\.days)
        let pair = days.indices.lazy.compactMap { i -> (CalendarDate, PlanSession)? in
            guard days[i].run == .long, days[i].session == nil,
                  let next = days[(i + 1)...].first(where: { $0.session?.kind == .strength })?.session,
                  next.items.contains(where: { $0.role == .heavyLift }) else { return nil }
            return (days[i].date, next)
        }.first
        let (longRunDay, _) = try #require(pair, "the plan has a long run followed by a session with a heavy lift")
        today.day = longRunDay
        guard case let .run(session, preface) = try StrengthDoor.resolve(.next, context: context, checkIn: nil) else {
            Issue.record("no session offered on the long run's day")
            return
        }
        #expect(!session.items.isEmpty)
        #expect(!session.items.contains { $0.role == .heavyLift })
        #expect(preface.contains { $0.contains("you run long today") }, "\(preface)")
        // Checked as the rules check every session a door produces.
        let rules = RuleContext(profile: Self.runner(), safety: try context.safetyDecision(today: longRunDay), catalog: context.catalog,
                                plan: try context.plan(for: Self.runner(), today: longRunDay), jumpGate: JumpGate())
        #expect(SessionRules.check(ProducedSession(session, date: longRunDay, path: .next), rules).isEmpty)
        // The day before (an easy run) the same session keeps it.
        today.day = longRunDay.adding(days: -1)
        if case let .run(before, _) = try StrengthDoor.resolve(.next, context: context, checkIn: nil), before.title == session.title {
            #expect(before.items.contains { $0.role == .heavyLift })
        }
    }
}
