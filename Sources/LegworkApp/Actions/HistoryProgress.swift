import LegworkKit
import LegworkStore

/// What the history adds to the log it draws: the month's progress highlights and the strength sessions
/// the plan had each week (for "2 of 3"). Reads the store and the plan once; the rules are LegworkKit's.
package struct HistoryProgress: Sendable {
    package var highlights: [ProgressHighlight]
    /// Strength sessions the plan has, by the week's Monday (local days since 1970).
    package var planned: [Int64: Int]

    /// - Parameters:
    ///   - sessions: the log's sessions (the history's digests).
    ///   - today: the local date the month and the weeks end on.
    package static func read(_ context: AppContext, sessions: [SessionDigest], today: CalendarDate) throws -> HistoryProgress {
        // A day more than the month: a set's local day may lie a day off its UTC instant.
        let since = WallTime(secondsSince1970: Int64(today.dayNumber - ProgressHighlights.days - 1) * 86_400)
        let sets: [SetRecord]
        do { sets = try context.store.trainingSets(since: since) } catch { throw Failure(error.description) }
        let highlights = ProgressHighlights.of(sets: sets, sessions: sessions, today: Int64(today.dayNumber))
        return HistoryProgress(highlights: highlights, planned: planned(context, today: today))
    }

    /// The plan's strength sessions by week; none without a profile or a readable plan (the weeks then
    /// say what was done without "of").
    static func planned(_ context: AppContext, today: CalendarDate) -> [Int64: Int] {
        guard let profile = try? context.profile(), let plan = try? context.plan(for: profile, today: today) else { return [:] }
        var planned: [Int64: Int] = [:]
        for week in plan.weeks {
            guard let first = week.days.first?.date else { continue }
            planned[HistorySummary.monday(of: Int64(first.dayNumber))] = week.sessions.filter { $0.kind == .strength }.count
        }
        return planned
    }
}
