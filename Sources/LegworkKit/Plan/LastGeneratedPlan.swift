/// The last plan a generator made and everything it was made from, so that reading the plan again after
/// an event that changed only what the log's stage reads gives it back instead of generating it again.
///
/// The generator is a pure function of its inputs (`PlanGenerator.plan`), and of the training block it
/// reads everything but the slots reached: those are the log stage's (`AutoRegulation.adjust`). An event
/// such as a saved session records new slots (`TrainingBlock.recording`); the plan read next is generated
/// from the same inputs, which is most of the work of a read.
public typealias LastGeneratedPlan = LastAnswer<GenerationInputs, Plan>

/// What `PlanGenerator.plan(for:start:weeks:safety:today:block:running:)` is made from.
public struct GenerationInputs: Equatable {
    /// Compared as arrays: the same catalog read twice is one buffer, which compares at once.
    let cards: [ExerciseCard]
    let check: CheckPriorities?
    let profile: Profile
    let start: CalendarDate
    let weeks: Int?
    let safety: SafetyDecision?
    let today: CalendarDate?
    /// Without its slots (`PlanGenerator.plan` does not read them).
    let block: TrainingBlock?
    let running: RunningLoad?
}

extension PlanGenerator {
    /// `plan(for:start:weeks:safety:today:block:running:)`, given back by `memo` when it made the last one
    /// from the same inputs.
    public func plan(for profile: Profile, start: CalendarDate, weeks: Int? = nil, safety: SafetyDecision? = nil,
                     today: CalendarDate? = nil, block: TrainingBlock? = nil, running: RunningLoad? = nil,
                     memo: LastGeneratedPlan) -> Plan {
        let inputs = GenerationInputs(cards: cards, check: check, profile: profile, start: start, weeks: weeks, safety: safety,
                                      today: today, block: block?.withoutSlots, running: running)
        return memo.value(for: inputs) {
            plan(for: profile, start: start, weeks: weeks, safety: safety, today: today, block: block, running: running)
        }
    }
}

extension TrainingBlock {
    /// The block as the generator reads it: the slots reached are the log stage's.
    var withoutSlots: TrainingBlock {
        var block = self
        block.slots = [:]
        return block
    }
}
