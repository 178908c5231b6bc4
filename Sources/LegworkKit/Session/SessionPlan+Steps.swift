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
        func timed(_ step: SessionStep) {
            if let s = step.seconds, s > 0 { steps.append(step) }
        }
        func workSet(_ index: Int, _ set: Int) {
            let item = items[index]
            let work = Self.work(of: item, settings: settings)
            for side in item.unilateral ? [Side.left, .right] : [nil] {
                if side == .right {
                    timed(SessionStep(kind: .switchSides, item: index, set: set, sets: item.dose.sets, side: .right,
                                      seconds: settings.switchSidesSeconds))
                }
                timed(SessionStep(kind: .work(work), item: index, set: set, sets: item.dose.sets, side: side, seconds: Self.seconds(of: work)))
            }
        }
        func rampUpSteps(_ index: Int) {
            let item = items[index]
            for (k, ramp) in (item.rampUp ?? []).enumerated() {
                let work = SessionStep.Work.reps(count: ramp.reps, secondsPerRep: Self.secondsPerRep(of: item, settings: settings), tempo: item.tempo)
                for side in item.unilateral ? [Side.left, .right] : [nil] {
                    if side == .right {
                        timed(SessionStep(kind: .switchSides, item: index, side: .right, seconds: settings.switchSidesSeconds, rampUp: k + 1))
                    }
                    timed(SessionStep(kind: .work(work), item: index, side: side, seconds: Self.seconds(of: work), rampUp: k + 1))
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
            let group = paired ? [index, index + 1] : [index]
            let rounds = group.map { items[$0].dose.sets }.max() ?? 0
            for member in group { rampUpSteps(member) }
            for set in stride(from: 1, through: rounds, by: 1) {
                let doing = group.filter { set <= items[$0].dose.sets }
                for (k, member) in doing.enumerated() {
                    if k > 0 { timed(SessionStep(kind: .transition, item: member, seconds: settings.switchSidesSeconds)) }
                    workSet(member, set)
                }
                if set < rounds, let last = doing.last {
                    let rest = doing.map { items[$0].dose.rest }.max() ?? 0
                    timed(SessionStep(kind: .rest, item: last, set: set, sets: items[last].dose.sets, seconds: rest))
                }
            }
            // A side behind at the strength check: after a rest, one more set on that side alone.
            for member in group {
                let item = items[member]
                guard let side = item.extraSetSide, item.unilateral else { continue }
                let sets = item.dose.sets + 1
                timed(SessionStep(kind: .rest, item: member, set: sets - 1, sets: sets, seconds: item.dose.rest))
                timed(SessionStep(kind: .work(Self.work(of: item, settings: settings)), item: member, set: sets, sets: sets, side: side,
                                  seconds: Self.seconds(of: Self.work(of: item, settings: settings))))
            }
            // The warm-up's moves and the cool-down are not training: nothing to log.
            if settings.logAfterEachItem {
                for member in group where !SessionFraming.isFraming(items[member]) {
                    steps.append(SessionStep(kind: .log, item: member, seconds: nil))
                }
            }
            index += group.count
            if index < items.count {
                timed(SessionStep(kind: .transition, item: index, seconds: settings.transitionSeconds))
            }
        }
        steps.append(SessionStep(kind: .done, seconds: nil))
        return steps
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
