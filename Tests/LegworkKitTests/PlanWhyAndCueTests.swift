import Testing
@testable import LegworkKit

@Suite("Plan rule: WhyText and RunningCue")
struct PlanWhyAndCueTests {
    let slRDL = PlanTestCards.named("sl_rdl")

    @Test func whyNamesRoleQualitiesGoalAndInjury() {
        let profile = PlanFixtures.profile { $0.goal = .race; $0.raceDistance = .half; $0.injuries = [InjuryStatus(.itbs, .past), InjuryStatus(.knee, .current(pain: 3))] }
        let why = WhyText.why(card: slRDL, role: .singleLeg, profile: profile, origin: .direct, variantOf: nil, easierBecauseOfPain: false)
        #expect(why == "Single-leg strength: running is one leg at a time (single-leg focus 3/3, joint control 3/3, carryover to running 3/3), "
            + "for your half marathon; guards against your past IT band syndrome; works on your runner's knee (pain 3/10).")
    }

    @Test func whyExplainsMissingEquipmentAndVariants() {
        let profile = PlanFixtures.profile { $0.goal = .pr }
        let regression = WhyText.why(card: PlanTestCards.named("db_rdl"), role: .heavyLift, profile: profile,
                                     origin: .regression(of: PlanTestCards.named("trap_bar_deadlift"), missing: [.trapBar]),
                                     variantOf: nil, easierBecauseOfPain: false)
        #expect(regression.hasSuffix("for your PR; in place of Trap-bar deadlift, which needs trap bar."))
        #expect(regression.hasPrefix("Heavy lift: more force for push-off"))
        // A body-weight bridge in the heavy lift's place does not claim to be one.
        let bridge = WhyText.why(card: PlanTestCards.named("glute_bridge"), role: .heavyLift, profile: profile,
                                 origin: .weakerRegression(of: PlanTestCards.named("trap_bar_deadlift"), missing: [.trapBar]),
                                 variantOf: nil, easierBecauseOfPain: false)
        #expect(bridge.hasPrefix("Hip strength for push-off, in place of a heavy lift"))
        let variant = WhyText.why(card: slRDL, role: .singleLeg, profile: profile, origin: .direct,
                                  variantOf: PlanTestCards.named("db_rdl"), easierBecauseOfPain: true)
        // The calendar only proposes the next step; only the log can say the easier card was done well.
        #expect(variant.contains("the next step after DB RDL, once your log shows that one done well"))
        #expect(!variant.contains("mastered") && !variant.contains("now that"))
        #expect(variant.contains("one step easier while your pain is above 5/10"))
        let earned = WhyText.why(card: slRDL, role: .singleLeg, profile: profile, origin: .direct,
                                 variantOf: PlanTestCards.named("db_rdl"), easierBecauseOfPain: false, earned: true)
        #expect(earned.contains("the harder variant of DB RDL, now that your log shows it done well twice"))
    }

    @Test(arguments: Goal.allCases)
    func everyGoalHasItsClause(goal: Goal) {
        #expect(!WhyText.goalClause(PlanFixtures.profile { $0.goal = goal }).isEmpty)
    }

    @Test func cueComesFromTheMostCarryoverAndRotatesOnTies() {
        let cards = ["dead_bug", "sl_rdl", "step_up", "glute_bridge"].map(PlanTestCards.named)
        #expect(RunningCue.pick(from: cards, week: 1) == "cue: sl_rdl")
        #expect(RunningCue.pick(from: cards, week: 2) == "cue: step_up")
        #expect(RunningCue.pick(from: cards, week: 3) == "cue: sl_rdl")
        #expect(RunningCue.pick(from: [PlanTestCards.named("dead_bug")], week: 1) == "cue: dead_bug")
    }
}
