import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// The plan follows the runs that happened: the weekly distance sets the strength frequency and the
/// jumps (DOMAIN §2 Frequency, §6 Mileage), the load rules show as warnings with the numbers, and pain
/// logged with a run reaches the same safety gate as the check-in.
@Suite("The plan follows the runs")
struct RunsInThePlanHeadlessTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)!  // a Wednesday

    /// Asks for three strength days and says 30 km a week: base weeks hold three.
    static func runner() -> Profile {
        var profile = Profile()
        profile.experience = .regular
        profile.weeklyKm = 30
        profile.strengthDays = 3
        profile.runDays = [.tue, .thu, .sat, .sun]
        profile.longRunDay = .sun
        return profile
    }

    func app() throws -> AppContext {
        let context = AppContext(settings: AppSettings(today: { Self.today }), store: try Store.inMemory())
        try context.saveProfile(Self.runner(), today: Self.today.adding(days: -42))
        return context
    }

    /// Strength sessions in each base week of the plan.
    func baseWeekSessions(_ plan: Plan) -> [Int] {
        plan.weeks.filter { $0.phase == .base }.map { $0.days.filter { $0.session?.kind == .strength }.count }
    }

    /// Six weeks of runs from a Strava export, `km` a week over four runs.
    func importSixWeeks(_ context: AppContext, km: Double) throws {
        var runs: [RunRecord] = []
        let monday = Self.today.startOfWeek.adding(days: -42)
        for week in 0..<7 {
            for (n, day) in [1, 3, 5, 6].enumerated() {
                let date = monday.adding(days: 7 * week + day)
                guard date <= Self.today else { continue }
                runs.append(RunRecord(date: date, metres: km * 1000 / 4, kind: .other, source: "strava", sourceID: "\(week)-\(n)"))
            }
        }
        _ = try context.store.importRuns(runs)
    }

    @Test func sixWeeksOfHighMileageRunsCutTheStrengthDays() throws {
        let context = try app()
        let before = try context.plan(for: Self.runner(), today: Self.today)
        #expect(baseWeekSessions(before).contains(3))
        try importSixWeeks(context, km: 88)
        let after = try context.plan(for: Self.runner(), today: Self.today)
        #expect(!baseWeekSessions(after).isEmpty && baseWeekSessions(after).allSatisfy { $0 <= 2 })
        #expect(after.warnings.contains { $0.kind == .runningLoad && $0.message.hasPrefix("Your runs of the last weeks come to 88 km a week (your profile says 30 km)") })
        // Under its own heading in the printed plan, not among what the plan could not do.
        let text = PlanText.plain(after, weeks: [])
        let running = try #require(text.range(of: "Your running:\n- Your runs of the last weeks come to 88 km a week"))
        #expect(text.range(of: "What the plan could not do as asked:").map { $0.lowerBound > running.upperBound } ?? true)
    }

    @Test func aSteepRiseKeepsStrengthAtTwoAndSaysWhy() throws {
        let context = try app()
        let monday = Self.today.startOfWeek
        _ = try context.store.importRuns([
            RunRecord(date: monday.adding(days: -13), metres: 20_000, kind: .other, source: "strava", sourceID: "a"),
            RunRecord(date: monday.adding(days: 1), metres: 30_000, kind: .other, source: "strava", sourceID: "b"),
        ])
        let plan = try context.plan(for: Self.runner(), today: Self.today)
        #expect(baseWeekSessions(plan).allSatisfy { $0 <= 2 })
        #expect(plan.warnings.contains { $0.message.hasPrefix("This week 30 km, up 50% on two weeks before (20 km)") })
        #expect(plan.warnings.contains { $0.kind == .sessionsCapped && $0.message.contains("rose steeply") })
    }

    @Test func aLongRunLoggedOnAnotherDayMovesTheNextSession() throws {
        let thursday = Self.today.adding(days: 1)
        let context = AppContext(settings: AppSettings(today: { thursday }), store: try Store.inMemory())
        var profile = Self.runner()
        profile.runDays = [.mon, .wed, .fri, .sun]; profile.workoutDay = .wed; profile.longRunDay = .sun
        profile.strengthDays = 2; profile.raceDistance = .half
        try context.saveProfile(profile, today: thursday.adding(days: -42))
        func strengthDays() throws -> [Weekday] {
            let week = try #require(try context.plan(for: profile, today: thursday).weeks.first { $0.contains(thursday) })
            return week.days.filter { $0.session?.kind == .strength }.map(\.weekday)
        }
        #expect(try strengthDays() == [.wed, .fri])
        _ = try RunAction.log(.init(distance: "18km", kind: "long"), context: context)
        #expect(try strengthDays() == [.wed, .sun])
        #expect(try context.plan(for: profile, today: thursday).warnings.contains { $0.message.hasPrefix("You ran your long run on Thursday 3 December, not on Sunday") })
    }

    @Test func painLoggedWithARunReachesTheSafetyGate() throws {
        let context = try app()
        #expect(try !context.safetyDecision(today: Self.today).painEpisode)
        _ = try RunAction.log(.init(distance: "8km", kind: "easy", pain: 7), context: context)
        let decision = try context.safetyDecision(today: Self.today)
        #expect(decision.painEpisode && decision.worstPain == 7 && decision.flare)
        // Pain 3 is within the limit: no episode, but a flare (daily pain above 3 blocks jumps).
        let other = try app()
        _ = try RunAction.log(.init(distance: "8km", kind: "easy", pain: 3), context: other)
        #expect(try !other.safetyDecision(today: Self.today).painEpisode)
    }
}
