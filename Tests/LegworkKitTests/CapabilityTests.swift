import Testing
@testable import LegworkKit

/// One value of what the runner has and may do today, read by the plan, the log's adjustment and the
/// doors alike (DOMAIN §6: the same rules on every path).
@Suite struct CapabilityTests {
    static let bundled = try! Catalog.bundled()
    static let start = TrainingBlockMemoryTests.start
    /// An imported card the log could reach from the glute-med place: easier than the planned card, in
    /// its regression line.
    static func importedEasier(than planned: ExerciseCard) -> ExerciseCard {
        var card = planned
        card.id = "fedb_" + planned.id
        card.name = "Imported " + planned.name
        card.source = "free-exercise-db"
        card.progression = planned.id
        card.regression = nil
        return card
    }

    static func capability(_ profile: Profile, catalog: Catalog = bundled, signs: Set<RedFlag> = []) -> Capability {
        var profile = profile
        profile.redFlags = signs
        return Capability(profile: profile, catalog: catalog, safety: SafetyGate.decide(profile: profile, today: start))
    }

    @Test func theCardsThatCountLeaveImportedOnesOutUnlessTheRunnerSaysSo() throws {
        let planned = try #require(Self.bundled.card(id: "side_lying_abduction"))
        let catalog = try Self.bundled.adding([Self.importedEasier(than: planned)])
        var runner = TrainingBlockMemoryTests.regular
        #expect(Self.capability(runner, catalog: catalog).catalog.card(id: "fedb_side_lying_abduction") == nil)
        #expect(Self.capability(runner, catalog: catalog).catalog.cards.count == Self.bundled.cards.count)
        runner.importedCards = true
        #expect(Self.capability(runner, catalog: catalog).catalog.card(id: "fedb_side_lying_abduction") != nil)
    }

    @Test func whatMayComeInIsOwnedPermittedAndAJumpOnlyWhereJumpsAreOpen() throws {
        let runner = TrainingBlockMemoryTests.regular
        let free = Self.capability(runner)
        let bridge = try #require(Self.bundled.card(id: "glute_bridge"))
        let pogo = try #require(Self.bundled.card(id: "pogo_hops"))
        let trapBar = try #require(Self.bundled.card(id: "trap_bar_deadlift"))
        #expect(free.mayTake(bridge, jumpsAllowed: false))
        #expect(free.mayTake(pogo, jumpsAllowed: true) && !free.mayTake(pogo, jumpsAllowed: false))
        #expect(!free.mayTake(trapBar, jumpsAllowed: true), "no trap bar in the runner's equipment")
        let sign = Self.capability(runner, signs: [.bonePain])
        #expect(!sign.mayTake(pogo, jumpsAllowed: true) && !sign.allowsRises)
        let standing = try #require(Self.bundled.card(id: "step_up"))
        #expect(!sign.mayTake(standing, jumpsAllowed: false), "a bone-stress sign: lying work only")
    }

    /// A slot the log moved to an imported card while imported cards were on goes back to Legwork's own
    /// card once the runner turns them off: the log's adjustment reads the same cards as the plan.
    @Test func theLogsAdjustmentReadsTheCardsThatCount() throws {
        var runner = TrainingBlockMemoryTests.regular
        let plan = PlanGenerator(cards: Self.bundled.cards).plan(for: runner, start: Self.start)
        let planned = try #require(plan.sessionDays.flatMap { $0.session!.items }.first { $0.role == .gluteMed })
        let slot = try #require(planned.slot)
        let plannedCard = try #require(Self.bundled.card(id: planned.cardID))
        let imported = Self.importedEasier(than: plannedCard)
        let catalog = try Self.bundled.adding([imported])
        let kept = ReachedSlot(cardID: imported.id, dose: Dose.reps(2, 12, rest: 45), tempo: .none, change: nil,
                               step: LogStep(.easier), since: Self.start)
        runner.importedCards = true
        let on = AutoRegulation.adjust(plan, capability: Self.capability(runner, catalog: catalog), sets: [], from: Self.start,
                                       reached: [slot: kept])
        #expect(TrainingBlockMemoryTests.first(slot, in: on, from: Self.start)?.cardID == imported.id)
        runner.importedCards = false
        let off = AutoRegulation.adjust(plan, capability: Self.capability(runner, catalog: catalog), sets: [], from: Self.start,
                                        reached: [slot: kept])
        #expect(TrainingBlockMemoryTests.first(slot, in: off, from: Self.start)?.cardID == plannedCard.id)
    }
}
