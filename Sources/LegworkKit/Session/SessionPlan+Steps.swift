extension SessionPlan {
    /// Compiles the plan into the steps the engine runs, in order.
    ///
    /// get ready → for each item: for each set: work (left, switch sides, right for a unilateral item),
    /// rest after every set but the item's last → log (when `settings.logAfterEachItem`) → transition to
    /// the next item (none after the last) → done. Timed steps of 0 s are left out (a dose with no rest,
    /// settings without a switch), so a single-set stretch has no rest step. An empty plan is just `done`.
    ///
    /// An item marked `supersetWithNext` alternates with the next: set 1 of each (a switch between them),
    /// one rest (the longer of the two), set 2 of each…, then both logs.
    ///
    /// An item with ramp-up sets (a heavy lift) starts with them: each a work step of its easy reps and a
    /// rest step, marked `rampUp`, before work set 1; they are not logged.
    public func steps(with settings: SessionSettings) -> [SessionStep] {
        var steps: [SessionStep] = []
        visitSteps(with: settings) { steps.append($0) }
        return steps
    }

    /// The seconds of all the timed steps, as the engine sums them (`SessionEngine.plannedTotal`),
    /// without keeping the steps: the plan times every session it drafts while fitting the minutes.
    func totalSeconds(with settings: SessionSettings) -> Int {
        var total = 0
        visitSteps(with: settings) { total += $0.seconds ?? 0 }
        return total
    }

    /// Hands `visit` the steps of `steps(with:)`, in order. Items are read in place and a superset's
    /// pair is a range, not a list: nothing is copied or allocated per step.
    private func visitSteps(with settings: SessionSettings, _ visit: (SessionStep) -> Void) {
        func timed(_ step: SessionStep) {
            if let s = step.seconds, s > 0 { visit(step) }
        }
        func workSet(_ index: Int, _ set: Int, sets: Int, side only: Side? = nil) {
            let work = Self.work(of: items[index], settings: settings)
            let unilateral = items[index].unilateral
            for side in [Side.left, .right] where unilateral || side == .left {
                let stepSide: Side? = unilateral ? side : nil
                if let only, stepSide != only { continue }
                if side == .right && only == nil {
                    timed(SessionStep(kind: .switchSides, item: index, set: set, sets: sets, side: .right,
                                      seconds: settings.switchSidesSeconds))
                }
                timed(SessionStep(kind: .work(work), item: index, set: set, sets: sets, side: stepSide, seconds: Self.seconds(of: work)))
            }
        }
        func rampUpSteps(_ index: Int) {
            guard let rampUp = items[index].rampUp else { return }
            let unilateral = items[index].unilateral
            let perRep = Self.secondsPerRep(of: items[index], settings: settings)
            for (k, ramp) in rampUp.enumerated() {
                let work = SessionStep.Work.reps(count: ramp.reps, secondsPerRep: perRep, tempo: items[index].tempo)
                for side in [Side.left, .right] where unilateral || side == .left {
                    if side == .right {
                        timed(SessionStep(kind: .switchSides, item: index, side: .right, seconds: settings.switchSidesSeconds, rampUp: k + 1))
                    }
                    timed(SessionStep(kind: .work(work), item: index, side: unilateral ? side : nil, seconds: Self.seconds(of: work), rampUp: k + 1))
                }
                timed(SessionStep(kind: .rest, item: index, seconds: ramp.rest, rampUp: k + 1))
            }
        }
        if !items.isEmpty {
            timed(SessionStep(kind: .getReady, item: 0, seconds: settings.getReadySeconds))
        }
        var index = 0
        while index < items.count {
            let paired = items[index].supersetWithNext == true && index + 1 < items.count
            let group = index...(paired ? index + 1 : index)
            let rounds = group.reduce(0) { max($0, items[$1].dose.sets) }
            for member in group { rampUpSteps(member) }
            for set in stride(from: 1, through: rounds, by: 1) {
                var last: Int?
                var rest = 0
                for member in group where set <= items[member].dose.sets {
                    if last != nil { timed(SessionStep(kind: .transition, item: member, seconds: settings.switchSidesSeconds)) }
                    workSet(member, set, sets: items[member].dose.sets)
                    last = member
                    rest = max(rest, items[member].dose.rest)
                }
                if set < rounds, let last {
                    timed(SessionStep(kind: .rest, item: last, set: set, sets: items[last].dose.sets, seconds: rest))
                }
            }
            // A side behind at the strength check: after a rest, one more set on that side alone.
            for member in group {
                guard let side = items[member].extraSetSide, items[member].unilateral else { continue }
                let sets = items[member].dose.sets + 1
                timed(SessionStep(kind: .rest, item: member, set: sets - 1, sets: sets, seconds: items[member].dose.rest))
                workSet(member, sets, sets: sets, side: side)
            }
            // The warm-up's moves and the cool-down are not training: nothing to log.
            if settings.logAfterEachItem {
                for member in group where !SessionFraming.isFraming(items[member]) {
                    visit(SessionStep(kind: .log, item: member, seconds: nil))
                }
            }
            index += group.count
            if index < items.count {
                timed(SessionStep(kind: .transition, item: index, seconds: settings.transitionSeconds))
            }
        }
        visit(SessionStep(kind: .done, seconds: nil))
    }

    static func work(of item: SessionItem, settings: SessionSettings) -> SessionStep.Work {
        switch item.dose.work {
        case let .seconds(s):
            return .timed(seconds: s)
        case let .reps(range):
            return .reps(count: range.upperBound, secondsPerRep: secondsPerRep(of: item, settings: settings), tempo: item.tempo)
        }
    }

    /// Seconds per repetition of `item` at its tempo.
    static func secondsPerRep(of item: SessionItem, settings: SessionSettings) -> Int {
        switch item.tempo {
        case let .phases(down, pause, up): down + pause + up
        case .fast: SessionDefaults.secondsPerFastRep
        case .slow: SessionDefaults.secondsPerSlowRep
        case .isometric, .none: settings.secondsPerUncountedRep
        }
    }

    static func seconds(of work: SessionStep.Work) -> Int {
        switch work {
        case let .reps(count, perRep, _): count * perRep
        case let .timed(s): s
        }
    }
}
