import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// The application's rules reached without a terminal: the plan's start and block, the check-in recorded
/// by the environment when its screen says where to go, the starter session before any profile.
@Suite struct DoorsHeadlessTests {
    static let day = CalendarDate(year: 2026, month: 3, day: 2)!

    static func runner() -> Profile {
        var profile = Profile()
        profile.runDays = [.tue, .thu, .sat, .sun]
        profile.longRunDay = .sun
        profile.strengthDays = 2
        profile.injuries = [InjuryStatus(.knee, .current(pain: 2))]
        return profile
    }

    /// The first profile starts the block that day; an edit weeks later keeps it; once the block has run
    /// out the next one starts where it ended, and is stored by the next event that records the block
    /// (reading the plan never writes).
    @Test func theFirstProfileStartsTheBlockAndEditsKeepIt() throws {
        let app = try TestApp()
        #expect(try app.context.trainingBlock() == nil)
        try app.context.saveProfile(Self.runner(), today: Self.day)
        #expect(try app.context.trainingBlock() == TrainingBlock.first(Self.day))
        var edited = Self.runner()
        edited.injuries = [InjuryStatus(.knee, .current(pain: 1))]
        try app.context.saveProfile(edited, today: Self.day.adding(days: 30))
        #expect(try app.context.trainingBlock()?.start == Self.day)
        let first = try app.context.plan(for: edited, today: Self.day.adding(days: 30))
        #expect(first.start <= Self.day.adding(days: 30))
        let end = try #require(first.weeks.last?.days.last?.date)
        let next = try app.context.plan(for: edited, today: end.adding(days: 1))
        #expect(try app.context.trainingBlock()?.number == 1, "a read never writes")
        try app.context.recordBlock(today: end.adding(days: 1))
        let stored = try #require(try app.context.trainingBlock())
        #expect(stored.number == 2)
        #expect(stored.start == end.adding(days: 1))
        #expect(next.block == 2)
    }

    /// Enter on the check-in returns a route; the environment records the answers (journal and profile)
    /// and opens what the gate then allows.
    @Test func theCheckInIsRecordedByTheEnvironmentNotTheScreen() throws {
        let app = try TestApp()
        try app.context.saveProfile(Self.runner(), today: LocalCalendar.today())
        let door = SessionStart(context: app.context).strength(.card("glute_bridge"))
        var model = App.Model(root: door)
        let tui = App(environment: app.environment)
        try drive(tui, &model, .start, at: .origin)
        #expect(model.top is CheckInScreen)
        // The pain on the knee row goes up to 4 before Enter.
        try drive(tui, &model, .key(.character("4")), at: .origin)
        var copy = model.top
        let actions = copy.handle(.key(.enter), at: .origin)
        guard case .open(let route as SessionRoute, true)? = actions.first, case .checkedIn = route else {
            Issue.record("Enter should open the checked-in route, got \(actions)")
            return
        }
        #expect(try app.context.safetyJournal().checkIns.isEmpty, "the screen itself wrote nothing")
        try drive(tui, &model, .key(.enter), at: .origin)
        let recorded = try #require(try app.context.safetyJournal().checkIns.last)
        #expect(recorded.pain[.knee] == 4)
        #expect(try app.context.profile()?.injuries.first?.pain == 4)
        #expect(!(model.top is CheckInScreen))
    }

    /// Before the intake, "today" is a labelled starter session, not a refusal.
    @Test func withoutAProfileTodayIsTheStarterSession() throws {
        let app = try TestApp()
        guard case let .run(plan, preface) = try StrengthDoor.resolve(.today, context: app.context, checkIn: nil) else {
            Issue.record("no session without a profile")
            return
        }
        #expect(!plan.items.isEmpty)
        #expect(!preface.isEmpty, "the starter session says what it is")
        #expect(SessionStart.todayLines(context: app.context).isEmpty, "Home says nothing of a plan before the intake")
    }

    /// A session the door makes while doses are held says so, so that a resume on a later hold can tell
    /// it from one made before (`PersistedSession.gateChange`); one made on a free day does not.
    @Test func aSessionMadeUnderAHoldSaysSo() throws {
        let app = try TestApp()
        var profile = Profile(experience: .regular)
        profile.equipment = [.mat]
        try app.context.saveProfile(profile, today: app.context.today())
        guard case let .run(free, _) = try StrengthDoor.resolve(.card("glute_bridge"), context: app.context, checkIn: nil) else {
            Issue.record("no session on a free day")
            return
        }
        #expect(free.dosesFrozen == nil)
        profile.injuries = [InjuryStatus(.knee, .current(pain: 7))]
        try app.context.saveProfile(profile, today: app.context.today())
        guard case let .run(held, _) = try StrengthDoor.resolve(.card("glute_bridge"), context: app.context, checkIn: nil) else {
            Issue.record("no session under the hold")
            return
        }
        #expect(held.dosesFrozen == true)
    }

    /// Home's lines: on a planned day what it is and that it is not done; on another day what the day is
    /// and when the next session comes.
    @Test func homeSaysWhatTodayHolds() throws {
        let app = try TestApp()
        try app.context.saveProfile(Self.runner(), today: Self.day)
        let plan = try app.context.plan(for: Self.runner(), today: Self.day)
        let sessionDay = try #require(plan.sessionDays.first { $0.date >= Self.day && $0.session?.kind == .strength })
        let planned = SessionStart.todayLines(context: app.context, today: sessionDay.date)
        #expect(planned == ["Today: \(sessionDay.session!.title), not done yet."])
        let free = try #require(plan.weeks.flatMap(\.days).first { $0.date > sessionDay.date && $0.session == nil })
        let lines = SessionStart.todayLines(context: app.context, today: free.date)
        #expect(lines.first?.hasPrefix("Today:") == false, "\(lines)")
        let next = try #require(plan.sessionDays.first { $0.date > free.date && $0.session?.kind == .strength })
        #expect(lines.last == "Next: \(next.session!.title) on \(next.date.weekday.title) \(next.date).")
    }
}
