import Testing
@testable import LegworkKit

/// Made-up logs: each session is a list of (reps, load, rir, pain) per set.
private func card(regression: String? = "split_squat_supported", progression: String? = "rear_foot_elevated_split_squat") -> ExerciseCard {
    ExerciseCard(id: "split_squat", name: "Split squat", kind: .strength, muscles: MuscleGroups(primary: [.quads]),
                 qualities: nil, dose: [:], regression: regression, progression: progression, steps: [], cues: [],
                 mistakes: [], runningCue: "")
}

private typealias S = (reps: Int, kg: Double?, rir: Int?, pain: Int?)

private func log(_ sessions: [[S]], exercise: String = "split_squat") -> [SetRecord] {
    var sets: [SetRecord] = []
    for (i, session) in sessions.enumerated() {
        let day = WallTime(year: 2025, month: 3, day: 1 + 3 * i, hour: 18)
        for (n, s) in session.enumerated() {
            let start = day.adding(seconds: Int64(n * 120))
            sets.append(SetRecord(sessionID: Int64(i + 1), exerciseID: exercise, setNumber: n + 1, reps: s.reps, loadKg: s.kg,
                                  rir: s.rir, pain: s.pain, startedAt: start, endedAt: start.adding(seconds: 40)))
        }
    }
    return sets
}

private let dose = Dose(sets: 3, work: .reps(8...10), rest: 90)
private let target = RepsInReserve(2, 3)
private func three(_ reps: Int, _ kg: Double?, rir: Int? = 2, pain: Int? = 0) -> [S] {
    Array(repeating: (reps, kg, rir, pain), count: 3)
}

@Suite struct ProgressAutoRegulationTests {
    @Test func topOfTheRangeTwiceAddsLoad() {
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(10, 20), three(10, 20)]),
                                      increment: LoadIncrement(.backpack, unit: .kg))
        #expect(d.change == .addLoad(fromKg: 20, toKg: 21))
        #expect(d.nextLoadKg == 21)
        #expect(d.reason.shorthand == "up 1 kg: 3x10 at RIR 2 twice")
    }

    @Test func theIncrementRoundsTheNewLoad() {
        // 40 kg: +2.5–5 % is 41–42 kg; no multiple of 2.5 lies there, so one increment up.
        #expect(AutoRegulation.nextLoad(after: 40, incrementKg: 2.5) == 42.5)
        #expect(AutoRegulation.nextLoad(after: 40, incrementKg: 1) == 41)
        #expect(AutoRegulation.nextLoad(after: 100, incrementKg: 2.5) == 102.5)
        #expect(AutoRegulation.nextLoad(after: 8, incrementKg: 2) == 10)
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(10, 40), three(10, 40)]),
                                      increment: LoadIncrement(.trapBar, unit: .kg))
        #expect(d.reason.shorthand == "up 2.5 kg: 3x10 at RIR 2 twice")
    }

    @Test func onceIsNotEnough() {
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(9, 20), three(10, 20)]))
        #expect(d.change == .hold)
        #expect(d.nextLoadKg == 20)
        #expect(d.reason.shorthand == "hold: 3x10 at RIR 2; 3x10 at RIR 2 twice to move up")
    }

    @Test func bodyWeightMovesProgressToTheHarderVariant() {
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(10, nil), three(10, nil)]))
        #expect(d.change == .progress(to: "rear_foot_elevated_split_squat"))
        #expect(d.reason.shorthand == "harder: rear_foot_elevated_split_squat, 3x10 at RIR 2 twice")
    }

    @Test func painAboveFiveRegresses() {
        var last = three(10, 20)
        last[1].pain = 6
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(10, 20), last]))
        #expect(d.change == .regress(to: "split_squat_supported"))
        #expect(d.reason.shorthand == "easier: split_squat_supported, pain 6/10 last time")
    }

    @Test func painOfFiveIsAcceptable() {
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(10, 20, pain: 5), three(10, 20, pain: 5)]),
                                      increment: LoadIncrement(.backpack, unit: .kg))
        #expect(d.change == .addLoad(fromKg: 20, toKg: 21))
    }

    @Test func worseTheNextMorningRegresses() {
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(10, 20, pain: 2)]), nextMorningPain: 4)
        #expect(d.change == .regress(to: "split_squat_supported"))
        #expect(d.reason.shorthand.contains("worse the next morning (4/10)"))
        let same = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(10, 20, pain: 2)]), nextMorningPain: 2)
        #expect(same.change == .hold)
    }

    @Test func painWithoutAnEasierVariantReduces() {
        let d = AutoRegulation.decide(card: card(regression: nil), dose: dose, target: target, sets: log([three(8, 20, pain: 7)]))
        #expect(d.change == .reduce)
        #expect(d.reason.shorthand == "lighter or shorter: pain 7/10 last time")
    }

    @Test(arguments: [0, 1])
    func effortBelowTheTargetHolds(rir: Int) {
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(10, 20), three(10, 20, rir: rir)]))
        #expect(d.change == .hold)
        #expect(d.reason.shorthand == "hold: RIR \(rir) is below the target 2")
    }

    @Test func fewerSetsThanPlannedHold() {
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([three(10, 20), Array(three(10, 20).prefix(2))]))
        #expect(d.change == .hold)
    }

    @Test func holdsUseTheirSecondsAndNothingLoggedHolds() {
        let plank = Dose(sets: 2, work: .seconds(30), rest: 30)
        let sets = [1, 2].flatMap { session in (1...2).map { n in
            SetRecord(sessionID: Int64(session), exerciseID: "split_squat", setNumber: n, seconds: 30, rir: 3,
                      startedAt: WallTime(year: 2025, month: 1, day: session * 2, hour: 8, minute: n),
                      endedAt: WallTime(year: 2025, month: 1, day: session * 2, hour: 8, minute: n, second: 30))
        } }
        let d = AutoRegulation.decide(card: card(), dose: plank, target: target, sets: sets)
        #expect(d.change == .progress(to: "rear_foot_elevated_split_squat"))
        #expect(d.reason.shorthand == "harder: rear_foot_elevated_split_squat, 2x30 s at RIR 3 twice")
        let none = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: log([[]]))
        #expect(none.reason.shorthand == "hold: nothing logged yet")
    }

    @Test func otherExercisesAreIgnored() {
        let mixed = log([three(10, 20), three(10, 20)], exercise: "calf_raise") + log([three(10, 20)])
        let d = AutoRegulation.decide(card: card(), dose: dose, target: target, sets: mixed)
        #expect(d.change == .hold)
    }

    @Test func aPlanItemBringsItsDoseTargetAndIncrement() {
        var loaded = card()
        loaded.equipment = EquipmentNeeds(required: [.kettlebell])
        let item = PlanItem(cardID: "split_squat", name: "Split squat", role: .singleLeg, dose: dose, tempo: .none,
                            rir: RepsInReserve(1, 2), why: "")
        let d = AutoRegulation.decide(for: item, card: loaded, sets: log([three(10, 16, rir: 1), three(10, 16, rir: 1)]))
        #expect(d.change == .addLoad(fromKg: 16, toKg: 20))
        #expect(d.reason.shorthand == "up 4 kg: 3x10 at RIR 1 twice")
        #expect(LoadIncrement.gear(of: card(), owned: []) == .other)
    }
}
