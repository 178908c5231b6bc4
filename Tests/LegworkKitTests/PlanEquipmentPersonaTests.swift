import Testing
@testable import LegworkKit

/// Personas on the bundled catalog, checked for one rule: a runner is only given exercises they can do
/// with their equipment (DOMAIN.md §2: missing equipment → the regression id).
@Suite("Plan personas: equipment")
struct PlanEquipmentPersonaTests {
    static let cards = PlanPersonaTests.bundledCards
    static let byID = PlanFixtures.cardsByID(cards)
    static let monday = PlanFixtures.monday

    static func plan(_ edit: (inout Profile) -> Void) -> Plan {
        PlanGenerator(cards: cards).plan(for: PlanFixtures.profile(edit), start: monday)
    }

    static func items(_ plan: Plan) -> [PlanItem] { plan.weeks.flatMap(\.sessions).flatMap(\.items) }

    /// Every goal with what it needs: a race in 10 weeks (so taper and post-race mobility are in the plan),
    /// past injuries for the pain-free goal (so its injury modules run).
    static func profile(_ experience: Experience, _ goal: Goal, _ length: SessionLength, equipment: Set<Equipment>) -> (inout Profile) -> Void {
        { p in
            p.experience = experience; p.goal = goal; p.sessionMinutes = length; p.equipment = equipment
            if goal == .race { p.raceDistance = .half; p.raceDate = monday.adding(days: 68) }
            if goal == .painFree { p.injuries = [InjuryStatus(.achilles, .past), InjuryStatus(.knee, .past), InjuryStatus(.itbs, .past)] }
        }
    }

    @Test func theBundledCatalogIsLoaded() { #expect(Self.cards.count >= 40) }

    /// An equipment warning speaks of the sessions the plan holds (DOMAIN §6, words follow values): the
    /// gear it says is missing is needed by an exercise of the plan, the stand-in it names is in the plan.
    /// The minutes are fitted by drafting sessions that are then cut, and a draft's exercises (a trap-bar
    /// deadlift for a one-session week that leaves out the heavy lift) once left their warnings behind.
    @Test(arguments: Experience.allCases, [1, 2, 3])
    func equipmentWarningsSpeakOfThePlansExercises(experience: Experience, days: Int) {
        let kits: [Set<Equipment>] = [[.mat], [.mat, .dumbbells], [.mat, .step, .miniBand], [.mat, .longBand, .kettlebell],
                                      [.mat, .dumbbells, .step, .miniBand, .bench]]
        var checked = 0
        for goal in Goal.allCases {
            for length in SessionLength.allCases {
                for kit in kits {
                    let plan = Self.plan { p in
                        Self.profile(experience, goal, length, equipment: kit)(&p)
                        p.strengthDays = days
                    }
                    let held = Self.items(plan).compactMap { Self.byID[$0.cardID] }
                    for warning in plan.warnings where warning.kind == .equipment {
                        checked += 1
                        let needed = Equipment.allCases.filter { item in
                            !kit.contains(item) && warning.message.hasPrefix("No \(item.title):")
                                && held.contains { $0.equipment.required.contains(item) }
                        }
                        let named = held.contains { warning.message.contains($0.name) }
                        #expect(!needed.isEmpty || named, "\(experience) \(goal) \(length) \(kit.map(\.rawValue).sorted()) \(days)×: \(warning.message)")
                    }
                }
            }
        }
        #expect(checked > 0)
    }

    @Test(arguments: Experience.allCases, Goal.allCases)
    func matOnlyRunnersAreNeverGivenEquipmentTheyLack(experience: Experience, goal: Goal) {
        for length in SessionLength.allCases {
            let plan = Self.plan(Self.profile(experience, goal, length, equipment: [.mat]))
            #expect(!PlanFixtures.strengthDays(plan).isEmpty, "\(length)")
            // Household items count (DOMAIN.md §1): a card is given only when it can be done with a mat and them.
            let selector = ExerciseSelector(cards: Self.cards, profile: PlanFixtures.profile { $0.equipment = [.mat] })
            for item in Self.items(plan) {
                #expect(selector.isDoable(Self.byID[item.cardID]!), "\(length): \(item.cardID)")
            }
        }
    }

    @Test(arguments: Experience.allCases)
    func injuredMatOnlyRunnersGetNoModuleTheyCannotDoAndAreTold(experience: Experience) {
        let plan = Self.plan {
            $0.experience = experience; $0.equipment = [.mat]
            $0.injuries = [InjuryStatus(.achilles, .current(pain: 3)), InjuryStatus(.plantar, .current(pain: 2)), InjuryStatus(.knee, .current(pain: 2))]
        }
        let selector = ExerciseSelector(cards: Self.cards, profile: PlanFixtures.profile { $0.equipment = [.mat] })
        for item in Self.items(plan) {
            #expect(selector.isDoable(Self.byID[item.cardID]!), "\(item.cardID)")
        }
        // Calf raises need only the floor: the protocol runs, and no notice says it cannot.
        #expect(!plan.notices.contains { $0.kind == .equipment })
        #expect(Self.items(plan).contains { $0.cardID == "towel_heel_raise" })
    }

    /// The plan first reported wrong: regular, PR, mat only, 30 minutes. Household items count now
    /// (DOMAIN.md §1): the single-leg deadlift and calf raises need nothing, and no warning says they do.
    @Test func theReportedPlanNowFitsAMat() throws {
        let plan = Self.plan { $0.experience = .regular; $0.goal = .pr; $0.equipment = [.mat]; $0.sessionMinutes = .standard }
        let ids = Set(Self.items(plan).map(\.cardID))
        #expect(ids.isDisjoint(with: ["trap_bar_deadlift"]), "\(ids.sorted())")
        #expect(ids.contains("sl_rdl") && ids.contains("sl_calf_raise"), "\(ids.sorted())")
        // No card mentions a substitute that names equipment the runner lacks.
        #expect(Self.items(plan).allSatisfy { note in ["kettlebell", "stair"].allSatisfy { !(note.note ?? "").contains($0) } })
        #expect(!plan.warnings.contains { $0.kind == .slotUnfilled && $0.message.hasPrefix("No calf exercise") })
    }

    @Test(arguments: [Experience.regular, .seasoned], [SessionLength.standard, .long])
    func aGymRunnerStillGetsTheTrapBarDeadlift(experience: Experience, length: SessionLength) {
        let plan = Self.plan { $0.experience = experience; $0.goal = .pr; $0.sessionMinutes = length; $0.equipment = Set(Equipment.allCases) }
        let training = plan.weeks.filter { $0.phase == .base || $0.phase == .build }
        #expect(!training.isEmpty)
        for week in training {
            let heavy = week.sessions.flatMap(\.items).filter { $0.role == .heavyLift }
            #expect(heavy.count == week.sessions.count, "week \(week.number): a heavy lift in every session")
            #expect(heavy.first?.cardID == "trap_bar_deadlift", "week \(week.number): \(heavy.map(\.cardID))")
        }
        #expect(!plan.warnings.contains { $0.kind == .equipment || $0.kind == .slotUnfilled }, "\(plan.warnings)")
    }

    @Test func withNoEquipmentAtAllMatWorkUsesAHouseholdStandIn() {
        let plan = Self.plan { $0.experience = .regular; $0.equipment = [] }
        let items = Self.items(plan)
        #expect(!items.isEmpty)
        let selector = ExerciseSelector(cards: Self.cards, profile: PlanFixtures.profile { $0.equipment = [] })
        for item in items where item.role != .warmUp {
            let required = Self.byID[item.cardID]!.equipment.required
            #expect(selector.isDoable(Self.byID[item.cardID]!), "\(item.cardID) needs \(required.map(\.rawValue))")
            if required.contains(.mat) { #expect(item.note?.contains("No mat: a carpet") == true, "\(item.cardID): \(item.note ?? "no note")") }
        }
        #expect(items.contains { $0.role == .core }, "a plank on a carpet rather than no core work")
        #expect(plan.warnings.contains { $0.kind == .equipment && $0.message.hasPrefix("No mat:") })
    }
}
