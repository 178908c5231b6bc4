import Testing
@testable import LegworkKit

/// The personas of issue 6, each checked against the rules that apply to them.
@Suite("Plan personas")
struct PlanPersonaTests {
    /// The catalogs the personas run on: the bundled one the program ships, and the tests' own cards.
    enum Source: String, CaseIterable, Sendable {
        case bundled, testCards

        var cards: [ExerciseCard] {
            switch self {
            case .bundled: PlanPersonaTests.bundledCards
            case .testCards: PlanTestCards.all
            }
        }
    }

    /// Loaded once: parsing the bundled catalog is the slow part of these tests.
    static let bundledCards = (try? Catalog.bundled().cards) ?? []

    static let monday = PlanFixtures.monday

    static let newRunner = PlanFixtures.profile {
        $0.experience = .new; $0.goal = .first5k; $0.weeklyKm = 8; $0.equipment = [.mat]
        $0.runDays = [.tue, .thu, .sat]; $0.longRunDay = .sat; $0.workoutDay = nil; $0.strengthDays = 2; $0.sessionMinutes = .standard
    }
    static let marathoner = PlanFixtures.profile {
        $0.experience = .seasoned; $0.goal = .race; $0.raceDistance = .marathon; $0.raceDate = CalendarDate(text: "2026-06-14")
        $0.weeklyKm = 60; $0.runDays = [.mon, .tue, .thu, .sat, .sun]; $0.longRunDay = .sun; $0.workoutDay = .tue
        $0.strengthDays = 3; $0.sessionMinutes = .long; $0.equipment = PlanTestCards.gym; $0.dumbbellMaxKg = 30
    }
    static let prChaser = PlanFixtures.profile {
        $0.experience = .seasoned; $0.goal = .pr; $0.weeklyKm = 45; $0.runDays = [.tue, .thu, .sat, .sun]; $0.workoutDay = .tue
        $0.longRunDay = .sun; $0.strengthDays = 2; $0.sessionMinutes = .standard; $0.equipment = PlanTestCards.gym
        $0.injuries = [InjuryStatus(.achilles, .past)]
    }
    static let kneePain = PlanFixtures.profile {
        $0.experience = .regular; $0.goal = .stamina; $0.weeklyKm = 25; $0.equipment = [.mat, .miniBand, .wall, .step]
        $0.injuries = [InjuryStatus(.knee, .current(pain: 4))]
    }
    static let achillesRace = PlanFixtures.profile {
        $0.experience = .regular; $0.goal = .race; $0.raceDistance = .tenK; $0.raceDate = monday.adding(days: 20)
        $0.runDays = [.tue, .thu, .sat, .sun]; $0.longRunDay = .sun; $0.workoutDay = .thu
        $0.equipment = [.mat, .step, .dumbbells, .wall]; $0.injuries = [InjuryStatus(.achilles, .current(pain: 3))]
    }
    static let redFlag = PlanFixtures.profile {
        $0.experience = .regular; $0.goal = .stamina; $0.equipment = PlanTestCards.gym; $0.redFlags = [.bonePain]
    }

    func check(_ profile: Profile, on catalog: [ExerciseCard], _ rules: (Plan, [String: ExerciseCard]) -> Void) {
        let plan = PlanGenerator(cards: catalog).plan(for: profile, start: Self.monday)
        let cards = PlanFixtures.cardsByID(catalog)
        #expect(!PlanFixtures.strengthDays(plan).isEmpty)
        // Rules every persona shares.
        for day in PlanFixtures.strengthDays(plan) {
            // An essential the runner's equipment cannot supply is left out, and the plan says so.
            for essential in PlanFixtures.missingEssentials(day.session!, cards: cards) {
                #expect(PlanFixtures.explainsMissing(essential, plan.warnings), "\(day.date): \(essential) missing from \(day.session!.items.map(\.cardID))")
            }
            let next = PlanFixtures.runAfter(day, in: plan, profile: profile)
            #expect(next != .long && next != .workout && next != .race, "strength on \(day.date), the day before a key run")
            #expect(day.session!.items.allSatisfy { cards[$0.cardID]?.dose[profile.level] != nil || $0.role == .injuryModule || $0.role == .stretch || $0.role == .painRelief })
        }
        rules(plan, cards)
    }

    @Test func theBundledCatalogLoads() throws {
        #expect(try Catalog.bundled().cards.count >= 40)
    }

    func items(_ plan: Plan, weeks: ClosedRange<Int>? = nil) -> [PlanItem] {
        plan.weeks.filter { weeks?.contains($0.number) ?? true }.flatMap(\.sessions).flatMap(\.items)
    }

    @Test(arguments: Source.allCases)
    func newRunnerFirst5KWithOnlyAMat(source: Source) {
        check(Self.newRunner, on: source.cards) { plan, cards in
            #expect(plan.notices.map(\.kind) == [.mileageProgression])
            #expect(items(plan, weeks: 1...4).allSatisfy { cards[$0.cardID]?.kind != .power }, "no jumps in the first 4 weeks")
            let jumps = items(plan, weeks: 5...8).filter { $0.role == .plyometric }
            #expect(!jumps.isEmpty && jumps.allSatisfy { cards[$0.cardID]?.dose[.beginner] != nil })
            #expect(jumps.first?.dose == cards[jumps.first!.cardID]?.dose[.beginner], "jumps start from the beginner dose")
            #expect(items(plan).allSatisfy { $0.rir.map { $0.min >= 2 } ?? true })
            let selector = ExerciseSelector(cards: source.cards, profile: Self.newRunner)
            for item in items(plan) {
                #expect(selector.isDoable(cards[item.cardID]!), "\(item.cardID)")
            }
        }
    }

    @Test(arguments: Source.allCases)
    func marathonerWith60KmAndAGym(source: Source) {
        check(Self.marathoner, on: source.cards) { plan, cards in
            #expect(plan.raceDate == CalendarDate(text: "2026-06-14"))
            for day in PlanFixtures.strengthDays(plan) {
                #expect(day.date.adding(days: -1).weekday != .sun, "no strength the day after the long run")
            }
            let training = plan.weeks.filter { $0.phase == .base || $0.phase == .build }
            for day in training.flatMap(\.days) {
                guard let session = day.session else { continue }
                // No heavy lift after the long run (DOMAIN.md §2, Session structure).
                #expect(session.items.contains { $0.role == .heavyLift } == (day.run != .long), "\(day.date)")
                // The carry is the first thing the minutes cut (SessionFit); the session then says so.
                #expect(session.items.contains { $0.role == .carry } || session.notes.contains { $0.hasPrefix("Fitted to your") })
            }
            #expect(plan.weeks.filter { $0.phase == .peak }.map { $0.sessions.count } == [1, 1])
            let taper = plan.weeks.first { $0.phase == .taper }!
            #expect(taper.sessions.count == 1)
            #expect(taper.sessions[0].items.allSatisfy { $0.role != .heavyLift && $0.role != .plyometric })
            let recovery = plan.weeks.last!
            #expect(recovery.phase == .recovery)
            #expect(recovery.sessions.allSatisfy { $0.kind == .mobility && $0.items.allSatisfy { cards[$0.cardID]?.kind == .stretch } })
            let race = plan.raceDate!
            for day in plan.sessionDays where day.date > race { #expect(day.session?.kind == .mobility) }
            for day in PlanFixtures.strengthDays(plan) where day.session!.items.contains(where: { $0.role == .heavyLift }) {
                #expect(race.days(since: day.date) >= PlanConstants.heavyFreeDaysLongRace)
            }
        }
    }

    @Test(arguments: Source.allCases)
    func prChaserWithPlyometricHistory(source: Source) {
        check(Self.prChaser, on: source.cards) { plan, cards in
            for week in plan.weeks where week.phase == .base || week.phase == .build {
                let jumpItems = week.sessions.flatMap(\.items).filter { $0.role == .plyometric }
                #expect(jumpItems.count == 2, "advanced: jumps in 2 sessions a week")
                let contacts = jumpItems.reduce(0) { $0 + DoseRule.contacts($1.dose, unilateral: cards[$1.cardID]!.unilateral) }
                #expect(contacts <= PlanConstants.plyoContactsPerWeek[.advanced]!)
                for session in week.sessions {
                    #expect(session.items.contains { $0.role == .heavyLift })
                    let roles = session.items.map(\.role)
                    if let jump = roles.firstIndex(of: .plyometric) { #expect(jump == 1, "jumps come first, after the warm-up") }
                }
            }
            let jumpCards = Set(items(plan).filter { $0.role == .plyometric }.map(\.cardID))
            #expect(jumpCards.count >= 2, "the jump progression moves on: \(jumpCards)")
            #expect(items(plan).contains { $0.why.contains("past Achilles tendinopathy") })
        }
    }

    @Test(arguments: Source.allCases)
    func currentKneePain4(source: Source) {
        check(Self.kneePain, on: source.cards) { plan, cards in
            #expect(items(plan).allSatisfy { cards[$0.cardID]?.kind != .power }, "no jumps during a flare")
            #expect(plan.notices.contains { $0.kind == .noPlyometrics && $0.message.contains("4/10") })
            for session in PlanFixtures.strengthDays(plan).map({ $0.session! }) {
                #expect(session.items.first?.cardID == "wall_sit", "a wall sit before loading while the knee hurts")
                let serving = session.items.compactMap { cards[$0.cardID] }.filter { $0.injuries.contains(.knee) }
                #expect(serving.contains { $0.muscles.primary.contains(.gluteMed) }, "a hip exercise for the knee")
                #expect(serving.contains { $0.muscles.primary.contains(.quads) }, "a knee exercise for the knee")
                #expect(session.notes.contains { $0.hasPrefix("Knee:") })
            }
            #expect(items(plan).contains { $0.why.contains("runner's knee (pain 4/10)") })
        }
    }

    @Test(arguments: Source.allCases)
    func achillesPainAndARaceIn3Weeks(source: Source) {
        check(Self.achillesRace, on: source.cards) { plan, cards in
            #expect(plan.weeks.map(\.phase) == [.base, .peak, .taper, .recovery])
            // The heavy slow raises run in sessions of their own, at least three a week before the race week.
            let hsr = plan.sessionDays.filter { PlanFixtures.isProtocolSession($0.session!) }
            for week in plan.weeks.prefix(2) { #expect(hsr.filter { week.contains($0.date) }.count >= 3, "week \(week.number)") }
            for day in hsr {
                let module = day.session!.items.first { $0.role == .injuryModule && cards[$0.cardID]!.injuries.contains(.achilles) }
                #expect(module?.tempo == .phases(down: 3, pause: 0, up: 3))
            }
            #expect(items(plan).allSatisfy { cards[$0.cardID]?.kind != .power })
            #expect(plan.notices.map(\.kind).contains(.painMonitoring))
            #expect(plan.weeks[2].sessions.filter { !PlanFixtures.isProtocolSession($0) }.count == 1)
        }
    }

    /// Bone-stress signs (DOMAIN §3): lying-down hip and core work only, no runs, no "after your run".
    /// Cards that do not say how the body is supported count as standing, so the test cards leave none.
    @Test(arguments: Source.allCases)
    func aRedFlag(source: Source) {
        let plan = PlanGenerator(cards: source.cards).plan(for: Self.redFlag, start: Self.monday)
        let cards = PlanFixtures.cardsByID(source.cards)
        #expect(plan.notices.first?.kind == .seeClinician)
        #expect(plan.weeks.allSatisfy { $0.days.allSatisfy { $0.run == nil } }, "runs are paused")
        for day in PlanFixtures.strengthDays(plan) {
            #expect(day.session!.items.allSatisfy { cards[$0.cardID]?.position == .lying && cards[$0.cardID]?.kind != .power })
            #expect(!day.session!.notes.contains { $0.contains(" run") && $0.hasPrefix("After your") })
        }
        #expect(PlanFixtures.strengthDays(plan).isEmpty == (source == .testCards))
    }
}
