import Testing
@testable import LegworkKit

@Suite("Training blocks and light weeks")
struct TrainingBlockTests {
    static let cards = try! Catalog.bundled().cards
    static let start = CalendarDate(year: 2026, month: 12, day: 1)!
    static let profile = Profile(experience: .regular, goal: .stamina, runDays: [.tue, .thu, .sat], longRunDay: .sat,
                                 equipment: [.mat, .step, .dumbbells, .miniBand])

    static func plan(_ block: TrainingBlock, profile: Profile = profile) -> Plan {
        PlanGenerator(cards: cards).plan(for: profile, start: block.start, block: block)
    }

    @Test func theNextBlockCarriesOnFromWhereTheLastEnded() throws {
        let first = Self.plan(.first(Self.start))
        let last = try #require(first.weeks.last?.days.last?.date)
        let block = TrainingBlock.first(Self.start).next(after: first, start: last.adding(days: 1))
        #expect(block.number == 2 && block.weeksBefore == first.weeks.count && block.stepsBefore == first.progressionSteps)
        #expect(first.progressionSteps > 0)
        let second = Self.plan(block)
        #expect(second.block == 2)
        #expect(second.weeks.first?.number == first.weeks.count + 1, "week numbers count on")
        #expect(second.weeks.first?.phase == .build, "no second base phase")
        // The doses start from where the first block ended, not from week 1's.
        func firstDose(_ plan: Plan, _ id: String) -> Dose? {
            plan.sessionDays.lazy.compactMap { $0.session?.items.first { $0.cardID == id }?.dose }.first
        }
        let shared = Set(first.sessionDays.flatMap { $0.session!.items.map(\.cardID) })
            .intersection(second.sessionDays.flatMap { $0.session!.items.map(\.cardID) })
        #expect(!shared.isEmpty)
        let grew = shared.contains { id in
            guard let a = firstDose(first, id), let b = firstDose(second, id) else { return false }
            return a != b
        }
        #expect(grew, "the second block starts at the doses reached")
    }

    /// The block holding a day is found from the weeks alone, and is the one the plans' own ends give:
    /// after months away, each block in turn, carrying on from the last (a marathon's with a return week).
    @Test func theBlockHoldingADayRollsOverAsThePlansEnd() throws {
        var runner = Self.profile
        runner.goal = .race; runner.raceDistance = .marathon; runner.raceDate = Self.start.adding(days: 60)
        let today = Self.start.adding(days: 400)
        var expected = TrainingBlock.first(Self.start)
        while let last = Self.plan(expected, profile: runner).weeks.last?.days.last?.date, last < today {
            expected = expected.next(after: Self.plan(expected, profile: runner), start: last.adding(days: 1), afterMarathon: true)
        }
        #expect(expected.number > 3)
        #expect(TrainingBlock.first(Self.start).current(on: today, for: runner) == expected)
        #expect(expected.current(on: today, for: runner) == expected, "a block holding the day stays")
        #expect(expected.current(on: Self.start, for: runner) == expected, "a clock moved back keeps the block")
    }

    @Test func aProfileEditKeepsTheBlocksWeeks() {
        var edited = Self.profile
        edited.injuries = [InjuryStatus(.knee, .current(pain: 2))]
        let before = Self.plan(.first(Self.start))
        let after = Self.plan(.first(Self.start), profile: edited)
        #expect(before.weeks.map(\.number) == after.weeks.map(\.number))
        #expect(before.weeks.map(\.phase) == after.weeks.map(\.phase))
        #expect(after.start == Self.start)
    }

    @Test(arguments: [(4, 2), (2, 1), (5, 3), (6, 3), (8, 4)])
    func aLightWeekCutsTheSetsByFortyToFiftyPercent(sets: Int, lightSets: Int) {
        let light = DoseRule.lighten(Dose.reps(sets, 12, rest: 60))
        #expect(light.sets == lightSets)
        #expect(light.work == .reps(12...12), "the reps stay: the lighter effort is the RIR")
        let cut = 1 - Double(light.sets) / Double(sets)
        #expect(PlanConstants.deloadSetsCut.contains(cut), "cut \(cut)")
    }

    @Test func holdsKeepTheirSeconds() {
        let light = DoseRule.lighten(Dose.hold(4, seconds: 40, rest: 45))
        #expect(light.sets == 2 && light.work == .seconds(40))
    }

    @Test func aLightWeekAddsTwoRepsInReserveButNeverPastFive() {
        #expect(DoseRule.lightRIR(RepsInReserve(2, 3)) == RepsInReserve(4, 5))
        #expect(DoseRule.lightRIR(RepsInReserve(3, 4)) == RepsInReserve(4, 5), "a beginner's deload stays at 4–5")
        #expect(DoseRule.lightRIR(RepsInReserve(1, 2)) == RepsInReserve(3, 4))
    }
}

extension TrainingBlockTests {
    @Test func tendonProtocolsAreNotDeloaded() throws {
        var achilles = Self.profile
        achilles.injuries = [InjuryStatus(.achilles, .current(pain: 2))]
        let plan = Self.plan(.first(Self.start), profile: achilles)
        let deload = try #require(plan.weeks.first { $0.phase == .deload })
        let protocolItems = deload.sessions.flatMap(\.items).filter { $0.role == .injuryModule && $0.rir == nil }
        #expect(!protocolItems.isEmpty)
        // Week 4 of heavy slow resistance is 4 × 10 (DOMAIN §1), deload or not.
        let hsr = PlanConstants.hsrSchedule.last { $0.fromWeek <= deload.number }!
        #expect(protocolItems.allSatisfy { $0.dose.sets == hsr.sets }, "\(protocolItems.map(\.dose.summary))")
    }
}

extension TrainingBlockTests {
    @Test func mileageSetsHowManyStrengthDays() {
        var low = Self.profile
        low.strengthDays = 3; low.weeklyKm = 20
        var high = low
        high.weeklyKm = 120
        func baseSessions(_ profile: Profile) -> Int {
            let plan = Self.plan(.first(Self.start), profile: profile)
            return plan.weeks.first { $0.phase == .base }!.sessions.filter { $0.kind == .strength && !$0.title.contains("raises") }.count
        }
        #expect(baseSessions(low) == 3)
        #expect(baseSessions(high) == 2)
        let plan = Self.plan(.first(Self.start), profile: high)
        #expect(plan.warnings.contains { $0.kind == .sessionsCapped && $0.message.contains("120 km a week") })
    }
}

extension TrainingBlockTests {
    @Test func lightDumbbellsNeverGetAHeavyDose() {
        var light = Self.profile
        light.experience = .seasoned; light.sessionMinutes = .long; light.dumbbellMaxKg = 4
        let items = Self.plan(.first(Self.start), profile: light).sessionDays.flatMap { $0.session!.items }
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { $0.dose.load?.asksForMore != true }, "\(Set(items.compactMap(\.dose.load?.words)))")
        #expect(items.contains { ($0.dose.load?.words ?? "").contains("your 4 kg dumbbells") })
    }
}

extension TrainingBlockTests {
    @Test func highMileageKeepsJumpsToOneSessionAWeek() {
        var runner = Self.profile
        runner.experience = .seasoned; runner.goal = .pr; runner.strengthDays = 2
        func jumpSessionsPerWeek(_ km: Double) -> Int {
            runner.weeklyKm = km
            let plan = Self.plan(.first(Self.start), profile: runner)
            return plan.weeks.map { $0.sessions.filter { $0.items.contains { $0.role == .plyometric } }.count }.max() ?? 0
        }
        #expect(jumpSessionsPerWeek(40) == 2, "an advanced runner jumps twice a week")
        #expect(jumpSessionsPerWeek(110) == 1, "at high mileage once")
    }
}
