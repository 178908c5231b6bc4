import Foundation
import Testing
@testable import LegworkKit

/// The block as a function of dates (issue 23): catching a stored block up to today is arithmetic, crafted
/// counts are clamped, and a date that cannot be right is named instead of resetting the block.
@Suite("Training block under any clock")
struct BlockClockTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 6)!
    static let runner = Profile(experience: .regular, goal: .stamina, runDays: [.tue, .thu, .sat], longRunDay: .sat)

    /// The rollover as it was done before: every block in turn, from the phase calendar.
    static func blockByBlock(_ start: TrainingBlock, to today: CalendarDate, for profile: Profile) -> TrainingBlock {
        var block = start
        while true {
            let calendar = PhaseCalendar.make(profile: profile, start: block.start, continuing: block.continues)
            let last = calendar.firstMonday.adding(days: 7 * calendar.phases.count - 1)
            guard last < today else { return block }
            block = block.next(weeks: calendar.phases, race: calendar.race != nil, start: last.adding(days: 1),
                               afterMarathon: profile.raceDistance == .marathon)
        }
    }

    static func racing(_ distance: RaceDistance, on date: CalendarDate) -> Profile {
        var profile = runner
        profile.goal = .race; profile.raceDistance = distance; profile.raceDate = date
        return profile
    }

    /// The arithmetic gives the very block that building each block in turn gives: without a race, with a
    /// race before, inside or long after the span, and a marathon's return week.
    @Test(arguments: [0, 3, 60, 400, 1_500, 4_000])
    func catchingUpGivesTheBlockEachBlockInTurnGives(days: Int) {
        let start = Self.today.adding(days: -days)
        let profiles = [Self.runner, Self.racing(.marathon, on: start.adding(days: days / 2)), Self.racing(.fiveK, on: start.adding(days: 30)),
                        Self.racing(.half, on: start.adding(days: days + 200)), Self.racing(.tenK, on: start.adding(days: -90)),
                        Self.racing(.marathon, on: start.adding(days: 5 * 365))]
        for profile in profiles {
            for first in [TrainingBlock.first(start), TrainingBlock(start: start, number: 4, weeksBefore: 30, stepsBefore: 22)] {
                #expect(first.current(on: Self.today, for: profile) == Self.blockByBlock(first, to: Self.today, for: profile),
                        "start \(start), race \(profile.raceDate.map(String.init(describing:)) ?? "none")")
            }
        }
    }

    /// A block stored as starting in year 1 (a crafted backup), or made while the clock read 1970, reaches
    /// today in a handful of steps, whatever the race.
    @Test func aBlockFromYearOneTakesAHandfulOfSteps() throws {
        let yearOne = try #require(CalendarDate(year: 1, month: 1, day: 1))
        for profile in [Self.runner, Self.racing(.marathon, on: Self.today.adding(days: 40)), Self.racing(.fiveK, on: Self.today.adding(days: -400))] {
            for start in [yearOne, CalendarDate(year: 1970, month: 1, day: 1)!] {
                let (block, calendars) = TrainingBlock.first(start).catchingUp(to: Self.today, for: profile)
                #expect(calendars <= 8, "\(calendars) phase calendars")
                #expect(block.start <= Self.today && block.current(on: Self.today, for: profile) == block, "the block holds today")
                #expect(block.weeksBefore <= TrainingBlock.maxWeeks && block.number <= TrainingBlock.maxWeeks)
            }
        }
    }

    /// Block −5 or 10^15, negative weeks, more steps than weeks: used clamped, never as they are.
    @Test func craftedCountsAreClamped() throws {
        let json = #"{"start":"2026-11-02","number":-5,"weeks-before":1000000000000000,"steps-before":-3}"#
        let crafted = try JSONDecoder().decode(TrainingBlock.self, from: Data(json.utf8))
        let block = crafted.current(on: Self.today, for: Self.runner)
        #expect(block.number == 1 && block.weeksBefore == TrainingBlock.maxWeeks && block.stepsBefore == 0)
        let huge = TrainingBlock(start: Self.today, number: 1_000_000_000_000_000, weeksBefore: -8, stepsBefore: 40).bounded
        #expect(huge.number == TrainingBlock.maxWeeks && huge.weeksBefore == 0 && huge.stepsBefore == 0)
        let plan = PlanGenerator(cards: try Catalog.bundled().cards).plan(for: Self.runner, start: block.start, block: block)
        #expect(plan.weeks.first?.number == TrainingBlock.maxWeeks + 1)
    }

    /// A clock set back (1970, 1990, 40 days) keeps block 7 and its weeks, as it was.
    @Test(arguments: [CalendarDate(year: 1970, month: 1, day: 1)!, CalendarDate(year: 1990, month: 6, day: 1)!, today.adding(days: -40)])
    func aClockSetBackKeepsTheBlock(day: CalendarDate) {
        let seventh = TrainingBlock(start: Self.today.adding(days: -20).startOfWeek, number: 7, weeksBefore: 48, stepsBefore: 36)
        #expect(seventh.current(on: day, for: Self.runner) == seventh)
        #expect(BlockClock.doubt(block: seventh, today: day, lastLogged: Self.today.adding(days: -2)) == .beforeBlock(today: day, start: seventh.start))
    }

    @Test func theClockIsDoubtedOnlyWhenItCannotBeRight() {
        let block = TrainingBlock(start: Self.today.adding(days: -30), number: 3, weeksBefore: 16, stepsBefore: 12)
        let lastLogged = Self.today.adding(days: -3)
        #expect(BlockClock.doubt(block: block, today: Self.today, lastLogged: lastLogged) == nil)
        #expect(BlockClock.doubt(block: block, today: block.start.adding(days: -BlockClock.toleranceDays), lastLogged: nil) == nil,
                "a day before the start: a time zone crossed")
        #expect(BlockClock.doubt(block: block, today: Self.today.adding(days: -5), lastLogged: lastLogged)
            == .beforeLog(today: Self.today.adding(days: -5), last: lastLogged))
        #expect(BlockClock.doubt(block: block, today: Self.today.adding(days: 400), lastLogged: lastLogged) == nil,
                "a year away is a runner coming back")
        // A first run while the clock read 1990, nothing logged since.
        let ninety = TrainingBlock.first(CalendarDate(year: 1990, month: 3, day: 1)!)
        #expect(BlockClock.doubt(block: ninety, today: Self.today, lastLogged: nil)
            == .longAgo(today: Self.today, start: ninety.start, lastSeen: ninety.start))
        #expect(BlockClock.doubt(block: ninety, today: Self.today, lastLogged: Self.today) == nil, "a session logged today settles it")
        for doubt in [ClockDoubt.beforeBlock(today: Self.today, start: block.start), .beforeLog(today: Self.today, last: lastLogged),
                      .longAgo(today: Self.today, start: ninety.start, lastSeen: ninety.start)] {
            #expect(doubt.notice.kind == .clock && doubt.message.contains("check") && !doubt.message.contains("="))
        }
    }
}
