import Testing
@testable import LegworkKit

/// The rule list against hand-made sessions: a clean one passes, and each one that breaks one rule is
/// caught by that rule (DOMAIN §2, §3, §6).
@Suite struct SessionRulesTests {
    static let catalog = try! Catalog.bundled()
    /// A Monday; the week's long run is on Saturday, a race (when given) on the next Sunday but one.
    static let monday = CalendarDate(year: 2027, month: 3, day: 8)!

    static func plan(phase: PlanPhase = .build, number: Int = 6, race: CalendarDate? = nil) -> Plan {
        let days = (0..<7).map { offset -> PlanDay in
            let date = monday.adding(days: offset)
            return PlanDay(weekday: date.weekday, date: date, run: offset == 5 ? .long : offset == 1 ? .workout : nil, session: nil)
        }
        return Plan(start: monday, raceDate: race, weeks: [PlanWeek(number: number, phase: phase, days: days)], warnings: [], notices: [])
    }

    static func item(_ id: String, _ role: PlanItem.Role, _ dose: Dose = .reps(3, 8, rest: 60), rir: RepsInReserve? = RepsInReserve(2, 3))
        -> ProducedSession.Item {
        ProducedSession.Item(cardID: id, role: role, dose: dose, rir: rir)
    }

    /// A clean intermediate session on Monday: one heavy lift, single-leg work, calf, glute med, core.
    static let clean: [ProducedSession.Item] = [
        item("trap_bar_deadlift", .heavyLift, .reps(3, 6, rest: 120), rir: RepsInReserve(2, 3)),
        item("sl_rdl", .singleLeg), item("sl_calf_raise", .calf, .reps(3, 12, rest: 60)),
        item("lateral_band_walk", .gluteMed, .reps(3, 12, rest: 45)), item("side_plank", .core, .hold(3, seconds: 30, rest: 30), rir: nil),
    ]

    static func check(_ items: [ProducedSession.Item], on offset: Int = 0, path: ProducedSession.Path = .plan, light: Bool = false,
                      profile: (inout Profile) -> Void = { _ in }, plan: Plan = plan(), lastDone: [String: Dose] = [:],
                      lastLogged: [String: Dose] = [:], lastStrengthDay: CalendarDate? = nil, checkIn: CheckIn? = nil,
                      interruptedOn: CalendarDate? = nil) -> Set<PrescriptionRule> {
        var runner = Profile(experience: .regular)
        runner.equipment = [.mat, .dumbbells, .trapBar, .miniBand, .step, .bench]
        profile(&runner)
        let date = monday.adding(days: offset)
        let safety = SafetyGate.decide(profile: runner, today: date, checkIn: checkIn)
        let context = RuleContext(profile: runner, safety: safety, catalog: catalog, plan: plan, jumpGate: JumpGate(),
                                  lastDone: lastDone, lastLogged: lastLogged, lastStrengthDay: lastStrengthDay)
        var session = ProducedSession(date: date, path: path, items: items, light: light)
        session.interruptedOn = interruptedOn
        return Set(SessionRules.check(session, context).map(\.rule))
    }

    /// DOMAIN §6, stale sessions: one interrupted earlier today may be resumed, one of yesterday may not.
    @Test func aSessionInterruptedOnAnEarlierDayIsNotResumed() {
        #expect(Self.check(Self.clean, path: .resumed, interruptedOn: Self.monday).isEmpty)
        #expect(Self.check(Self.clean, on: 1, path: .resumed, interruptedOn: Self.monday) == [.staleSession])
    }

    /// DOMAIN §6, words follow values: no weight past the heaviest the runner owns, whatever path asks it.
    @Test func aWeightPastTheHeaviestOwnedIsCaught() {
        let heavy = [Self.item("sl_rdl", .singleLeg, .reps(3, 8, rest: 60, load: .kilograms(24)))]
        #expect(Self.check(heavy, profile: { $0.dumbbellMaxKg = 20 }) == [.ownedLoad])
        #expect(Self.check(heavy, profile: { $0.dumbbellMaxKg = 24 }).isEmpty)
        // No heaviest given: nothing to hold it to.
        #expect(Self.check(heavy).isEmpty)
    }

    @Test func aCleanSessionPasses() {
        #expect(Self.check(Self.clean).isEmpty)
    }

    @Test func eachBrokenRuleIsCaught() {
        #expect(Self.check(Self.clean, profile: { $0.redFlags = [.chestPain] }).contains(.noTrainingOnUrgentSign))
        #expect(Self.check(Self.clean, profile: { $0.redFlags = [.bonePain] }).contains(.permittedBySafety))
        // A beginner in week 6 of a first block: pogo hops wait for 4 pain-free weeks only, so week 2 is caught.
        #expect(Self.check(Self.clean + [Self.item("pogo_hops", .plyometric, rir: nil)], profile: { $0.experience = .new },
                           plan: Self.plan(number: 2)) == [.jumpsGated])
        #expect(Self.check(Self.clean + [Self.item("lateral_bound", .singleLeg)], plan: Self.plan(phase: .deload)).contains(.jumpsGated))
        #expect(Self.check(Self.clean + [Self.item("trap_bar_deadlift", .heavyLift, rir: RepsInReserve(2, 3))]) == [.oneHeavyLift])
        #expect(Self.check(Self.clean, on: 4, plan: Self.plan(race: Self.monday.adding(days: 9))) == [.heavyFreeBeforeRace])
        #expect(Self.check(Self.clean, plan: Self.plan(phase: .taper)).contains(.raceWeekLight))
        #expect(Self.check(Self.clean, on: 5) == [.afterLongRun])
        #expect(Self.check([Self.item("sl_rdl", .singleLeg, rir: RepsInReserve(0, 1))]) == [.neverToFailure, .accessoryEffort])
        #expect(Self.check([Self.item("side_plank", .core, rir: RepsInReserve(1, 2))], profile: { $0.experience = .seasoned }) == [.accessoryEffort])
        #expect(Self.check([Self.item("step_up", .singleLeg, .reps(2, 12, rest: 60))], lastDone: ["step_up": .reps(2, 10, rest: 60)],
                           checkIn: CheckIn(date: Self.monday, pain: [.knee: 7])) .contains(.frozenDoses))
        #expect(Self.check([Self.item("calf_raise", .calf, .reps(2, 7, rest: 45))]) == [.calfFloor])
        #expect(Self.check(Self.clean.filter { $0.role != .calf } + [Self.item("sl_calf_raise", .calf, .reps(3, 12, rest: 60))],
                           profile: { $0.injuries = [InjuryStatus(.achilles, .current(pain: 2))] }) == [.lightCalfDay])
        #expect(Self.check(Self.clean, on: 2, lastStrengthDay: Self.monday.adding(days: 1)) == [.spacing])
        #expect(Self.check([Self.item("calf_wall_stretch", .core, .hold(2, seconds: 30, rest: 15), rir: nil)]) == [.stretchesNotStrength])
    }

    @Test func aFrozenDoseMayStayOrGoDown() {
        let checkIn = CheckIn(date: Self.monday, pain: [.knee: 7])
        #expect(!Self.check([Self.item("step_up", .singleLeg, .reps(2, 10, rest: 60))], lastDone: ["step_up": .reps(2, 10, rest: 60)],
                            checkIn: checkIn).contains(.frozenDoses))
        // A tendon protocol's next stage is a rise even with fewer reps (3 × 15 → 3 × 12 is heavier).
        let hsr = Self.item("sl_calf_raise", .injuryModule, .reps(3, 12, rest: 120), rir: nil)
        #expect(Self.check([hsr], lastDone: ["sl_calf_raise protocol": .reps(3, 15, rest: 120)], checkIn: checkIn).contains(.frozenDoses))
        // The same card in the calf place is another prescription: the protocol's 3 × 15 is not its last dose.
        let calf = Self.item("sl_calf_raise", .calf, .reps(2, 12, rest: 60))
        #expect(!Self.check([calf], lastDone: ["sl_calf_raise protocol": .reps(3, 10, rest: 120)], checkIn: checkIn).contains(.frozenDoses))
        #expect(Self.check([calf], lastDone: ["sl_calf_raise": .reps(2, 10, rest: 60)], checkIn: checkIn).contains(.frozenDoses))
        // After a deload's 1 × 19 (the working dose 2 × 17), repeating the deload's dose is not a rise;
        // going past both is.
        let deload = (done: ["calf_raise": Dose.reps(2, 17, rest: 60)], logged: ["calf_raise": Dose.reps(1, 19, rest: 60)])
        #expect(!Self.check([Self.item("calf_raise", .calf, .reps(1, 19, rest: 60))], lastDone: deload.done, lastLogged: deload.logged,
                            checkIn: checkIn).contains(.frozenDoses))
        #expect(Self.check([Self.item("calf_raise", .calf, .reps(2, 19, rest: 60))], lastDone: deload.done, lastLogged: deload.logged,
                           checkIn: checkIn).contains(.frozenDoses))
        // A stretch held longer is not a load, in a routine's place or the cool-down's; a hold that loads is.
        let stretch = Self.item("calf_wall_stretch", .stretch, .hold(1, seconds: 25, rest: 0), rir: nil)
        #expect(!Self.check([stretch], path: .routine, lastDone: ["calf_wall_stretch": .hold(1, seconds: 20, rest: 0)],
                            checkIn: checkIn).contains(.frozenDoses))
        let plank = Self.item("side_plank", .core, .hold(2, seconds: 40, rest: 30), rir: nil)
        #expect(Self.check([plank], lastDone: ["side_plank": .hold(2, seconds: 30, rest: 30)], checkIn: checkIn).contains(.frozenDoses))
    }

    @Test func everyRuleNamesItsDomainLine() {
        for rule in PrescriptionRule.allCases { #expect(rule.domainLine.hasPrefix("§")) }
    }
}
