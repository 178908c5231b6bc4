import Testing
@testable import LegworkKit

/// DOMAIN §3, "What each warning sign does": one row per sign, checked against the real catalog, the
/// plan, a session and the stretch door.
@Suite("Safety gate")
struct SafetyGateTests {
    static let catalog = try! Catalog.bundled()
    static let today = CalendarDate(year: 2026, month: 12, day: 1)!

    static func runner(_ edit: (inout Profile) -> Void = { _ in }) -> Profile {
        var p = Profile(experience: .regular, goal: .stamina, runDays: [.tue, .thu, .sat], longRunDay: .sat,
                        equipment: [.mat, .miniBand, .dumbbells, .step, .bench, .wall, .backpack, .trapBar, .kettlebell])
        p.dumbbellMaxKg = 20
        edit(&p)
        return p
    }

    static func card(_ id: String) -> ExerciseCard { catalog.card(id: id)! }

    struct Row: Sendable, CustomTestStringConvertible {
        let sign: RedFlag
        let allowance: TrainingAllowance
        let runs: RunAdvice
        let stretching: Bool
        var testDescription: String { sign.rawValue }
    }

    static let table: [Row] = [
        Row(sign: .swelling, allowance: .none, runs: .paused, stretching: false),
        Row(sign: .chestPain, allowance: .none, runs: .paused, stretching: false),
        Row(sign: .fainting, allowance: .none, runs: .paused, stretching: false),
        Row(sign: .bonePain, allowance: .nonWeightBearing, runs: .paused, stretching: true),
        Row(sign: .nightPain, allowance: .nonWeightBearing, runs: .paused, stretching: true),
        Row(sign: .limp, allowance: .nonWeightBearing, runs: .paused, stretching: true),
        Row(sign: .givingWay, allowance: .noKneeLoading, runs: .asClinicianSays, stretching: true),
        Row(sign: .jointSwelling, allowance: .noKneeLoading, runs: .asClinicianSays, stretching: true),
        Row(sign: .numbness, allowance: .noLoadedLimb, runs: .asUsual, stretching: true),
    ]

    @Test(arguments: table)
    func eachSignFollowsItsRow(row: Row) {
        let decision = SafetyGate.decide(profile: Self.runner { $0.redFlags = [row.sign] }, today: Self.today)
        #expect(decision.allowance == row.allowance)
        #expect(decision.runs == row.runs)
        #expect(decision.stretchingAllowed == row.stretching)
        #expect(decision.strengthAllowed == (row.allowance != .none))
        #expect(decision.impactBlocked)
        #expect(decision.dosesFrozen)
        #expect(!decision.reasons.isEmpty)
    }

    @Test func noSignNoPainMeansEverything() {
        let decision = SafetyGate.decide(profile: Self.runner(), today: Self.today)
        #expect(decision.allowance == .everything)
        #expect(decision.strengthAllowed && decision.stretchingAllowed && !decision.dosesFrozen && !decision.impactBlocked)
        #expect(Self.catalog.cards.allSatisfy(decision.permits))
    }

    @Test func theStrictestSignWins() {
        let decision = SafetyGate.decide(profile: Self.runner { $0.redFlags = [.numbness, .givingWay, .limp] }, today: Self.today)
        #expect(decision.allowance == .nonWeightBearing)
        #expect(decision.runs == .paused)
    }

    // MARK: - Which cards each row allows

    @Test func boneStressLeavesLyingHipAndCoreWorkOnly() {
        let decision = SafetyGate.decide(profile: Self.runner { $0.redFlags = [.bonePain] }, today: Self.today)
        for id in ["glute_bridge", "sl_glute_bridge", "side_lying_abduction", "dead_bug", "front_plank", "side_plank"] {
            #expect(decision.permits(Self.card(id)), "\(id)")
        }
        // The Copenhagen plank lies down too, but holds the leg as a lever on a bench: it loads the thigh bone.
        for id in ["split_squat", "calf_raise", "pogo_hops", "step_up", "seated_soleus_raise", "lateral_band_walk", "copenhagen_plank"] {
            #expect(!decision.permits(Self.card(id)), "\(id)")
        }
    }

    @Test func kneeSignsRemoveKneeLoadingAndKneeling() {
        let decision = SafetyGate.decide(profile: Self.runner { $0.redFlags = [.givingWay] }, today: Self.today)
        for id in ["trap_bar_deadlift", "goblet_squat", "split_squat", "step_up", "step_down", "sl_rdl", "wall_sit", "pogo_hops", "kneeling_shin_stretch"] {
            #expect(!decision.permits(Self.card(id)), "\(id)")
        }
        for id in ["glute_bridge", "side_lying_abduction", "dead_bug", "side_plank", "calf_raise", "supine_hamstring_stretch"] {
            #expect(decision.permits(Self.card(id)), "\(id)")
        }
    }

    @Test func numbnessTakesAddedWeightOffTheLegs() {
        let decision = SafetyGate.decide(profile: Self.runner { $0.redFlags = [.numbness] }, today: Self.today)
        #expect(!decision.permits(Self.card("trap_bar_deadlift")))
        #expect(!decision.permits(Self.card("pogo_hops")))
        #expect(decision.permits(Self.card("split_squat")))
        #expect(decision.bodyWeightOnly)
    }

    @Test func urgentSignsAllowNothingNotEvenAStretch() {
        let decision = SafetyGate.decide(profile: Self.runner { $0.redFlags = [.swelling] }, today: Self.today)
        #expect(Self.catalog.cards.allSatisfy { !decision.permits($0) })
    }

    @Test func importedCardsWithoutAPositionCountAsStanding() {
        var card = Self.card("glute_bridge")
        card.position = nil
        let decision = SafetyGate.decide(profile: Self.runner { $0.redFlags = [.nightPain] }, today: Self.today)
        #expect(!decision.permits(card))
    }

    // MARK: - Pain over time

    static func checkIn(_ day: Int, pain: Int, morning: CheckIn.MorningAfter? = nil) -> CheckIn {
        CheckIn(date: today.adding(days: day), pain: [.knee: pain], morningAfter: morning)
    }

    static let kneeRunner = runner { $0.injuries = [InjuryStatus(.knee, .current(pain: 3))] }

    @Test func painAboveFiveAtTheCheckInRegressesAndFreezes() {
        let decision = SafetyGate.decide(profile: Self.kneeRunner, today: Self.today, checkIn: Self.checkIn(0, pain: 7))
        // The knee's work goes one step easier, not the whole session (DOMAIN §6).
        #expect(decision.painEpisode && decision.painfulAreas == [.knee] && !decision.regressesEverything && decision.dosesFrozen)
        #expect(decision.allowance == .regressions)
        #expect(decision.impactBlocked)
    }

    @Test func painSettlesAfterTwoSessionsAtFiveOrLess() {
        let journal = SafetyJournal(checkIns: [Self.checkIn(-4, pain: 7), Self.checkIn(-2, pain: 4)])
        let oneLater = SafetyGate.decide(profile: Self.kneeRunner, history: SafetyHistory(journal: journal), today: Self.today)
        #expect(oneLater.painEpisode, "one session at 4/10 is not yet two")
        let twoLater = SafetyGate.decide(profile: Self.kneeRunner, history: SafetyHistory(journal: journal), today: Self.today,
                                         checkIn: Self.checkIn(0, pain: 3))
        #expect(!twoLater.painEpisode)
        #expect(twoLater.allowance == .everything)
    }

    @Test func painDuringASetRegressesThatExerciseOnly() throws {
        let history = SafetyHistory(setPain: [.init(date: Self.today.adding(days: -2), exerciseID: "split_squat", pain: 6)])
        let decision = SafetyGate.decide(profile: Self.runner(), history: history, today: Self.today)
        #expect(decision.painEpisode && !decision.regressesEverything)
        let catalog = try Catalog.bundled()
        #expect(decision.regresses(catalog.card(id: "split_squat")!) && !decision.regresses(catalog.card(id: "glute_bridge")!))
        #expect(decision.dosesFrozen)
    }

    @Test func twoWeeksAboveFivePausesProgressionUntilCleared() {
        let entries = stride(from: -16, through: 0, by: 2).map { Self.checkIn($0, pain: 6) }
        let history = SafetyHistory(journal: SafetyJournal(checkIns: entries))
        let paused = SafetyGate.decide(profile: Self.kneeRunner, history: history, today: Self.today)
        #expect(paused.progressionPaused == .persistentPain(days: 16))
        #expect(paused.notices.contains { $0.kind == .progressionPaused })
        #expect(paused.reasons.contains { $0.contains("clinician") })
        // Thirteen days is not yet two weeks.
        let shorter = SafetyHistory(journal: SafetyJournal(checkIns: entries.filter { $0.date >= Self.today.adding(days: -12) }))
        #expect(SafetyGate.decide(profile: Self.kneeRunner, history: shorter, today: Self.today).progressionPaused == nil)
        // A clearance two days ago restarts the count.
        var cleared = history
        cleared.journal = cleared.journal.recording(SafetyJournal.Clearance(date: Self.today.adding(days: -2), signs: []))
        #expect(SafetyGate.decide(profile: Self.kneeRunner, history: cleared, today: Self.today).progressionPaused == nil)
    }

    @Test func worseTheNextMorningTwicePausesProgression() {
        let journal = SafetyJournal(checkIns: [Self.checkIn(-5, pain: 2, morning: .worse)])
        let once = SafetyGate.decide(profile: Self.kneeRunner, history: SafetyHistory(journal: journal), today: Self.today,
                                     checkIn: Self.checkIn(0, pain: 2, morning: .worse))
        #expect(once.progressionPaused == .worseMornings(2))
        #expect(once.worseMorning && once.regressesEverything)
        let single = SafetyGate.decide(profile: Self.kneeRunner, today: Self.today, checkIn: Self.checkIn(0, pain: 2, morning: .worse))
        #expect(single.progressionPaused == nil && single.regressesEverything)
    }

    @Test func aSafetyStopEndsStrengthForTheDay() {
        let history = SafetyHistory(safetyStops: [.init(date: Self.today, exerciseID: "split_squat")])
        let decision = SafetyGate.decide(profile: Self.runner(), history: history, today: Self.today)
        #expect(!decision.strengthAllowed && decision.stretchingAllowed)
        let tomorrow = SafetyGate.decide(profile: Self.runner(), history: history, today: Self.today.adding(days: 1))
        #expect(tomorrow.strengthAllowed)
    }

    @Test func aNewSignAtTheCheckInCountsAtOnce() {
        var checkIn = Self.checkIn(0, pain: 2)
        checkIn.newSigns = [.limp]
        let decision = SafetyGate.decide(profile: Self.kneeRunner, today: Self.today, checkIn: checkIn)
        #expect(decision.allowance == .nonWeightBearing)
        #expect(checkIn.applied(to: Self.kneeRunner).redFlags == [.limp])
        #expect(checkIn.applied(to: Self.kneeRunner).status(of: .knee)?.pain == 2)
    }

    // MARK: - A session through the gate

    static func session(_ ids: [String]) -> SessionPlan {
        SessionPlan(id: "t", title: "T", kind: .strength,
                    items: ids.map { try! SessionItem(card: card($0), level: .intermediate) }, runningCue: "")
    }

    @Test func aSessionKeepsOnlyWhatTheGateAllows() {
        let knee = SafetyGate.decide(profile: Self.runner { $0.redFlags = [.givingWay] }, today: Self.today)
        let adapted = knee.adapt(Self.session(["trap_bar_deadlift", "split_squat", "glute_bridge", "dead_bug"]), catalog: Self.catalog, level: .intermediate)
        let ids = adapted?.items.map(\.cardID) ?? []
        #expect(ids.allSatisfy { knee.permits(Self.card($0)) })
        #expect(ids.contains("glute_bridge") && ids.contains("dead_bug"))
        #expect(!ids.contains("trap_bar_deadlift") && !ids.contains("split_squat"))
        let urgent = SafetyGate.decide(profile: Self.runner { $0.redFlags = [.chestPain] }, today: Self.today)
        #expect(urgent.adapt(Self.session(["glute_bridge"]), catalog: Self.catalog, level: .intermediate) == nil)
    }

    @Test func thePainfulExerciseGoesOneStepEasier() {
        let history = SafetyHistory(setPain: [.init(date: Self.today.adding(days: -1), exerciseID: "sl_glute_bridge", pain: 7)])
        let decision = SafetyGate.decide(profile: Self.runner(), history: history, today: Self.today)
        let adapted = decision.adapt(Self.session(["sl_glute_bridge", "dead_bug"]), catalog: Self.catalog, level: .intermediate)!
        #expect(adapted.items.map(\.cardID) == ["glute_bridge", "dead_bug"])
        #expect(adapted.items[0].cue.hasPrefix("One step easier"))
    }

    // MARK: - The plan obeys

    static func plan(_ profile: Profile, safety: SafetyDecision? = nil) -> Plan {
        PlanGenerator(cards: catalog.cards).plan(for: profile, start: today, safety: safety, today: today)
    }

    @Test func anUrgentSignPausesEverySessionAndTheRuns() {
        let plan = Self.plan(Self.runner { $0.redFlags = [.swelling] })
        #expect(plan.sessionDays.isEmpty)
        #expect(plan.weeks.allSatisfy { $0.days.allSatisfy { $0.run == nil } })
        #expect(plan.notices.first?.kind == .urgentCare)
    }

    @Test func kneeGivingWayGetsNoHeavyLift() {
        let plan = Self.plan(Self.runner { $0.redFlags = [.givingWay]; $0.experience = .seasoned; $0.sessionMinutes = .long })
        let ids = plan.sessionDays.flatMap { $0.session!.items.map(\.cardID) }
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { !Self.card($0).loadsKnee }, "\(Set(ids))")
    }

    @Test func noDoseRisesWhilePainIsAboveFive() {
        let profile = Self.kneeRunner
        let decision = SafetyGate.decide(profile: profile, today: Self.today, checkIn: Self.checkIn(0, pain: 7))
        let plan = Self.plan(profile, safety: decision)
        // Each exercise's dose never grows past its first session's (a deload may lower it for a week).
        var last: [String: Dose] = [:]
        for day in plan.sessionDays {
            for item in day.session!.items {
                if let before = last[item.cardID], case let .reps(now) = item.dose.work, case let .reps(was) = before.work {
                    #expect(item.dose.sets <= before.sets && now.upperBound <= was.upperBound, "\(item.cardID) rose on \(day.date)")
                }
                if last[item.cardID] == nil { last[item.cardID] = item.dose }
                #expect(item.dose.load?.addsThisWeek != true)
            }
        }
        #expect(plan.notices.contains { $0.kind == .painRegression })
    }
}

extension SafetyGateTests {
    @Test func aFlareAboveThreeBlocksJumpingAtEveryDoor() {
        let flare = SafetyGate.decide(profile: Self.runner { $0.injuries = [InjuryStatus(.shins, .current(pain: 4))] }, today: Self.today)
        #expect(flare.flare && flare.impactBlocked && !flare.painEpisode)
        #expect(!flare.permits(Self.card("pogo_hops")))
        #expect(flare.permits(Self.card("split_squat")))
        // Today's check-in answer replaces the profile's.
        let settled = SafetyGate.decide(profile: Self.runner { $0.injuries = [InjuryStatus(.shins, .current(pain: 4))] }, today: Self.today,
                                        checkIn: CheckIn(date: Self.today, pain: [.shins: 2]))
        #expect(!settled.flare && settled.permits(Self.card("pogo_hops")))
    }
}

extension SafetyGateTests {
    @Test func aKneeThatGivesWayStandsOnTwoLegsWithoutLoad() {
        let knee = SafetyGate.decide(profile: Self.runner { $0.redFlags = [.jointSwelling] }, today: Self.today)
        for id in ["sl_calf_raise", "suitcase_carry", "db_rdl", "hip_hike", "lateral_lunge", "copenhagen_plank"] { #expect(!knee.permits(Self.card(id)), "\(id)") }
        for id in ["calf_raise", "lateral_band_walk", "pallof_press", "side_lying_abduction"] { #expect(knee.permits(Self.card(id)), "\(id)") }
    }
}

extension SafetyGateTests {
    @Test func aClinicianClearsTheSignsInTheFormAndOnTheCommandLine() throws {
        let flagged = Self.runner { $0.redFlags = [.bonePain, .numbness] }
        var form = IntakeForm(profile: flagged, today: Self.today)
        form.setText("2026-11-30", for: .cleared)
        let cleared = try form.profile()
        #expect(cleared.redFlags.isEmpty && cleared.clearedOn == Self.today.adding(days: -1))
        #expect(SafetyGate.decide(profile: cleared, today: Self.today).allowance == .everything)
        // A clearance cannot be dated after today, and an empty answer never undoes one.
        form.setText("2026-12-02", for: .cleared)
        #expect(form[.cleared]?.message?.contains("after today") == true)
        let same = try ProfileUpdate.apply(["cleared=none"], to: cleared, today: Self.today)
        #expect(same.clearedOn == cleared.clearedOn)
    }
}

extension SafetyGateTests {
    /// "Fetch" names only what the runner owns; what stands in for the rest is said with the exercise.
    @Test func aMatOnlyRunnerIsNeverToldToFetchDumbbells() {
        let matOnly = Profile(equipment: [.mat])
        #expect(SessionGear.gear(for: Self.card("seated_soleus_raise"), profile: matOnly) == [])
        let withKettlebell = Profile(equipment: [.mat, .kettlebell])
        #expect(SessionGear.gear(for: Self.card("seated_soleus_raise"), profile: withKettlebell) == [.kettlebell])
        #expect(SessionGear.gear(for: Self.card("seated_soleus_raise"), profile: Profile(equipment: [.dumbbells, .bench])) == [.bench, .dumbbells])
        // A carry without dumbbells: nothing to fetch that the runner does not own; the backpack is said.
        #expect(SessionGear.gear(for: Self.card("suitcase_carry"), profile: matOnly) == [])
        let said = SessionGear.standIns(for: Self.card("suitcase_carry"), profile: matOnly, name: "Suitcase carry")
        #expect(said.count == 1)
        #expect(said.first?.hasPrefix("Suitcase carry needs dumbbells: ") == true)
        #expect(said.first?.contains("backpack") == true)
        #expect(SessionGear.standIns(for: Self.card("suitcase_carry"), profile: Profile(equipment: [.dumbbells]), name: "Suitcase carry").isEmpty)
    }
}
