import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// The training block changes on events, never on a read (docs/architecture.md, "The training block"):
/// a session that ends, a profile edit, a check-in; a block that ran out rolls over at the next of them.
@Suite struct BlockEventsHeadlessTests {
    /// Runs `session` to its end as the runner would, every set as planned, saving through `launch`.
    static func runToTheEnd(_ session: SessionPlan, launch: SessionLaunch) throws {
        var engine = SessionEngine(plan: session)
        var now = Moment.origin
        _ = engine.start(at: now)
        while !engine.isEnded {
            if engine.isAwaitingLog, let item = engine.currentStep.item {
                _ = engine.handle(.log(.planned(for: engine.plan.items[item])), at: now)
            } else {
                now = now + (engine.status(at: now).remaining ?? .seconds(1))
                _ = engine.handle(.tick, at: now)
            }
            guard case .sessionSaved? = SessionStart.save(engine, launch: launch) else { Issue.record("not saved"); return }
        }
    }

    @Test func readingThePlanNeverWrites() throws {
        let app = try TestApp()
        let today = LocalCalendar.today()
        try app.context.saveProfile(DoorsHeadlessTests.runner(), today: today)
        let block = try app.context.trainingBlock()
        let plan = try app.context.plan(for: DoorsHeadlessTests.runner(), today: today)
        let end = try #require(plan.weeks.last?.days.last?.date)
        for day in [today, today.adding(days: 20), end.adding(days: 1), end.adding(days: 400)] {
            _ = try app.context.plan(for: DoorsHeadlessTests.runner(), today: day)
        }
        #expect(try app.context.trainingBlock() == block)
        #expect(try app.context.store.documentKeys().sorted { $0.rawValue < $1.rawValue } == [.profile, .trainingBlock])
    }

    /// A session that ends records what its slots reached; the plan read next starts from there.
    @Test func aSessionThatEndsRecordsTheBlock() throws {
        let app = try TestApp()
        let today = LocalCalendar.today()
        let runner = DoorsHeadlessTests.runner()
        try app.context.saveProfile(runner, today: today)
        let plan = try app.context.plan(for: runner, today: today)
        let day = try #require(plan.sessionDays.first { $0.session?.kind == .strength })
        let session = PlanSessions.sessionPlan(try #require(day.session), date: day.date, catalog: app.context.catalog)
        #expect(try app.context.trainingBlock()?.slots.isEmpty == true)
        let launch = try SessionLaunch(context: app.context, fresh: false, kinds: [.strength], starting: true, today: today)
        try Self.runToTheEnd(session, launch: launch)
        let recorded = try #require(try app.context.trainingBlock())
        #expect(!recorded.slots.isEmpty, "the slots the log held or moved are remembered")
        #expect(Set(recorded.slots.values.map(\.cardID)).isSubset(of: Set(session.items.map(\.cardID))))
    }

    /// An event that records the block leaves the plan it read for the next read when the block stayed
    /// the same (`recordBlock`): that plan must be the one a fresh read of the store gives. Six weeks of
    /// check-ins (one with a new pain) and sessions run to their end, compared after every event.
    @Test func aPlanLeftByAnEventIsTheOneAFreshReadGives() throws {
        let first = DoorsHeadlessTests.day
        let app = try TestApp(today: first)
        var runner = DoorsHeadlessTests.runner()
        runner.experience = .regular
        runner.strengthDays = 3
        runner.equipment = [.mat, .dumbbells, .miniBand, .step]
        runner.dumbbellMaxKg = 16
        try app.context.saveProfile(runner, today: first)
        var compared = 0, moved = 0
        for day in (0..<42).map(first.adding(days:)) {
            func expectSameAsFresh() throws {
                let profile = try #require(try app.context.profile())
                let fresh = try AppContext(settings: app.context.settings, store: app.context.store).plan(for: profile, today: day)
                #expect(try app.context.plan(for: profile, today: day) == fresh, "\(day)")
                compared += 1
            }
            try app.context.recordCheckIn(CheckIn(date: day, pain: [.knee: day == first.adding(days: 9) ? 6 : 2], morningAfter: .same))
            try expectSameAsFresh()
            guard let session = try app.context.plan(for: runner, today: day).session(on: day), session.kind == .strength else { continue }
            let launch = try SessionLaunch(context: app.context, fresh: false, kinds: [.strength], starting: true, today: day)
            let before = try app.context.plan(for: runner, today: day)
            try Self.runToTheEnd(PlanSessions.sessionPlan(session, date: day, catalog: app.context.catalog), launch: launch)
            try expectSameAsFresh()
            if try app.context.plan(for: runner, today: day) != before { moved += 1 }
        }
        #expect(compared > 50)
        #expect(moved > 5, "the log moved the plan: the reads compared are not all of one plan")
    }

    /// An edit that starts a tendon protocol records the week it began, without waiting for a read.
    @Test func aProfileEditRecordsTheAdaptedBlock() throws {
        let app = try TestApp()
        let day = DoorsHeadlessTests.day
        try app.context.saveProfile(DoorsHeadlessTests.runner(), today: day)
        #expect(try app.context.trainingBlock()?.protocolStarts == [:])
        var edited = DoorsHeadlessTests.runner()
        edited.injuries.append(InjuryStatus(.achilles, .current(pain: 3)))
        try app.context.saveProfile(edited, today: day.adding(days: 14))
        #expect(try app.context.trainingBlock()?.protocolStarts == [.hsr: 3], "week 3 of the block")
    }
}
