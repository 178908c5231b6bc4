import LegworkKit
import LegworkTUI

/// Generated training logs for history screen tests: deterministic, no randomness.
enum HistoryFixtures {
    /// 2025-03-12, a Wednesday.
    static let today = WallTime(year: 2025, month: 3, day: 12).localDaysSince1970

    static let names = ["split_squat": "Split squat", "calf_raise": "Single-leg calf raise", "side_plank": "Side plank"]

    /// `years` of training up to `today`: strength on Mondays and Thursdays, a stretch on Saturdays,
    /// one week in 13 missed; split squats get heavier in 12-week blocks, calf raises gain reps, side
    /// planks gain seconds; knee pain flares now and then.
    static func years(_ years: Int, endingOn end: Int64 = today) -> HistoryData {
        var sessions: [SessionDigest] = []
        var exercises: [String: [ExercisePoint]] = [:]
        var id: Int64 = 0
        let first = HistorySummary.monday(of: end - Int64(years) * 365)
        var day = first
        while day <= end {
            let week = Int((day - first) / 7)
            let weekday = Int(day - HistorySummary.monday(of: day))
            defer { day += 1 }
            if week % 13 == 5 { continue }
            if weekday == 0 || weekday == 3 {
                id += 1
                sessions.append(SessionDigest(id: id, kind: .strength, status: .completed, day: day, sets: 9, minutes: 30 + week % 3 * 5))
                let block = week % 12
                exercises["split_squat", default: []].append(ExercisePoint(sessionID: id, day: day, loadKg: 10 + Double(block) * 1.5 + Double(week / 52), reps: 8 + block % 3, pain: week % 17 == 3 ? 6 : (week % 5 == 0 ? 2 : 0)))
                exercises["calf_raise", default: []].append(ExercisePoint(sessionID: id, day: day, reps: 10 + week % 8, pain: 0))
                exercises["side_plank", default: []].append(ExercisePoint(sessionID: id, day: day, seconds: 20 + week % 6 * 5))
            } else if weekday == 5 {
                id += 1
                sessions.append(SessionDigest(id: id, kind: .stretch, status: .completed, day: day, sets: 0, minutes: 15))
            }
        }
        return HistoryData(sessions: sessions, exercises: exercises)
    }
}

extension HistoryFixtures {
    /// A month's highlights for the fixtures' exercises: calf raises up, split squats down.
    static var highlights: [ProgressHighlight] {
        [ProgressHighlight(history: LogHistory(cardID: "calf_raise", job: .usual), from: LoggedDose(sets: 2, reps: 10),
                           to: LoggedDose(sets: 3, reps: 12), lastDay: today)!,
         ProgressHighlight(history: LogHistory(cardID: "split_squat", job: .usual), from: LoggedDose(sets: 3, reps: 8, loadKg: 16),
                           to: LoggedDose(sets: 2, reps: 8, loadKg: 12), lastDay: today - 2)!]
    }

    /// The fixtures' history with its highlights and a plan of two strength sessions a week, showing the weeks (`w`).
    static var weeksScreen: HistoryScreen {
        let monday = HistorySummary.monday(of: today)
        var screen = HistoryScreen(data: years(1), names: names, today: today, highlights: highlights,
                                   planned: Dictionary(uniqueKeysWithValues: (0..<6).map { (monday - Int64($0) * 7, 2) }))
        _ = screen.handle(.key(.character("w")), at: .origin)
        return screen
    }
}
