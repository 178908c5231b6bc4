import Testing
@testable import LegworkKit

/// Issue 13's runners on the real catalog: would a sports physical therapist sign the plan?
@Suite("Plan personas a therapist would sign")
struct PlanTherapistPersonaTests {
    static let cards = PlanPersonaTests.bundledCards
    static let byID = PlanFixtures.cardsByID(cards)

    static func plan(_ edit: (inout Profile) -> Void) -> (Plan, Profile) {
        let profile = PlanFixtures.profile {
            $0.experience = .regular; $0.goal = .stamina; $0.runDays = [.tue, .thu, .sat, .sun]; $0.longRunDay = .sun
            $0.workoutDay = .thu; edit(&$0)
        }
        return (PlanGenerator(cards: cards).plan(for: profile, start: PlanFixtures.monday), profile)
    }

    /// Strength sessions, not the heel-raise protocol's own short sessions.
    static func strengthSessions(_ plan: Plan) -> [(PlanDay, PlanSession)] {
        plan.sessionDays.compactMap { day in day.session.flatMap { $0.items.contains { $0.role == .warmUp } ? (day, $0) : nil } }
    }

    static func card(_ item: PlanItem) -> ExerciseCard { byID[item.cardID]! }

    static func isCalf(_ item: PlanItem) -> Bool { !Set(card(item).muscles.primary).isDisjoint(with: [.calves, .soleus]) }

    @Test(arguments: [Set<Equipment>([.mat]), [.backpack, .towel], [.mat, .miniBand]])
    func everySessionHasCalfGenuineGluteMedSingleLegAndCore(equipment: Set<Equipment>) {
        for experience in Experience.allCases {
            let (plan, _) = Self.plan { $0.experience = experience; $0.equipment = equipment }
            let sessions = Self.strengthSessions(plan)
            #expect(!sessions.isEmpty)
            for (day, session) in sessions {
                let items = session.items
                #expect(items.first?.role == .warmUp, "\(day.date): the warm-up comes first")
                #expect(items.contains(where: Self.isCalf), "\(day.date) \(experience): calf work")
                #expect(items.contains { $0.role == .gluteMed && Self.card($0).muscles.primary.contains(.gluteMed) }, "\(day.date): a genuine glute-med item")
                #expect(items.contains { Self.card($0).score(.singleLeg) == 3 && $0.role == .singleLeg }, "\(day.date): single-leg 3")
                #expect(items.contains { Self.card($0).kind == .core }, "\(day.date): core")
            }
        }
    }

    @Test func everyQualityScoresThreeTwiceAWeek() {
        for equipment in [Set<Equipment>([.mat]), [.mat, .dumbbells, .step, .miniBand]] {
            let (plan, _) = Self.plan { $0.equipment = equipment }
            for week in plan.weeks where week.phase == .base || week.phase == .build {
                let used = week.sessions.flatMap(\.items).filter { $0.role != .warmUp }.map(Self.card)
                for quality in Quality.allCases {
                    #expect(used.filter { $0.score(quality) == 3 }.count >= 2, "week \(week.number) \(quality)")
                }
            }
        }
    }

    @Test func theTopFiveAppearWhenTheEquipmentAllows() {
        let (plan, _) = Self.plan { $0.equipment = [.mat, .miniBand, .step, .dumbbells] }
        let ids = Set(plan.weeks.flatMap(\.sessions).flatMap(\.items).map(\.cardID))
        for id in ["glute_bridge", "sl_rdl", "lateral_band_walk", "step_up", "front_plank"] {
            #expect(ids.contains(id), "\(id)")
        }
    }

    @Test func substitutesAreAlternativesAndLoadsComeFromWhatTheRunnerOwns() {
        let (plan, _) = Self.plan { $0.equipment = [.backpack, .towel] }
        let items = plan.weeks.flatMap(\.sessions).flatMap(\.items)
        // "A kettlebell or a loaded backpack": the backpack is enough, and the load says so.
        let loaded = items.filter { Self.card($0).equipment.required.contains(.dumbbells) }
        #expect(!loaded.isEmpty)
        // No load in the plan names dumbbells the runner does not have.
        for item in items { #expect(item.dose.load?.words.lowercased().contains("dumbbell") != true, "\(item.cardID): \(item.dose.load?.words ?? "")") }
        let (gym, _) = Self.plan { $0.equipment = [.mat, .dumbbells] }
        #expect(gym.weeks.flatMap(\.sessions).flatMap(\.items).contains { $0.dose.load?.words.contains("dumbbell") == true })
    }

    @Test func achillesWithAMatOnlyGetsStandingAndBentKneeRaisesThreeTimesAWeek() {
        let (plan, _) = Self.plan { $0.equipment = [.mat]; $0.injuries = [InjuryStatus(.achilles, .current(pain: 3))] }
        for week in plan.weeks.dropFirst().dropLast() {
            let days = week.days.filter { $0.session?.items.contains { $0.cardID == "sl_calf_raise" && $0.role == .injuryModule } == true }
            #expect(days.count >= 3, "week \(week.number): heavy slow raises on \(days.count) days")
            for day in days {
                let items = day.session!.items
                #expect(items.contains { $0.cardID == "seated_soleus_raise" }, "bent-knee raise")
                #expect(items.first?.note?.contains("From flat floor") == true)
            }
            // 48 h between the heavy days.
            for (a, b) in zip(days, days.dropFirst()) { #expect(b.date.days(since: a.date) >= 2) }
        }
        #expect(!plan.notices.contains { $0.kind == .equipment })
    }

    @Test func achillesAndPlantarShareOneProtocolEverySecondDay() {
        let (plan, _) = Self.plan {
            $0.equipment = [.mat]; $0.runDays = [.tue, .sat]; $0.longRunDay = .sat; $0.workoutDay = nil
            $0.injuries = [InjuryStatus(.achilles, .current(pain: 3)), InjuryStatus(.plantar, .current(pain: 2))]
        }
        let days = plan.sessionDays.filter { $0.session!.items.contains { $0.cardID == "towel_heel_raise" } }
        #expect(days.count >= 10)
        for day in days {
            // One protocol: the towel raise is the standing raise; no separate single-leg HSR raise beside it.
            #expect(!day.session!.items.contains { $0.cardID == "sl_calf_raise" && $0.role == .injuryModule })
        }
        for (a, b) in zip(days, days.dropFirst()) { #expect(b.date.days(since: a.date) <= 3, "\(a.date) → \(b.date)") }
        // Protocol sessions stay short, and strength sessions keep their minutes.
        for day in days { #expect(day.session!.minutes <= 20) }
    }

    @Test func aHealedKneeGetsMaintenanceNotRehab() {
        let (plan, _) = Self.plan { $0.equipment = [.mat, .step]; $0.injuries = [InjuryStatus(.knee, .past)] }
        let items = plan.weeks.flatMap(\.sessions).flatMap(\.items)
        #expect(!items.contains { $0.role == .painRelief || $0.role == .injuryModule })
        #expect(items.contains { Self.card($0).injuries.contains(.knee) && Self.card($0).muscles.primary.contains(.quads) })
    }

    @Test func aSoreKneeGetsItsHoldOnlyWhileItHurts() {
        let (sore, _) = Self.plan { $0.equipment = [.mat]; $0.injuries = [InjuryStatus(.knee, .current(pain: 3))] }
        for (_, session) in Self.strengthSessions(sore) {
            // The hold before loading is the warm-up's activation: first, and nothing added on top.
            #expect(session.items.first?.cardID == "wall_sit" && session.items.first?.role == .warmUp)
        }
        let (calm, _) = Self.plan { $0.equipment = [.mat]; $0.injuries = [InjuryStatus(.knee, .current(pain: 0))] }
        #expect(!calm.weeks.flatMap(\.sessions).flatMap(\.items).contains { $0.cardID == "wall_sit" && $0.role == .warmUp })
    }

    @Test func aBeginnerOnThreeDaysTrainsTwoDaysApartAtTwoByTenToFifteen() {
        let (plan, profile) = Self.plan {
            $0.experience = .new; $0.goal = .first5k; $0.equipment = [.mat]; $0.strengthDays = 3
            $0.runDays = [.mon, .wed, .sat]; $0.longRunDay = .sat; $0.workoutDay = nil
        }
        for week in plan.weeks {
            let dates = week.days.filter { $0.session != nil }.map(\.date)
            for (a, b) in zip(dates, dates.dropFirst()) { #expect(b.days(since: a) >= 2, "week \(week.number): \(a) and \(b)") }
        }
        for week in plan.weeks where week.number <= 4 {
            for item in week.sessions.flatMap(\.items) where item.role != .warmUp && item.rir != nil {
                #expect(item.dose.sets <= 2, "\(item.cardID)")
                if case let .reps(range) = item.dose.work { #expect(range.lowerBound == 10 && range.upperBound <= 15, "\(item.cardID)") }
                #expect(item.rir == RepsInReserve(3, 4))
            }
        }
        #expect(profile.level == .beginner)
    }

    @Test func aPRRunnerNeverJumpsOrLiftsHeavyAfterTheLongRunAndKeepsThreeHeavySets() {
        let (plan, profile) = Self.plan {
            $0.experience = .seasoned; $0.goal = .pr; $0.equipment = [.mat, .dumbbells, .step, .miniBand]; $0.sessionMinutes = .long
        }
        for day in plan.sessionDays where day.run == .long {
            #expect(!day.session!.items.contains { $0.role == .plyometric || $0.role == .heavyLift }, "\(day.date)")
        }
        let heavy = plan.weeks.filter { $0.phase == .build }.flatMap(\.sessions).flatMap(\.items).filter { $0.role == .heavyLift }
        #expect(!heavy.isEmpty)
        for item in heavy { #expect(item.dose.sets >= 3 && item.note?.contains("ramp-up") == true) }
        #expect(profile.level == .advanced)
    }

    @Test(arguments: [SessionLength.short, .standard, .long])
    func sessionsWithInjuriesFitTheirMinutes(length: SessionLength) {
        let tolerance = [SessionLength.short: 90, .standard: 120, .long: 180][length]!
        for injuries in [[InjuryStatus(.knee, .current(pain: 3))], [InjuryStatus(.shins, .current(pain: 2))],
                         [InjuryStatus(.achilles, .current(pain: 3)), InjuryStatus(.plantar, .current(pain: 2))]] {
            let (plan, _) = Self.plan { $0.equipment = [.mat]; $0.sessionMinutes = length; $0.injuries = injuries }
            for (day, session) in Self.strengthSessions(plan) {
                let seconds = SessionTiming.seconds(session.items, session.items.map(Self.card))
                #expect(abs(seconds - length.minutes * 60) <= tolerance || seconds < length.minutes * 60,
                        "\(injuries) \(day.date): \(seconds) s for \(length.minutes) min")
            }
        }
    }

    @Test func passingTheHopTestBringsJumpingBack() throws {
        var profile = PlanFixtures.profile { $0.experience = .regular; $0.injuries = [InjuryStatus(.achilles, .past)]; $0.goal = .painFree }
        #expect(PlyoGate.weekBlock(profile: profile, weekNumber: 5, phase: .build)?.contains("the hop test's day in your profile") == true)
        try ProfileKey.hopTest.apply("passed:2026-02-20", to: &profile)
        #expect(profile.hopTestPassed == CalendarDate(text: "2026-02-20"))
        #expect(PlyoGate.weekBlock(profile: profile, weekNumber: 5, phase: .build) == nil)
        #expect(ReturnToJumping.passes(calfRaisesEachLeg: 25, painFreeHopsEachLeg: 10, painFreeRunMinutes: 30))
        #expect(!ReturnToJumping.passes(calfRaisesEachLeg: 24, painFreeHopsEachLeg: 10, painFreeRunMinutes: 30))
        // A flare still blocks, test or not.
        profile.injuries = [InjuryStatus(.achilles, .current(pain: 5))]
        #expect(PlyoGate.weekBlock(profile: profile, weekNumber: 5, phase: .build) != nil)
        #expect(throws: ProfileError.self) { try ProfileKey.hopTest.apply("yes", to: &profile) }
    }
}
