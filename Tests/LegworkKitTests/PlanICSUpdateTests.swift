import Foundation
import Testing
@testable import LegworkKit

/// Two exports of a plan whose sessions changed: SEQUENCE and LAST-MODIFIED follow the content, a session
/// gone from the plan is sent as cancelled, and `--remind` adds an alarm.
@Suite struct PlanICSUpdateTests {
    let first = PlanExportFixtures.stamp
    let later = PlanExportFixtures.stamp.adding(seconds: 86_400)

    /// The unfolded lines of the event with `uid`.
    func event(_ ics: String, uid: String) -> [String] {
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        guard let start = lines.firstIndex(of: "UID:\(uid)") else { return [] }
        return Array(lines[start...].prefix { $0 != "END:VEVENT" })
    }

    let tuesday = "legwork-2026-03-02-2026-03-03@legwork"
    let thursday = "legwork-2026-03-02-2026-03-12@legwork"

    @Test func aChangedSessionGoesOneSequenceUp() {
        var state = CalendarExportState()
        let one = PlanICS.export(PlanExportFixtures.plan, stamp: first, state: &state)
        #expect(event(one, uid: tuesday).contains("SEQUENCE:0"))
        #expect(event(one, uid: tuesday).contains("LAST-MODIFIED:20260301T123456Z"))
        // The same plan again: nothing moves.
        let same = PlanICS.export(PlanExportFixtures.plan, stamp: later, state: &state)
        #expect(event(same, uid: tuesday).contains("SEQUENCE:0") && event(same, uid: tuesday).contains("LAST-MODIFIED:20260301T123456Z"))
        #expect(event(same, uid: tuesday).contains("DTSTAMP:20260302T123456Z"))
        // Week 1's session grows from 30 to 45 minutes.
        var plan = PlanExportFixtures.plan
        plan.weeks[0].days[1].session?.minutes = 45
        let changed = PlanICS.export(plan, stamp: later, state: &state)
        #expect(event(changed, uid: tuesday).contains("SEQUENCE:1"))
        #expect(event(changed, uid: tuesday).contains("LAST-MODIFIED:20260302T123456Z"))
        #expect(event(changed, uid: thursday).contains("SEQUENCE:0"), "an unchanged event keeps its sequence")
        #expect(!changed.contains("STATUS:CANCELLED"))
    }

    @Test func aSessionThatLeftThePlanIsCancelled() {
        var state = CalendarExportState()
        _ = PlanICS.export(PlanExportFixtures.plan, stamp: first, state: &state)
        var plan = PlanExportFixtures.plan
        plan.weeks[1].days[3].session = nil
        let after = PlanICS.export(plan, stamp: later, state: &state)
        let cancelled = event(after, uid: thursday)
        #expect(cancelled.contains("STATUS:CANCELLED") && cancelled.contains("SEQUENCE:1"))
        #expect(cancelled.contains("DTSTART;VALUE=DATE:20260312"))
        // Exported again, it stays cancelled at the same sequence; back in the plan, it goes up again.
        #expect(event(PlanICS.export(plan, stamp: later, state: &state), uid: thursday).contains("SEQUENCE:1"))
        let back = event(PlanICS.export(PlanExportFixtures.plan, stamp: later, state: &state), uid: thursday)
        #expect(back.contains("SEQUENCE:2") && !back.contains("STATUS:CANCELLED"))
    }

    @Test func onlyTheExportedWeeksCancel() {
        var state = CalendarExportState()
        _ = PlanICS.export(PlanExportFixtures.plan, stamp: first, state: &state)
        let weekOne = PlanICS.export(PlanExportFixtures.plan, stamp: later, weeks: [1], state: &state)
        #expect(!weekOne.contains("STATUS:CANCELLED"), "week 2 was not exported, so its session is not gone")
        #expect(state.events[thursday]?.cancelled == false)
    }

    @Test func aReminderIsAnAlarmOnTheDay() throws {
        var state = CalendarExportState()
        let ics = PlanICS.export(PlanExportFixtures.plan, stamp: first, remind: CalendarReminder("18:30"), state: &state)
        let lines = event(ics, uid: tuesday)
        #expect(lines.contains("BEGIN:VALARM") && lines.contains("ACTION:DISPLAY") && lines.contains("TRIGGER:PT18H30M"))
        #expect(CalendarReminder("7:00")?.trigger == "PT7H")
        #expect(CalendarReminder("24:00") == nil && CalendarReminder("18") == nil && CalendarReminder("18:5") == nil)
        // Adding the reminder changes the event.
        var plain = CalendarExportState()
        _ = PlanICS.export(PlanExportFixtures.plan, stamp: first, state: &plain)
        let reminded = PlanICS.export(PlanExportFixtures.plan, stamp: later, remind: CalendarReminder("18:00"), state: &plain)
        #expect(event(reminded, uid: tuesday).contains("SEQUENCE:1"))
    }

    @Test func theStateRoundTripsThroughJSON() throws {
        var state = CalendarExportState()
        _ = PlanICS.export(PlanExportFixtures.plan, stamp: first, state: &state)
        let data = try JSONEncoder().encode(state)
        #expect(try JSONDecoder().decode(CalendarExportState.self, from: data) == state)
        #expect(String(decoding: data, as: UTF8.self).contains("\"format\":\"legwork-calendar-export\""))
    }
}
