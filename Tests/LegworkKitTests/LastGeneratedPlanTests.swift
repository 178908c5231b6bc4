import Testing
@testable import LegworkKit

/// A plan read after an event that recorded new slots is the one generated before it (`LastGeneratedPlan`):
/// the generator never reads the slots, and every other input still counts.
@Suite struct LastGeneratedPlanTests {
    static let runner = PlanFixtures.profile {
        $0.experience = .regular
        $0.strengthDays = 2
        $0.equipment = [.mat, .dumbbells, .miniBand, .step]
        $0.dumbbellMaxKg = 16
    }

    static let reached = ["single-leg-main": ReachedSlot(cardID: "sl_rdl", dose: .reps(3, 12, rest: 60), tempo: .none, change: "up to 3 × 12",
                                                           since: PlanFixtures.monday)]

    @Test func theGeneratorReadsNoSlot() throws {
        let generator = PlanGenerator(cards: try Catalog.bundled().cards)
        let block = TrainingBlock.first(PlanFixtures.monday)
        var reached = block
        reached.slots = Self.reached
        #expect(generator.plan(for: Self.runner, start: block.start, block: reached)
            == generator.plan(for: Self.runner, start: block.start, block: block))
    }

    @Test func aPlanIsGivenBackOnlyForTheSameInputs() throws {
        let generator = PlanGenerator(cards: try Catalog.bundled().cards)
        let memo = LastGeneratedPlan()
        let block = TrainingBlock.first(PlanFixtures.monday)
        var made = 0
        func read(_ profile: Profile = Self.runner, block: TrainingBlock = block, today: CalendarDate = PlanFixtures.monday) -> Plan {
            let inputs = GenerationInputs(cards: generator.cards, check: nil, profile: profile, start: block.start, weeks: nil, safety: nil,
                                                  today: today, block: block.withoutSlots, running: nil)
            return memo.value(for: inputs) {
                made += 1
                return generator.plan(for: profile, start: block.start, today: today, block: block)
            }
        }
        let first = read()
        var withSlots = block
        withSlots.slots = Self.reached
        #expect(read(block: withSlots) == first)
        #expect(made == 1, "new slots alone: the same plan")
        _ = read(today: PlanFixtures.monday.adding(days: 1))
        #expect(made == 2, "another day")
        var edited = Self.runner
        edited.strengthDays = 3
        #expect(read(edited, today: PlanFixtures.monday.adding(days: 1)) != first)
        #expect(made == 3, "another profile")
        var later = withSlots
        later.weeksBefore = 8
        _ = read(edited, block: later, today: PlanFixtures.monday.adding(days: 1))
        #expect(made == 4, "another block")
        // The public door goes through the same inputs.
        let viaDoor = generator.plan(for: Self.runner, start: block.start, block: withSlots, memo: memo)
        #expect(viaDoor == generator.plan(for: Self.runner, start: block.start, block: block))
    }
}
