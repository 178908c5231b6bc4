import Testing
@testable import LegworkKit

/// A long run done on another day than planned moves the next strength session, so nothing heavy for the
/// legs falls within 24 h before a key run nor, before a half, on the day after the long run; the plan
/// says why (DOMAIN §2 Scheduling).
@Suite("Plan rule: a key run done on another day moves the strength days")
struct PlanMovedKeyRunTests {
    let monday = PlanFixtures.monday
    /// Runs mon, wed (workout), fri, sun (long), for a half: strength goes on Wednesday and Friday.
    let runner = PlanFixtures.profile {
        $0.experience = .regular
        $0.runDays = [.mon, .wed, .fri, .sun]; $0.workoutDay = .wed; $0.longRunDay = .sun
        $0.strengthDays = 2; $0.raceDistance = .half
    }

    func strengthDays(_ plan: Plan) -> [Weekday] {
        plan.weeks[0].days.filter { $0.session?.kind == .strength }.map(\.weekday)
    }

    @Test func aLongRunOnThursdayMovesFridaysSession() {
        let generator = PlanGenerator(cards: PlanPersonaTests.bundledCards)
        let thursday = monday.adding(days: 3)
        #expect(strengthDays(generator.plan(for: runner, start: monday, today: thursday)) == [.wed, .fri])

        let runs = [RunRecord(date: thursday, metres: 18_000, kind: .long, sourceID: "t")]
        let running = RunningLoad.current(runs: runs, profile: runner, today: thursday)
        #expect(running.moved == MovedKeyRuns(runs: [thursday: .long], done: [monday.adding(days: 6)]))
        let plan = generator.plan(for: runner, start: monday, today: thursday, running: running)
        let days = plan.weeks[0].days
        #expect(days[3].run == .long && days[6].run == .easy)
        // Friday is now the day after the long run: its session moves to Sunday, an easy day now that the
        // long run is done; Wednesday's session, already past, stays.
        #expect(strengthDays(plan) == [.wed, .sun])
        #expect(days[4].session == nil)
        #expect(plan.warnings.contains { $0.kind == .runningLoad && $0.message.hasPrefix("You ran your long run on Thursday") })
        // Every session still passes the rules.
        for week in plan.weeks { for day in week.days where day.session != nil {
            #expect(WeeklySchedule(profile: runner, start: monday, race: nil, moved: running.moved).strengthBlock(on: day.date) == nil || day.session?.kind != .strength)
        } }
    }

    @Test func aLongRunOnItsPlannedDayMovesNothing() {
        let sunday = monday.adding(days: 6)
        let moved = MovedKeyRuns.from(runs: [RunRecord(date: sunday, metres: 18_000, kind: .long, sourceID: "s"),
                                             RunRecord(date: monday.adding(days: 1), metres: 8_000, kind: .easy, sourceID: "e")], profile: runner)
        #expect(moved == MovedKeyRuns())
    }

    @Test func aWorkoutLaterThanPlannedLeavesTheDayBeforeItFree() {
        // The workout planned Wednesday was run on Thursday: Wednesday has passed, Thursday is a key run day now.
        let thursday = monday.adding(days: 3)
        let moved = MovedKeyRuns.from(runs: [RunRecord(date: thursday, metres: 10_000, kind: .workout, sourceID: "w")], profile: runner)
        let schedule = WeeklySchedule(profile: runner, start: monday, race: nil, moved: moved)
        #expect(moved.done.isEmpty)
        #expect(schedule.run(on: thursday) == .workout)
        // Wednesday has gone: the plan does not take back a session that was on it.
        #expect(schedule.strengthBlock(on: monday.adding(days: 2)) == nil)
    }

    /// An imported run (no kind stated) that is plainly the week's long run moves the strength days as a
    /// typed long run does; one barely longer than the others, or alone in its week, does not.
    @Test func anImportedRunPlainlyTheWeeksLongestCountsAsTheLongRun() {
        let thursday = monday.adding(days: 3)
        func run(_ day: Int, _ km: Double, _ kind: RunKind = .other) -> RunRecord {
            RunRecord(date: monday.adding(days: day), metres: km * 1000, kind: kind, sourceID: "r\(day)")
        }
        #expect(MovedKeyRuns.from(runs: [run(0, 8), run(2, 7), run(3, 18)], profile: runner)
                == MovedKeyRuns(runs: [thursday: .long], done: [monday.adding(days: 6)]))
        #expect(MovedKeyRuns.from(runs: [run(0, 8), run(2, 9), run(3, 10)], profile: runner) == MovedKeyRuns())
        #expect(MovedKeyRuns.from(runs: [run(3, 18)], profile: runner) == MovedKeyRuns())
        // A stated kind is taken as stated.
        #expect(MovedKeyRuns.from(runs: [run(0, 8), run(2, 7), run(3, 18, .easy)], profile: runner) == MovedKeyRuns())
    }
}
