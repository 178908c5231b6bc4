extension SessionEngine {
    /// Planned vs done per exercise, the times, notes from the log, and the running cue. Meaningful at
    /// any time; final once `isEnded`.
    public var summary: SessionSummary {
        // The warm-up's moves and the cool-down are not exercises to report: they were timed, not logged.
        let items = plan.items.enumerated().filter { !SessionFraming.isFraming($0.element) }.map { index, item in
            let done = records.filter { $0.item == index }
            let sidesPerSet = item.unilateral ? 2 : 1
            let setsDone = Dictionary(grouping: done, by: \.set).values.filter { $0.count >= sidesPerSet }.count
            return ItemSummary(
                item: index, cardID: item.cardID, name: item.name, unilateral: item.unilateral,
                planned: item.dose, setsDone: setsDone, records: done,
                log: logs.first { $0.item == index }?.entry)
        }
        let currentPause = pausedAt.map { lastMoment - $0 } as Duration? ?? .zero
        return SessionSummary(
            planID: plan.id, title: plan.title, items: items, activeTime: active,
            pausedTime: paused + currentPause, loggingTime: logging, plannedTime: plannedTotal,
            startedAt: startedAt, endedAt: endedAt, outcome: outcome, runningCue: plan.runningCue,
            notes: notes, leftOut: plan.leftOut ?? [])
    }

    /// DOMAIN §3 "Modify" and the effort rule, applied to the log entries.
    private var notes: [String] {
        logs.sorted { $0.item < $1.item }.compactMap { log in
            let name = plan.items[log.item].name
            let entry = log.entry
            if entry.requiresStop { return nil }  // the safety message says it all
            if entry.pain > SessionDefaults.modifyPain {
                return "Pain \(entry.pain)/10 on \(name): do its easier variant next time; if it persists for 2 weeks, see a clinician."
            }
            if entry.repsInReserve == 0 {
                return "No reps left in reserve on \(name): stop 1–2 reps short of failure next time."
            }
            return nil
        }
    }
}
