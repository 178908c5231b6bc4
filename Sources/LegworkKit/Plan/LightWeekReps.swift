/// A light week (a deload, race week, the week after a race, a return week) is lighter in every way: it
/// cuts the sets and raises the reps to spare, and it never asks more reps, or a longer hold, of an
/// exercise than the last full week did (a deload once asked 1 × 40 s of a plank held 2 × 30 s all block), nor more sets than its light share of the last full week's (`LightSets`). Its session
/// can be shorter and so escape the cuts that fitted the full weeks into the runner's minutes; without
/// this rule a race week could ask 1 × 13 of a calf raise done as 2 × 9 all block, or 2 sets of a
/// single-leg lift done as 2 sets all block (DOMAIN §2: the last session before a race is light, ≤50% sets).
enum LightWeekReps {
    static func cap(_ weeks: [PlanWeek]) -> [PlanWeek] {
        var lastFullReps: [String: Int] = [:]
        var lastFullSets: [String: Int] = [:]
        var lastFullSeconds: [String: Int] = [:]
        var capped = weeks
        for w in capped.indices {
            var repsThisWeek: [String: Int] = [:]
            var setsThisWeek: [String: Int] = [:]
            var secondsThisWeek: [String: Int] = [:]
            let kind: LightSets.Kind = capped[w].phase == .taper || capped[w].phase == .recovery ? .race : .deload
            for d in capped[w].days.indices {
                guard var session = capped[w].days[d].session, session.kind == .strength else { continue }
                var tally = LightSets(kind: kind)
                for i in session.items.indices {
                    let id = session.items[i].cardID
                    if session.light == true {
                        // Race week's session is fitted on its own; a deload keeps the full weeks' cuts and
                        // a beginner's technique weeks keep their easy sets (`DoseRule.technique`).
                        if kind == .race, let full = lastFullSets[id] {
                            // The light share of the full week's sets, counted into the session's turns.
                            var usual = session.items[i].dose
                            usual.sets = full
                            session.items[i].dose.sets = min(session.items[i].dose.sets, tally.lighten(usual).sets)
                        }
                        switch session.items[i].dose.work {
                        case let .reps(range):
                            guard let most = lastFullReps[id], range.upperBound > most else { continue }
                            session.items[i].dose.work = .reps(min(range.lowerBound, most)...most)
                        case let .seconds(seconds):
                            guard let most = lastFullSeconds[id], seconds > most else { continue }
                            session.items[i].dose.work = .seconds(most)
                        }
                    } else {
                        setsThisWeek[id] = max(setsThisWeek[id] ?? 0, session.items[i].dose.sets)
                        switch session.items[i].dose.work {
                        case let .reps(range): repsThisWeek[id] = max(repsThisWeek[id] ?? 0, range.upperBound)
                        case let .seconds(seconds): secondsThisWeek[id] = max(secondsThisWeek[id] ?? 0, seconds)
                        }
                    }
                }
                capped[w].days[d].session = session
            }
            lastFullReps.merge(repsThisWeek) { _, new in new }
            lastFullSets.merge(setsThisWeek) { _, new in new }
            lastFullSeconds.merge(secondsThisWeek) { _, new in new }
        }
        return capped
    }
}
