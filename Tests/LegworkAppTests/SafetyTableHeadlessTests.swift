import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// DOMAIN §3's table, row by row, at the doors a runner uses (the next planned session, a chosen card, the
/// stretch) and in the plan, on the application core with a chosen date: what each door would start is
/// what the gate permits. (The plain front-end prints what these doors return; its exit statuses are
/// tested end to end.)
@Suite struct SafetyTableHeadlessTests {
    static let day = CalendarDate(year: 2026, month: 3, day: 2)!

    static func runner(signs: Set<RedFlag> = []) -> Profile {
        var profile = Profile(experience: .regular, goal: .stamina, runDays: [.tue, .thu, .sat], longRunDay: .sat, strengthDays: 2,
                              equipment: [.mat, .step, .dumbbells, .miniBand, .bench, .trapBar], redFlags: signs)
        profile.dumbbellMaxKg = nil
        return profile
    }

    static func app(_ profile: Profile) throws -> TestApp {
        let app = try TestApp(today: day)
        try app.context.saveProfile(profile, today: day)
        return app
    }

    /// The cards a door's outcome would run (none when it refuses or only tells what today holds).
    static func cards(_ outcome: StrengthDoorOutcome) -> [String] {
        if case let .run(plan, _) = outcome { return plan.items.map(\.cardID) }
        return []
    }

    static func isUrgentRefusal(_ outcome: StrengthDoorOutcome) -> Bool {
        if case let .refused(_, _, _, urgent) = outcome { return urgent }
        return false
    }

    @Test(arguments: RedFlag.allCases)
    func eachSignAtEachDoor(sign: RedFlag) throws {
        let app = try Self.app(Self.runner(signs: [sign]))
        let catalog = app.context.catalog
        let safety = try app.context.safetyDecision(today: Self.day)
        let next = try StrengthDoor.resolve(.next, context: app.context, checkIn: nil)
        let card = try StrengthDoor.resolve(.card("split_squat"), context: app.context, checkIn: nil)
        switch sign.rule {
        case .urgent:
            #expect(Self.isUrgentRefusal(next) && Self.isUrgentRefusal(card), "\(sign.rawValue)")
            #expect(!safety.stretchingAllowed)
        case .boneStress, .knee, .nerve:
            #expect(safety.stretchingAllowed, "stretching stays allowed")
            // The warm-up moves and the cool-down walk have no card (`SessionFraming.Move`); every exercise has.
            for id in Self.cards(next) + Self.cards(card) where SessionFraming.Move(rawValue: id) == nil {
                let found = try #require(catalog.card(id: id), "\(id)")
                #expect(safety.permits(found), "\(sign.rawValue): \(id) should not run")
            }
            if sign.rule == .boneStress || sign.rule == .knee {
                #expect(!Self.cards(card).contains("split_squat"))
            }
            _ = try StretchAction.routine(minutes: 5, focus: nil, context: app.context, safety: safety)
        }
        // The plan obeys the same row: runs paused for urgent and bone-stress signs, only permitted cards.
        let plan = try app.context.plan(for: Self.runner(signs: [sign]), today: Self.day)
        #expect(plan.weeks.contains { $0.days.contains { $0.run == .long } } == (sign.rule.runs != .paused))
        for id in plan.sessionDays.filter({ $0.date >= Self.day }).flatMap({ $0.session?.items.map(\.cardID) ?? [] }) {
            let found = try #require(catalog.card(id: id), "\(id)")
            #expect(safety.permits(found), "\(sign.rawValue): \(id) in the plan")
        }
    }

    /// A bone-stress sign leaves lying-down work and no runs in the plan; clearing it brings the runs back.
    @Test func boneStressLeavesLyingWorkAndNoRunsInThePlan() throws {
        let app = try Self.app(Self.runner(signs: [.bonePain]))
        let plan = try app.context.plan(for: Self.runner(signs: [.bonePain]), today: Self.day)
        #expect(plan.weeks.allSatisfy { $0.days.allSatisfy { $0.run == nil } })
        let ids = plan.weeks.flatMap { $0.days.compactMap(\.session).flatMap { $0.items.map(\.cardID) } }
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { app.context.catalog.card(id: $0)?.position == .lying }, "\(Set(ids))")
        let (_, cleared) = try app.context.updateProfile(today: Self.day) { stored in
            var profile = try #require(stored)
            try ProfileKey.cleared.apply(Self.day.description, to: &profile)
            return profile
        }
        #expect(cleared.redFlags.isEmpty)
        let after = try app.context.plan(for: cleared, today: Self.day)
        #expect(after.weeks.contains { $0.days.contains { $0.run != nil } })
        #expect(try app.context.safetyJournal().clearances.last?.signs == [.bonePain], "the clearance is kept")
    }
}
