import Foundation
import Testing
@testable import LegworkKit

/// A small hand-made plan: week 1 with one strength session on Tuesday, week 2 with one on Thursday.
enum PlanExportFixtures {
    static let monday = CalendarDate(year: 2026, month: 3, day: 2)!

    static let bridge = PlanItem(
        cardID: "glute_bridge", name: "Glute bridge", role: .gluteMed, dose: .reps(3, 12, rest: 45),
        tempo: .phases(down: 2, pause: 1, up: 1), rir: RepsInReserve(2, 3),
        why: "Strong glutes keep your pelvis level, which protects knees; for you, runner's knee.")
    static let calf = PlanItem(
        cardID: "calf_raise", name: "Single-leg calf raise", role: .calf,
        dose: Dose(sets: 3, work: .reps(8...12), rest: 60, load: "backpack"), tempo: .phases(down: 3, pause: 1, up: 1),
        rir: nil, why: "Calves take 6–8 times body weight per stride", note: "Use a stair; heel drops below")

    static func session(_ title: String) -> PlanSession {
        PlanSession(title: title, kind: .strength, minutes: 30, items: [bridge, calf],
                    runningCue: "Run tall, hips level.", notes: ["Do it after your easy run."])
    }

    static var plan: Plan {
        func week(_ n: Int, sessionDay: Int, phase: PlanPhase) -> PlanWeek {
            let first = monday.adding(days: 7 * (n - 1))
            let days = (0..<7).map { i -> PlanDay in
                let date = first.adding(days: i)
                return PlanDay(weekday: date.weekday, date: date, run: i == 5 ? .long : (i == 1 ? .easy : nil),
                               session: i == sessionDay ? session("Strength \(n == 1 ? "A" : "B")") : nil)
            }
            return PlanWeek(number: n, phase: phase, days: days)
        }
        return Plan(start: monday, raceDate: nil, weeks: [week(1, sessionDay: 1, phase: .base), week(2, sessionDay: 3, phase: .build)],
                    warnings: [PlanNotice(.equipment, "No step: the calf raise uses a stair.")],
                    notices: [PlanNotice(.painMonitoring, "Pain up to 3/10 during exercises is acceptable.")])
    }

    /// 2026-03-01T12:34:56Z.
    static let stamp = WallTime(year: 2026, month: 3, day: 1, hour: 12, minute: 34, second: 56)
}

@Suite struct PlanICSTests {
    let ics = PlanICS.encode(PlanExportFixtures.plan, stamp: PlanExportFixtures.stamp)

    @Test func everyLineEndsInCRLFAndNoneIsLongerThan75Octets() {
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(!lines.contains { $0.contains("\n") || $0.contains("\r") }, "a bare LF or CR")
        for line in lines { #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)") }
    }

    @Test func oneEventPerSessionOnTheSessionDaysWithUIDAndStamp() {
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20260303\r\nDTEND;VALUE=DATE:20260304\r\n"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20260312\r\n"))
        #expect(unfolded.contains("UID:legwork-2026-03-02-2026-03-03@legwork\r\n"))
        #expect(unfolded.components(separatedBy: "DTSTAMP:20260301T123456Z\r\n").count - 1 == 2)
        #expect(unfolded.contains("SUMMARY:Legwork: Strength A (30 min)\r\n"))
        #expect(unfolded.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
    }

    @Test func theDescriptionListsTheExercisesEscaped() {
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains(#"DESCRIPTION:Week 1 · Base\n1. Glute bridge: 3 × 12 · tempo 2-1-1 · RIR 2–3. Why: Strong glutes keep your pelvis level\, which protects knees\; for you\, runner's knee.\n2. Single-leg calf raise"#))
        #expect(unfolded.contains(#"\nRunning cue: Run tall\, hips level."#))
    }

    @Test(arguments: [
        ("a,b", #"a\,b"#), ("a;b", #"a\;b"#), (#"back\slash"#, #"back\\slash"#), ("two\nlines", #"two\nlines"#),
        ("crlf\r\nend", #"crlf\nend"#), ("plain", "plain"),
    ])
    func escaping(input: String, expected: String) {
        #expect(PlanICS.escape(input) == expected)
    }

    @Test func foldingSplitsAt75OctetsWithoutCuttingUTF8() {
        let long = "DESCRIPTION:" + String(repeating: "é", count: 80)   // 12 + 160 octets
        let folded = PlanICS.fold(long)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(parts[0].utf8.count == 74, "é is two octets: 12 + 31 × 2 = 74, a 32nd would make 76")
        #expect(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == long)
        #expect(PlanICS.fold("SHORT:line") == "SHORT:line")
    }

    @Test func foldingKeepsEscapePairsTogether() {
        let line = "DESCRIPTION:" + String(repeating: "a", count: 62) + #"\,b"#   // the backslash is octet 75
        let parts = PlanICS.fold(line).components(separatedBy: "\r\n ")
        #expect(parts == ["DESCRIPTION:" + String(repeating: "a", count: 62), #"\,b"#])
    }

    @Test func weeksCanBeChosen() {
        let one = PlanICS.encode(PlanExportFixtures.plan, stamp: PlanExportFixtures.stamp, weeks: [2])
        #expect(one.components(separatedBy: "BEGIN:VEVENT").count - 1 == 1)
        #expect(one.contains("DTSTART;VALUE=DATE:20260312"))
    }

    @Test func aGeneratedPlanGivesAnEventPerSessionDay() throws {
        let plan = PlanGenerator(cards: PlanTestCards.all).plan(for: Profile(), start: PlanExportFixtures.monday)
        let ics = PlanICS.encode(plan, stamp: PlanExportFixtures.stamp)
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == plan.sessionDays.count)
        #expect(!plan.sessionDays.isEmpty)
    }
}

@Suite struct PlanMarkdownTests {
    let markdown = PlanMarkdown.encode(PlanExportFixtures.plan)

    @Test func headingsNoticesAndWeeks() {
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines.first == "# Legwork strength plan")
        #expect(lines.contains("Block 1 · starts 2026-03-02 · 2 weeks (1–2)"))
        #expect(lines.contains("- **pain-monitoring**: Pain up to 3/10 during exercises is acceptable."))
        #expect(lines.contains("- No step: the calf raise uses a stair."))
        #expect(lines.contains("## Week 1 · Base · 2026-03-02 to 2026-03-08"))
        #expect(lines.contains("| Tue 2026-03-03 | easy run | Strength A (30 min) |"))
        #expect(lines.contains("| Wed 2026-03-04 | — | — |"))
    }

    @Test func eachSessionListsItsExercisesWithDoseAndWhy() {
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines.contains("### Tuesday 2026-03-03: Strength A · 30 min"))
        #expect(lines.contains("1. **Glute bridge** — 3 × 12 · tempo 2-1-1 · RIR 2–3  "))
        #expect(lines.contains("   *Why:* Strong glutes keep your pelvis level, which protects knees; for you, runner's knee."))
        #expect(lines.contains("2. **Single-leg calf raise** — 3 × 8–12 · tempo 3-1-1 · backpack  "))
        #expect(lines.contains("   *Note:* Use a stair; heel drops below"))
        #expect(lines.contains("**Running cue:** Run tall, hips level."))
        #expect(lines.contains("> Do it after your easy run."))
    }

    @Test func oneWeekOnly() {
        let week2 = PlanMarkdown.encode(PlanExportFixtures.plan, weeks: [2])
        #expect(!week2.contains("## Week 1"))
        #expect(week2.contains("## Week 2 · Build"))
    }

    @Test(arguments: [("a*b", #"a\*b"#), ("x|y", #"x\|y"#), ("_u_", #"\_u\_"#), ("plain, words.", "plain, words.")])
    func markupIsEscaped(input: String, expected: String) {
        #expect(PlanMarkdown.escape(input) == expected)
    }
}

@Suite struct PlanJSONExportTests {
    @Test func theDocumentedKeysArePresentAndItReadsBack() throws {
        let plan = PlanExportFixtures.plan
        let text = PlanJSON.encode(plan)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["format", "version", "start", "block", "weeks", "warnings", "notices"], "raceDate is left out when nil")
        #expect(object["format"] as? String == "legwork-plan" && object["version"] as? Int == 1)
        let week = try #require((object["weeks"] as? [[String: Any]])?.first)
        #expect(Set(week.keys) == ["number", "phase", "days"])
        let day = try #require((week["days"] as? [[String: Any]])?[1])
        #expect(Set(day.keys) == ["weekday", "date", "run", "session"])
        let session = try #require(day["session"] as? [String: Any])
        #expect(Set(session.keys) == ["title", "kind", "minutes", "items", "runningCue", "notes"])
        let item = try #require((session["items"] as? [[String: Any]])?.first)
        #expect(Set(item.keys) == ["cardID", "name", "role", "dose", "tempo", "rir", "why"])
        #expect(item["tempo"] as? String == "2-1-1")
        #expect(try PlanJSON.decode(text) == plan)
    }
}

@Suite struct PlanSessionsTests {
    @Test func todayIsThePlannedSessionOfTheDate() throws {
        let plan = PlanExportFixtures.plan
        let session = try #require(PlanSessions.today(plan: plan, date: PlanExportFixtures.monday.adding(days: 1)))
        #expect(session.id == "plan-2026-03-03")
        #expect(session.title == "Strength A")
        #expect(session.kind == .strength)
        #expect(session.items.map(\.cardID) == ["glute_bridge", "calf_raise"])
        #expect(session.items[0].why == PlanExportFixtures.bridge.why)
        #expect(session.items[1].cue == "Use a stair; heel drops below")
        #expect(session.runningCue == "Run tall, hips level.")
        #expect(PlanSessions.today(plan: plan, date: PlanExportFixtures.monday) == nil, "no session on Monday")
        #expect(PlanSessions.today(plan: plan, date: PlanExportFixtures.monday.adding(days: 30)) == nil, "outside the plan")
    }

    @Test func theCatalogFillsInSidesAndCues() throws {
        let catalog = try Catalog.bundled()
        let card = try #require(catalog.cards.first { $0.unilateral && !$0.cues.isEmpty })
        let item = PlanItem(cardID: card.id, name: card.name, role: .singleLeg, dose: .reps(2, 8, rest: 60), tempo: card.tempo, rir: nil, why: "why")
        let session = PlanSession(title: "S", kind: .mobility, minutes: 15, items: [item], runningCue: "cue", notes: [])
        let plan = PlanSessions.sessionPlan(session, date: PlanExportFixtures.monday, catalog: catalog)
        #expect(plan.items[0].unilateral)
        #expect(plan.items[0].cue == card.cues[0])
        #expect(plan.kind == .stretch)
    }
}
