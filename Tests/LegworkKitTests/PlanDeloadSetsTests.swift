import Testing
@testable import LegworkKit

/// DOMAIN §2, Deload: sets −40–50%, RIR +2; Races: the last session before a race is light, ≤50% sets and
/// RIR 4 or more (`LightSets`).
@Suite("Plan deload sets")
struct PlanDeloadSetsTests {
    @Test func threeSetExercisesTakeTurnsSoTheSessionHalves() {
        var tally = LightSets(kind: .deload)
        let kept = (0..<4).map { _ in tally.lighten(.reps(3, 10, rest: 60)).sets }
        #expect(kept == [2, 1, 2, 2], "7 of 12 sets: a 42% cut")
        #expect(PlanConstants.deloadSetsCut.contains(1 - Double(tally.keptSets) / Double(tally.fullSets)))
        // After a halved 4-set lift the next 3-set exercise keeps 2 (4 of 7 so far: a 43% cut).
        var mixed = LightSets(kind: .deload)
        #expect([4, 3, 3, 2].map { mixed.lighten(.reps($0, 8, rest: 60)).sets } == [2, 2, 2, 1])
        #expect(PlanConstants.deloadSetsCut.contains(1 - Double(mixed.keptSets) / Double(mixed.fullSets)))
        #expect(LightSets.sets(1, kind: .deload) == 1, "a single set stays")
    }

    @Test func raceWeekKeepsAtMostHalf() {
        #expect([1, 2, 3, 4, 5].map { LightSets.sets($0, kind: .race) } == [1, 1, 1, 2, 2])
    }

    /// Sets of each slot in the sessions of `week`, by slot ("A.single-leg"): lifts and core, not jumps
    /// (a light week's jumps follow the jump rules) nor protocols.
    static func setsBySlot(_ week: PlanWeek) -> [String: Int] {
        var sets: [String: Int] = [:]
        for item in week.sessions.flatMap(\.items) where item.role != .plyometric {
            if let slot = item.slot { sets[slot] = item.dose.sets }
        }
        return sets
    }

    static let personas: [(String, Profile)] = [
        ("seasoned marathoner", PlanPersonaTests.marathoner),
        ("PR chaser", PlanPersonaTests.prChaser),
        ("intermediate half", PlanFixtures.profile {
            $0.experience = .regular; $0.goal = .race; $0.raceDistance = .half; $0.raceDate = CalendarDate(text: "2026-06-07")
            $0.weeklyKm = 40; $0.runDays = [.tue, .thu, .sat, .sun]; $0.longRunDay = .sun; $0.workoutDay = .tue
            $0.strengthDays = 2; $0.sessionMinutes = .long; $0.equipment = PlanTestCards.gym; $0.dumbbellMaxKg = 20
        }),
        ("new runner, 45 minutes", PlanFixtures.profile {
            $0.experience = .new; $0.goal = .first5k; $0.weeklyKm = 8; $0.equipment = [.mat, .dumbbells]; $0.dumbbellMaxKg = 10
            $0.runDays = [.tue, .thu, .sat]; $0.longRunDay = .sat; $0.strengthDays = 2; $0.sessionMinutes = .long
        }),
    ]

    @Test(arguments: 0..<4)
    func everyDeloadCutsTheSessionsSetsByFortyToFiftyPercent(persona: Int) {
        let (name, profile) = Self.personas[persona]
        let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: profile, start: PlanFixtures.monday)
        var checked = 0
        for (i, week) in plan.weeks.enumerated() where week.phase == .deload && i > 0 && week.number > PlanConstants.beginnerTechniqueWeeks {
            let before = Self.setsBySlot(plan.weeks[i - 1]), light = Self.setsBySlot(week)
            let shared = Set(before.keys).intersection(light.keys)
            let full = shared.map { before[$0]! }.reduce(0, +), kept = shared.map { light[$0]! }.reduce(0, +)
            #expect(full > 0)
            let cut = 1 - Double(kept) / Double(full)
            #expect(PlanConstants.deloadSetsCut.contains(cut), "\(name) week \(week.number): \(kept) of \(full) sets")
            for slot in shared where before[slot]! != 3 && before[slot]! > 1 {
                let slotCut = 1 - Double(light[slot]!) / Double(before[slot]!)
                #expect(PlanConstants.deloadSetsCut.contains(slotCut), "\(name) week \(week.number) \(slot): \(before[slot]!) → \(light[slot]!)")
            }
            for item in week.sessions.flatMap(\.items) where item.rir != nil && item.role != .injuryModule {
                #expect(item.rir!.min >= 3, "\(name) week \(week.number) \(item.cardID): \(item.rir!)")
            }
            checked += 1
        }
        #expect(checked > 0, "\(name) has a deload past the technique weeks")
    }

    @Test func raceWeekIsAtMostHalfTheSetsAtFourInReserve() {
        let profile = Self.personas[2].1
        let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: profile, start: PlanFixtures.monday)
        let full = plan.weeks.last { $0.phase == .build || $0.phase == .peak }!
        let fullSets = Dictionary(full.sessions.flatMap(\.items).filter { $0.role != .plyometric }.map { ($0.cardID, $0.dose.sets) }, uniquingKeysWith: max)
        let raceWeek = plan.weeks.flatMap(\.sessions).filter { $0.title == "Race-week strength" }
        #expect(!raceWeek.isEmpty)
        for item in raceWeek.flatMap(\.items) where item.role != .warmUp {
            if let sets = fullSets[item.cardID], sets > 1 { #expect(item.dose.sets * 2 <= sets, "\(item.cardID): \(item.dose.sets) of \(sets)") }
            if let rir = item.rir { #expect(rir.min >= 4) }
        }
    }

    @Test func aPainCutSaysHowManySets() {
        #expect(LightSets.painCutNote(kept: 2, of: 3) == "Pain above 5/10: 2 sets instead of 3, in a pain-free range only.")
        #expect(LightSets.painCutNote(kept: 1, of: 1) == "Pain above 5/10: in a pain-free range only.")
    }
}
