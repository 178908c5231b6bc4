import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// DOMAIN §6, "Stale sessions": a session interrupted on an earlier day is set aside with a message
/// (its sets stay in the history) and today's plan runs; one interrupted earlier today still resumes.
/// Days are chosen relative to the day the snapshot was saved, so no test reads the clock.
@Suite struct StaleSessionHeadlessTests {
    /// A strength session interrupted at its first rest, after its first set was logged.
    static func interrupted(_ app: TestApp) throws -> (PersistedSession, [SetRecord]) {
        _ = try ResumeHeadlessTests.runUntil(.rest, persistence: app.persistence())
        let pending = try #require(try SessionPersistence.pending(in: app.context.store, kind: .strength))
        let sets = try app.context.store.sets(session: pending.sessionID)
        #expect(!sets.isEmpty)
        return (pending, sets)
    }

    @Test func aSessionInterruptedYesterdayIsSetAsideWithItsSetsKept() throws {
        let app = try TestApp()
        let (pending, sets) = try Self.interrupted(app)
        let today = pending.day.adding(days: 1)
        let launch = try SessionLaunch(context: app.context, fresh: false, kinds: [.strength, .stretch], today: today)
        #expect(launch.pending == nil, "yesterday's session is not resumed as today's")
        let message = try #require(launch.setAside.first)
        #expect(launch.setAside.count == 1)
        #expect(message == "Your session \"Every step\" of \(pending.day.spoken(today: today)) was not finished; "
            + "it is kept in your history as far as you got, and today starts afresh.")
        #expect(try SessionPersistence.pending(in: app.context.store, kind: .strength) == nil)
        #expect(try app.context.store.sets(session: pending.sessionID) == sets, "the sets logged stay")
        let record = try #require(try app.context.store.sessions(limit: 5).first { $0.id == pending.sessionID })
        #expect(record.status == .abandoned)
        #expect(record.endedAt == pending.savedAt)
    }

    /// Home open past midnight: "Today's session" says the old one was set aside, then opens today's door.
    @Test func homeSetsItAsideAndGoesOnToToday() throws {
        let app = try TestApp()
        let (pending, sets) = try Self.interrupted(app)
        let today = pending.day.adding(days: 1)
        let screen = try SessionStart(context: app.context).screen(for: .todaySession, launch: nil, today: today).get()
        let note = try #require(screen as? ChoiceScreen)
        #expect(note.title == "Not finished")
        #expect(note.lines == [pending.setAsideMessage(today: today)])
        guard case let .replace(next)? = note.accept.first else {
            Issue.record("Enter should go on to today's door, got \(note.accept)")
            return
        }
        #expect((next as? ChoiceScreen)?.title != "Resume?")
        #expect(try SessionPersistence.pending(in: app.context.store, kind: .strength) == nil)
        #expect(try app.context.store.sets(session: pending.sessionID) == sets)
    }

    @Test func oneInterruptedEarlierTodayIsStillResumed() throws {
        let app = try TestApp()
        let (pending, _) = try Self.interrupted(app)
        let launch = try SessionLaunch(context: app.context, fresh: false, kinds: [.strength, .stretch], today: pending.day)
        #expect(launch.pending?.sessionID == pending.sessionID)
        #expect(launch.setAside.isEmpty)
        let screen = try SessionStart(context: app.context).screen(for: .todaySession, launch: nil, today: pending.day).get()
        #expect((screen as? ChoiceScreen)?.title == "Resume?")
        #expect(try SessionPersistence.pending(in: app.context.store, kind: .strength)?.sessionID == pending.sessionID)
    }

    /// DOMAIN §6, the same rules on every path: a sign recorded after the interruption counts for what is
    /// left of the session. The session is set aside (its sets kept) and today's door decides afresh.
    @Test func aSignRecordedSinceTheInterruptionSetsItAside() throws {
        let app = try TestApp()
        let (pending, sets) = try Self.interrupted(app)
        var profile = try app.context.profile() ?? Profile()
        profile.redFlags = [.swelling]
        try app.context.saveProfile(profile, today: pending.day)
        let launch = try SessionLaunch(context: app.context, fresh: false, kinds: [.strength, .stretch], today: pending.day)
        #expect(launch.pending == nil, "a session the gate now refuses is not resumed")
        let message = try #require(launch.setAside.first)
        #expect(message.hasPrefix("Your session \"Every step\" was not finished, and since then today's safety answers allow no strength work now."),
                "\(message)")
        #expect(try SessionPersistence.pending(in: app.context.store, kind: .strength) == nil)
        #expect(try app.context.store.sets(session: pending.sessionID) == sets, "the sets logged stay")
    }

    /// Pain above 5/10 reported since the interruption holds every dose where it was (DOMAIN §3): a session
    /// made before the hold is set aside (its sets kept), and today's door makes one within the hold; one
    /// the door made under the hold is not set aside for it.
    @Test func aHoldBegunSinceTheInterruptionSetsItAside() throws {
        let app = try TestApp()
        let (pending, sets) = try Self.interrupted(app)
        var profile = try app.context.profile() ?? Profile()
        profile.injuries = [InjuryStatus(.knee, .current(pain: 7))]
        try app.context.saveProfile(profile, today: pending.day)
        let safety = try app.context.safetyDecision(today: pending.day)
        #expect(safety.strengthAllowed && safety.dosesFrozen)
        var madeUnderTheHold = pending
        madeUnderTheHold.snapshot.plan.dosesFrozen = true
        #expect(madeUnderTheHold.gateChange(safety, catalog: app.context.catalog) != PersistedSession.holdBegun)
        let launch = try SessionLaunch(context: app.context, fresh: false, kinds: [.strength, .stretch], today: pending.day)
        #expect(launch.pending == nil, "a session made before the hold is not resumed")
        #expect(launch.setAside == [pending.gateMessage(PersistedSession.holdBegun)])
        #expect(try app.context.store.sets(session: pending.sessionID) == sets, "the sets logged stay")
    }

    @Test func aSignThatLimitsTheDaySetsItAsideOnHomeToo() throws {
        let app = try TestApp()
        let (pending, _) = try Self.interrupted(app)
        // A warning sign that limits the day without refusing strength work: what is left of the session
        // (here a card outside the catalog, which only an unrestricted day runs) is not resumed as it was.
        let sign = try #require(RedFlag.allCases.first { flag in
            var profile = Profile()
            profile.redFlags = [flag]
            let safety = SafetyGate.decide(profile: profile, today: pending.day)
            return safety.strengthAllowed && safety.allowance != .everything
        })
        var profile = try app.context.profile() ?? Profile()
        profile.redFlags = [sign]
        try app.context.saveProfile(profile, today: pending.day)
        let screen = try SessionStart(context: app.context).screen(for: .todaySession, launch: nil, today: pending.day).get()
        let note = try #require(screen as? ChoiceScreen)
        #expect(note.title == "Not finished")
        #expect(note.lines.first?.hasPrefix("Your session \"Every step\" was not finished, and since then ") == true, "\(note.lines)")
        #expect(try SessionPersistence.pending(in: app.context.store, kind: .strength) == nil)
    }

    @Test func theDateReadsAsARunnerSaysIt() {
        let tuesday = CalendarDate(year: 2026, month: 12, day: 1)!
        #expect(tuesday.spoken(today: tuesday.adding(days: 1)) == "Tuesday 1 December")
        #expect(tuesday.spoken(today: CalendarDate(year: 2027, month: 1, day: 2)!) == "Tuesday 1 December 2026")
    }
}
