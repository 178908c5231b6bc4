import Testing
@testable import LegworkKit

/// Pain at the check-in regresses what loads the painful area, and a reactive tendon gets holds, not more
/// raises (DOMAIN §6: a reactive tendon; only the painful exercise is regressed).
@Suite struct PainfulAreaTests {
    static let today = CalendarDate(year: 2027, month: 3, day: 10)!
    static let catalog = try! Catalog.bundled()

    static func runner(_ injury: Injury, pain: Int) -> Profile {
        var profile = Profile(experience: .regular)
        profile.injuries = [InjuryStatus(injury, .current(pain: pain))]
        return profile
    }

    static func decide(_ injury: Injury, pain: Int) -> SafetyDecision {
        SafetyGate.decide(profile: runner(injury, pain: pain), today: today, checkIn: CheckIn(date: today, pain: [injury: pain]))
    }

    static func session(_ ids: [String]) throws -> SessionPlan {
        SessionPlan(id: "s", title: "Strength A", kind: .strength,
                    items: try ids.map { try SessionItem(card: catalog.card(id: $0)!, level: .intermediate) }, runningCue: "")
    }

    @Test func kneePainRegressesKneeWorkOnly() {
        let decision = Self.decide(.knee, pain: 7)
        #expect(decision.painEpisode && !decision.regressesEverything)
        #expect(decision.regresses(Self.catalog.card(id: "split_squat")!))
        #expect(!decision.regresses(Self.catalog.card(id: "side_plank")!), "the core is not the painful area")
        #expect(!decision.regresses(Self.catalog.card(id: "calf_raise")!))
        #expect(decision.dosesFrozen, "no dose rises anywhere while the pain lasts")
    }

    @Test func aReactiveAchillesGetsHoldsNotMoreRaises() throws {
        let decision = Self.decide(.achilles, pain: 7)
        #expect(decision.reactiveTendons == [.achilles])
        let plan = try Self.session(["sl_calf_raise", "seated_soleus_raise", "side_plank", "step_up"])
        let adapted = try #require(decision.adaptWithNotes(plan, catalog: Self.catalog, level: .intermediate))
        let ids = adapted.plan.items.map(\.cardID)
        #expect(ids == ["sl_calf_raise", "side_plank", "step_up"], "one set of holds for the tendon, the other calf work rests")
        let held = adapted.plan.items[0]
        #expect(held.dose == SafetyGate.reactiveTendonHolds && held.tempo == .isometric)
        #expect(adapted.plan.items[1].dose == plan.items[2].dose, "the side plank is not regressed")
        #expect(adapted.plan.items[2].cardID == "step_up" && adapted.plan.items[2].dose == plan.items[3].dose)
        // The verifier agrees, and would catch raises on that tendon.
        let raises = ProducedSession(plan, date: Self.today, path: .today)
        let rules = RuleContext(profile: Self.runner(.achilles, pain: 7), safety: decision, catalog: Self.catalog,
                                plan: Plan(start: Self.today, raceDate: nil, weeks: [], warnings: [], notices: []), jumpGate: JumpGate())
        #expect(SessionRules.check(ProducedSession(adapted.plan, date: Self.today, path: .today), rules).isEmpty)
        #expect(SessionRules.check(raises, rules).contains { $0.rule == .reactiveTendon })
    }

    /// The holds take longer than the raises they replace: every planned session of an Achilles runner, on a
    /// reactive day, keeps to its planned time (within the fit's tolerance) by leaving out its last
    /// exercises, never the holds (DOMAIN §6: fit by cutting, without choosing again).
    @Test(arguments: [SessionLength.short, .standard, .long])
    func aReactiveDayKeepsToThePlannedTime(_ minutes: SessionLength) throws {
        var profile = Profile(experience: .regular, goal: .stamina, runDays: [.tue, .thu, .sat], longRunDay: .sat,
                              sessionMinutes: minutes, equipment: [.mat, .step, .dumbbells])
        profile.injuries = [InjuryStatus(.achilles, .current(pain: 3))]
        let plan = PlanGenerator(cards: Self.catalog.cards).plan(for: profile, start: Self.today)
        let decision = SafetyGate.decide(profile: profile, today: Self.today, checkIn: CheckIn(date: Self.today, pain: [.achilles: 7]))
        var held = 0
        for day in plan.sessionDays {
            let planned = PlanSessions.sessionPlan(day.session!, date: day.date, catalog: Self.catalog)
            guard let adapted = decision.adaptWithNotes(planned, catalog: Self.catalog, level: .intermediate),
                  let holds = adapted.plan.items.first(where: { $0.tempo == .isometric && $0.dose.rest == SafetyGate.reactiveTendonHolds.rest
                      && $0.dose.work == SafetyGate.reactiveTendonHolds.work }) else { continue }
            held += 1
            let budget = SessionEngine(plan: planned).plannedTotal.components.seconds
            let total = SessionEngine(plan: adapted.plan).plannedTotal.components.seconds
            let fewest = adapted.plan.items.count == 1 && holds.dose.sets == SafetyGate.fewestReactiveTendonHolds
            #expect(total <= budget + Int64(SessionFit.tolerance(minutes: Int(budget / 60))) || fewest,
                    "\(day.date): \(total) s against \(budget) s planned: \(adapted.plan.items.map(\.name))")
            #expect(holds.dose.sets >= SafetyGate.fewestReactiveTendonHolds, "the holds stay")
            #expect(adapted.notes.first?.hasPrefix("\(holds.name): \(holds.dose.sets) holds of 45 s") == true, "\(adapted.notes)")
            for left in adapted.notes where left.hasSuffix("the tendon's holds take its time.") {
                #expect(!adapted.plan.items.contains { left.hasPrefix($0.name + " is left out") })
            }
        }
        #expect(held > 0, "some session of an Achilles runner loads the tendon")
    }

    /// A card the sign forbids gives way to its easier card; when that one loads the reactive tendon too,
    /// it is held, not raised (runner #409 of the wide grid: a knee sign and a reactive plantar fascia).
    @Test(arguments: RedFlag.allCases)
    func anEasierCardOnAReactiveTendonIsHeldToo(_ sign: RedFlag) throws {
        var profile = Self.runner(.plantar, pain: 5)
        profile.redFlags = [sign]
        let decision = SafetyGate.decide(profile: profile, today: Self.today, checkIn: CheckIn(date: Self.today, pain: [.plantar: 7]))
        guard decision.strengthAllowed else { return }
        let plan = try Self.session(["sl_calf_raise", "calf_raise", "side_plank"])
        guard let adapted = decision.adaptWithNotes(plan, catalog: Self.catalog, level: .intermediate) else { return }
        for item in adapted.plan.items {
            let card = try #require(Self.catalog.card(id: item.cardID))
            if decision.holdsForTendon(card) {
                #expect(item.tempo == .isometric && item.dose.work == SafetyGate.reactiveTendonHolds.work, "\(sign): \(item.name) \(item.dose.summary)")
            }
        }
        #expect(adapted.plan.items.filter { Self.catalog.card(id: $0.cardID).map(decision.holdsForTendon) == true }.count <= 1)
    }

    @Test func fiveOutOfTenIsNotReactive() {
        #expect(Self.decide(.achilles, pain: 5).reactiveTendons.isEmpty)
    }
}
