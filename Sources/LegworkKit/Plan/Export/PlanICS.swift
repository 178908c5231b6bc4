/// `legwork plan --ics`: the plan as an iCalendar file (RFC 5545), one all-day event per session, so the
/// sessions can sit next to the runner's training calendar.
///
/// Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 sequence); text values escape
/// backslash, semicolon, comma and newline. Each event's UID is stable for a plan start and a date, and
/// its SEQUENCE and LAST-MODIFIED change with its content (`CalendarExportState`), so importing a newer
/// export of the same plan updates events instead of duplicating them or keeping stale ones.
public enum PlanICS {
    /// The calendar for `plan`, as a first export (every event at SEQUENCE 0).
    /// - Parameters:
    ///   - stamp: when the file is made (DTSTAMP, written in UTC); the caller reads the clock.
    ///   - weeks: the week numbers to include (nil: all).
    public static func encode(_ plan: Plan, stamp: WallTime, weeks: Set<Int>? = nil) -> String {
        var state = CalendarExportState()
        return export(plan, stamp: stamp, weeks: weeks, state: &state)
    }

    /// The calendar for `plan` after the exports `state` remembers: changed events go one SEQUENCE up with
    /// a new LAST-MODIFIED, sessions gone from the exported days are sent with STATUS:CANCELLED, and
    /// `state` becomes what this export sent (the caller keeps it for the next one). `remind` adds a
    /// reminder (VALARM) at that time on each session's day.
    public static func export(_ plan: Plan, stamp: WallTime, weeks: Set<Int>? = nil, remind: CalendarReminder? = nil,
                              state: inout CalendarExportState) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Legwork//Legwork plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Legwork strength plan",
        ]
        let dtstamp = utcStamp(stamp)
        var current: Set<String> = []
        let shown = plan.weeks.filter { weeks?.contains($0.number) ?? true }
        for week in shown {
            for day in week.days {
                guard let session = day.session else { continue }
                let uid = "legwork-\(plan.start)-\(day.date)@legwork"
                var body = [
                    "SUMMARY:" + escape("Legwork: \(session.title) (\(session.minutes) min)"),
                    "DESCRIPTION:" + escape(description(of: session, week: week, unit: plan.units)),
                    "CATEGORIES:" + escape(session.kind == .strength ? "Strength" : "Mobility"),
                    "TRANSP:TRANSPARENT",
                ]
                if let remind {
                    body += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escape("Legwork: \(session.title) today"),
                             "TRIGGER:\(remind.trigger)", "END:VALARM"]
                }
                current.insert(uid)
                let event = state.sent(uid: uid, date: day.date, fingerprint: CalendarExportState.fingerprint(body.joined(separator: "\n")), now: stamp)
                lines += ["BEGIN:VEVENT"] + header(uid: uid, date: day.date, stamp: dtstamp, event: event) + body + ["END:VEVENT"]
            }
        }
        if let first = shown.first?.days.first?.date, let last = shown.last?.days.last?.date, first <= last {
            for (uid, event) in state.cancelled(in: first...last, current: current, now: stamp) {
                lines += ["BEGIN:VEVENT"] + header(uid: uid, date: event.date, stamp: dtstamp, event: event)
                    + ["SUMMARY:Legwork: no session (cancelled)", "STATUS:CANCELLED", "TRANSP:TRANSPARENT", "END:VEVENT"]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).map { $0 + "\r\n" }.joined()
    }

    /// UID, DTSTAMP, the day, SEQUENCE and LAST-MODIFIED of an event.
    static func header(uid: String, date: CalendarDate, stamp: String, event: CalendarExportState.Event) -> [String] {
        ["UID:\(uid)", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(compact(date))", "DTEND;VALUE=DATE:\(compact(date.adding(days: 1)))",
         "SEQUENCE:\(event.sequence)", "LAST-MODIFIED:\(utcStamp(event.modified))"]
    }

    /// The event text: week and phase, the exercises with dose, why and note (a protocol's rules, a
    /// household stand-in: what the runner follows), the running cue.
    static func description(of session: PlanSession, week: PlanWeek, unit: LoadUnit = .kg) -> String {
        var text = ["Week \(week.number) · \(week.phase.title)"]
        for (i, item) in session.items.enumerated() {
            let note = item.note.map { " Note: \($0)" } ?? ""
            text.append("\(i + 1). \(item.name): \(item.prescription(in: unit)). Why: \(item.why)\(note)")
        }
        text += session.notes
        if !session.runningCue.isEmpty { text.append("Running cue: \(session.runningCue)") }
        return text.joined(separator: "\n")
    }

    /// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, line breaks become `\n`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// RFC 5545 §3.1: content lines longer than 75 octets are split, each continuation starting with one
    /// space. Splits fall between Unicode scalars so no UTF-8 sequence is cut. Returns the line with its
    /// internal CRLFs but without the final one.
    public static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                // Keep an escape pair ("\\,") on one line: legal to split, but naive readers stumble.
                let trailing = current.unicodeScalars.reversed().prefix { $0 == "\\" }.count
                let carry = trailing % 2 == 1 ? "\\" : ""
                if !carry.isEmpty { current.unicodeScalars.removeLast() }
                pieces.append(current)
                current = carry
                octets = carry.utf8.count
                limit = 74   // the leading space of a continuation line counts
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }

    /// `YYYYMMDD`.
    static func compact(_ date: CalendarDate) -> String {
        date.description.filter { $0 != "-" }
    }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    static func utcStamp(_ time: WallTime) -> String {
        let days = Int(floorDiv(time.secondsSince1970, 86_400))
        let seconds = Int(time.secondsSince1970 - Int64(days) * 86_400)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return compact(CalendarDate(dayNumber: days)) + "T" + two(seconds / 3600) + two(seconds % 3600 / 60) + two(seconds % 60) + "Z"
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
