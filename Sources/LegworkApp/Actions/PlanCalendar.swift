import LegworkKit
import LegworkStore

/// `legwork plan --ics`: the calendar, marked against what the last export sent (kept in the store), so
/// calendar apps update changed events and drop cancelled ones.
enum PlanCalendar {
    static func export(_ plan: Plan, weeks: Set<Int>?, remind: CalendarReminder?, output: OutputFile, store: Store) throws {
        var state: CalendarExportState
        do {
            state = try store.loadDocument(.calendarExport) ?? CalendarExportState()
        } catch {
            // A damaged record of past exports only costs the SEQUENCE numbers: start them again.
            state = CalendarExportState()
        }
        let text = PlanICS.export(plan, stamp: WallTime.now(), weeks: weeks, remind: remind, state: &state)
        try output.write(text, format: .text, extensions: ["ics", "ical", "ifb", "icalendar"], what: "an iCalendar file")
        // Kept once the calendar is out: a failed write leaves the last state, so nothing is skipped.
        do { try store.saveDocument(state, key: .calendarExport) } catch { throw Failure(error.description) }
    }
}
