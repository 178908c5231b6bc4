// What the engine says and shows about its steps: speech on a step change, headlines, "next up".

extension SessionEngine {
    /// "Single-leg RDL, set 2 of 3, left side"; "Child's pose" for a single-set, two-sided item.
    public func label(of step: SessionStep) -> String {
        guard let index = step.item else { return "Done" }
        var text = plan.items[index].name
        if let ramp = rampUp(of: step) { text += ", ramp-up set \(ramp.number) of \(ramp.of): \(ramp.set.words)" }
        if let set = step.set, let sets = step.sets, sets > 1 { text += ", set \(set) of \(sets)" }
        if let side = step.side { text += ", \(side.rawValue) side" }
        return text
    }

    /// The ramp-up set a step belongs to, its number and how many the item has.
    public func rampUp(of step: SessionStep) -> (set: RampUpSet, number: Int, of: Int)? {
        guard let number = step.rampUp, let index = step.item, let sets = plan.items[index].rampUp, sets.indices.contains(number - 1) else { return nil }
        return (sets[number - 1], number, sets.count)
    }

    /// The next work step after `index` in words, or "Done" when none is left.
    func nextUp(after index: Int) -> String {
        guard let next = steps[(index + 1)...].first(where: \.isWork) else { return "Done" }
        return label(of: next)
    }

    /// The words spoken when step `index` begins.
    func announcement(of index: Int) -> String? {
        let step = steps[index]
        let item = step.item.map { plan.items[$0] }
        switch step.kind {
        case .getReady:
            guard let item else { return "Get ready" }
            return "Get ready. First: \(item.name), \(item.prescription)"
        case .work:
            let lastSet = step.isLastSet && (step.sets ?? 1) > 1 && step.side != .right
            return label(of: step) + (lastSet ? ". Last set" : "")
        case .switchSides:
            return "Switch sides"
        case .rest:
            return "Rest \(step.seconds ?? 0) seconds. Next: \(nextUp(after: index))"
        case .log:
            guard let item else { return nil }
            return "\(item.name) done. How did it go?"
        case .transition:
            guard let item, let at = step.item else { return nil }
            // The cool-down says what it is once, as it begins, so the runner knows the work is over.
            if startsCoolDown(at) {
                return "Cool-down. First: \(item.name), \(item.prescription)"
            }
            return "Next: \(item.name), \(item.prescription)"
        case .done:
            return plan.runningCue.isEmpty ? "Session done." : "Session done. On your next run: \(plan.runningCue)"
        }
    }

    /// A short title for the screen; once ended, how it ended.
    func headline(of index: Int) -> String {
        switch outcome {
        case .completed: return "Done"
        case .abandoned: return "Stopped"
        case .safetyStop: return "Stopped for safety"
        case nil: break
        }
        let step = steps[index]
        switch step.kind {
        case .getReady: return "Get ready"
        case .work: return step.item.map { plan.items[$0].name } ?? "Work"
        case .switchSides: return "Switch sides"
        case .rest: return "Rest"
        case .log: return "How did it go?"
        case .transition:
            // Named, so the runner knows what to set up without reading the line below.
            return step.item.map { (startsCoolDown($0) ? "Cool-down: " : "Next: ") + plan.items[$0].name } ?? "Next exercise"
        case .done: return "Done"
        }
    }

    /// Item `index` is the first of the cool-down.
    func startsCoolDown(_ index: Int) -> Bool {
        plan.items[index].role == .coolDown && (index == 0 || plan.items[index - 1].role != .coolDown)
    }
}
