/// A light week (a deload, race week, the week after a race, a return week) is lighter in every way: it
/// halves the sets and raises the reps to spare, and it never asks more reps of an exercise than the last
/// full week did. Its session can be shorter and so escape the cuts that fitted the full weeks into the
/// runner's minutes; without this rule a race week could ask 1 × 13 of a calf raise done as 2 × 9 all
/// block (DOMAIN §2: the last session before a race is light).
enum LightWeekReps {
    static func cap(_ weeks: [PlanWeek]) -> [PlanWeek] {
        var lastFull: [String: Int] = [:]
        var capped = weeks
        for w in capped.indices {
            var fullThisWeek: [String: Int] = [:]
            for d in capped[w].days.indices {
                guard var session = capped[w].days[d].session, session.kind == .strength else { continue }
                for i in session.items.indices {
                    guard case let .reps(range) = session.items[i].dose.work else { continue }
                    let id = session.items[i].cardID
                    if session.light == true {
                        guard let most = lastFull[id], range.upperBound > most else { continue }
                        session.items[i].dose.work = .reps(min(range.lowerBound, most)...most)
                    } else {
                        fullThisWeek[id] = max(fullThisWeek[id] ?? 0, range.upperBound)
                    }
                }
                capped[w].days[d].session = session
            }
            lastFull.merge(fullThisWeek) { _, new in new }
        }
        return capped
    }
}
