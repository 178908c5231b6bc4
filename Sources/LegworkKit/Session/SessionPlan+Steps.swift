extension SessionPlan {
    /// Compiles the plan into the steps the engine runs, in order.
    ///
    /// get ready → for each item: for each set: work (left, switch sides, right for a unilateral item),
    /// rest after every set but the item's last → log (when `settings.logAfterEachItem`) → transition to
    /// the next item (none after the last) → done. Timed steps of 0 s are left out (a dose with no rest,
    /// settings without a switch), so a single-set stretch has no rest step. An empty plan is just `done`.
    public func steps(with settings: SessionSettings) -> [SessionStep] {
        var steps: [SessionStep] = []
        func timed(_ step: SessionStep) {
            if let s = step.seconds, s > 0 { steps.append(step) }
        }
        if !items.isEmpty {
            timed(SessionStep(kind: .getReady, item: 0, seconds: settings.getReadySeconds))
        }
        for (index, item) in items.enumerated() {
            let sets = item.dose.sets
            let work = Self.work(of: item, settings: settings)
            let sides: [Side?] = item.unilateral ? [.left, .right] : [nil]
            for set in stride(from: 1, through: sets, by: 1) {
                for side in sides {
                    if side == .right {
                        timed(SessionStep(kind: .switchSides, item: index, set: set, sets: sets, side: .right,
                                          seconds: settings.switchSidesSeconds))
                    }
                    timed(SessionStep(kind: .work(work), item: index, set: set, sets: sets, side: side,
                                      seconds: Self.seconds(of: work)))
                }
                if set < sets {
                    timed(SessionStep(kind: .rest, item: index, set: set, sets: sets, seconds: item.dose.rest))
                }
            }
            if settings.logAfterEachItem {
                steps.append(SessionStep(kind: .log, item: index, seconds: nil))
            }
            if index < items.count - 1 {
                timed(SessionStep(kind: .transition, item: index + 1, seconds: settings.transitionSeconds))
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
            let perRep: Int
            switch item.tempo {
            case let .phases(down, pause, up): perRep = down + pause + up
            case .fast: perRep = SessionDefaults.secondsPerFastRep
            case .slow: perRep = SessionDefaults.secondsPerSlowRep
            case .isometric, .none: perRep = settings.secondsPerUncountedRep
            }
            return .reps(count: range.upperBound, secondsPerRep: perRep, tempo: item.tempo)
        }
    }

    static func seconds(of work: SessionStep.Work) -> Int {
        switch work {
        case let .reps(count, perRep, _): count * perRep
        case let .timed(s): s
        }
    }
}
