import Testing
@testable import LegworkKit

/// DOMAIN §6, Volume floors: calf work in a full (30- or 45-minute) session is at least 2 × 10 (or its own heavy dose), and
/// intermediate lifts stay near 3 × 6–10: the minutes are fitted and the weeks progress without cutting
/// the calf below its range or pushing single-leg reps into endurance ranges (`LiftVolume`).
@Suite("Plan volume floors")
struct PlanVolumeFloorsTests {
    static let intermediateMarathoner = PlanFixtures.profile {
        $0.experience = .regular; $0.goal = .race; $0.raceDistance = .marathon; $0.raceDate = CalendarDate(text: "2026-06-14")
        $0.weeklyKm = 50; $0.runDays = [.mon, .tue, .thu, .sat, .sun]; $0.longRunDay = .sun; $0.workoutDay = .tue
        $0.strengthDays = 2; $0.sessionMinutes = .standard; $0.equipment = [.mat, .dumbbells, .step, .miniBand]; $0.dumbbellMaxKg = 20
    }

    static let runners: [(String, Profile)] = [
        ("intermediate marathoner, 30 minutes", intermediateMarathoner),
        ("intermediate, 45 minutes", PlanFixtures.profile {
            $0.experience = .regular; $0.goal = .stamina; $0.weeklyKm = 35; $0.sessionMinutes = .long; $0.equipment = PlanTestCards.gym
        }),
        ("new runner once the pogo hops come in", PlanPersonaTests.newRunner),
        ("seasoned marathoner", PlanPersonaTests.marathoner),
        ("new runner, 45 minutes", PlanFixtures.profile {
            $0.experience = .new; $0.goal = .first5k; $0.weeklyKm = 10; $0.sessionMinutes = .long; $0.equipment = [.mat, .step, .dumbbells]
            $0.runDays = [.tue, .thu, .sat]; $0.longRunDay = .sat
        }),
    ]

    static func fullSessions(_ plan: Plan) -> [(week: Int, session: PlanSession)] {
        plan.weeks.flatMap { week in
            week.sessions.filter { $0.kind == .strength && $0.light != true && !PlanFixtures.isProtocolSession($0) }.map { (week.number, $0) }
        }
    }

    /// Each repetition item of `role` in the full sessions of `runner`'s plan, with its week and the card's
    /// own dose at the runner's level; the count of them.
    @discardableResult
    static func eachItem(_ role: PlanItem.Role, runner: Int, _ check: (String, Int, PlanItem, ClosedRange<Int>, Dose) -> Void) -> Int {
        let (name, profile) = runners[runner]
        let cards = PlanFixtures.cardsByID(PlanPersonaTests.bundledCards)
        let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: profile, start: PlanFixtures.monday)
        var count = 0
        for (week, session) in fullSessions(plan) {
            for item in session.items where item.role == role {
                guard case let .reps(range) = item.dose.work, let own = cards[item.cardID]?.dose[profile.level] else { continue }
                count += 1
                check(name, week, item, range, own)
            }
        }
        return count
    }

    @Test(arguments: 0..<5)
    func calfWorkStaysAtTenRepsOrItsOwnHeavyDose(runner: Int) {
        let calves = Self.eachItem(.calf, runner: runner) { name, week, item, range, own in
            let ownLowest = if case let .reps(ownRange) = own.work { ownRange.lowerBound } else { PlanConstants.calfMinReps }
            #expect(item.dose.sets >= 2, "\(name) week \(week): \(item.cardID) \(item.dose.summary)")
            #expect(range.upperBound >= min(PlanConstants.calfMinReps, ownLowest), "\(name) week \(week): \(item.cardID) \(item.dose.summary)")
        }
        #expect(calves > 0)
    }

    @Test(arguments: 0..<2)
    func intermediateSingleLegLiftsStayNearThreeBySixToTen(runner: Int) {
        let lifts = Self.eachItem(.singleLeg, runner: runner) { name, week, item, range, own in
            #expect(item.dose.sets >= min(3, own.sets), "\(name) week \(week): \(item.cardID) \(item.dose.summary)")
            #expect(range.upperBound <= PlanConstants.singleLegMaxReps, "\(name) week \(week): \(item.cardID) \(item.dose.summary)")
        }
        #expect(lifts > 0)
    }

    /// The single-leg rep cap is for the levels past beginner, on both single-leg places; a beginner's
    /// lifts keep the card's own ceiling (DOMAIN §2: beginners 2 × 10–15).
    @Test func theSingleLegRepCapStartsPastTheBeginnerLevel() {
        for slot in [PlanSlot.singleLegMain, .singleLegSecond] {
            #expect(LiftVolume.maxReps(slot, level: .beginner) == nil, "\(slot)")
            for level in [Level.intermediate, .advanced] {
                #expect(LiftVolume.maxReps(slot, level: level) == PlanConstants.singleLegMaxReps, "\(slot) \(level)")
            }
        }
        #expect(LiftVolume.maxReps(.heavyLift, level: .advanced) == PlanConstants.heavyLiftMaxReps)
        #expect(LiftVolume.maxReps(.calf, level: .intermediate) == nil)
    }

    /// Week to week, a slot's sets never drop while its reps climb (reps → sets → load → variant).
    @Test(arguments: 0..<5)
    func setsNeverFallWhileRepsClimb(runner: Int) {
        let (name, profile) = Self.runners[runner]
        let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: profile, start: PlanFixtures.monday)
        var last: [String: (card: String, sets: Int, reps: Int)] = [:]
        for (week, session) in Self.fullSessions(plan) {
            for item in session.items {
                guard let slot = item.slot, case let .reps(range) = item.dose.work, item.role != .plyometric else { continue }
                if let before = last[slot], before.card == item.cardID {
                    #expect(!(item.dose.sets < before.sets && range.upperBound > before.reps),
                            "\(name) week \(week) \(slot): \(before.sets) × \(before.reps) → \(item.dose.summary)")
                }
                last[slot] = (item.cardID, item.dose.sets, range.upperBound)
            }
        }
    }
}
