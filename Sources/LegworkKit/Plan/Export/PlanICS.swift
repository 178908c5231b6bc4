/// `legwork plan --ics`: the plan as an iCalendar file (RFC 5545), one all-day event per session, so the
/// sessions can sit next to the runner's training calendar.
///
/// Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 sequence); text values escape
/// backslash, semicolon, comma and newline. Each event's UID is stable for a plan start and a date, so
/// importing a newer export of the same plan updates events instead of duplicating them.
public enum PlanICS {
    /// The calendar for `plan`.
    /// - Parameters:
    ///   - stamp: when the file is made (DTSTAMP, written in UTC); the caller reads the clock.
    ///   - weeks: the week numbers to include (nil: all).
    public static func encode(_ plan: Plan, stamp: WallTime, weeks: Set<Int>? = nil) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Legwork//Legwork plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Legwork strength plan",
        ]
        let dtstamp = utcStamp(stamp)
        for week in plan.weeks where weeks?.contains(week.number) ?? true {
            for day in week.days {
                guard let session = day.session else { continue }
                lines += [
                    "BEGIN:VEVENT",
                    "UID:legwork-\(plan.start)-\(day.date)@legwork",
                    "DTSTAMP:\(dtstamp)",
                    "DTSTART;VALUE=DATE:\(compact(day.date))",
                    "DTEND;VALUE=DATE:\(compact(day.date.adding(days: 1)))",
                    "SUMMARY:" + escape("Legwork: \(session.title) (\(session.minutes) min)"),
                    "DESCRIPTION:" + escape(description(of: session, week: week)),
                    "CATEGORIES:" + escape(session.kind == .strength ? "Strength" : "Mobility"),
                    "TRANSP:TRANSPARENT",
                    "END:VEVENT",
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).map { $0 + "\r\n" }.joined()
    }

    /// The event text: week and phase, the exercises with dose, why and note (a protocol's rules, a
    /// household stand-in: what the runner follows), the running cue.
    static func description(of session: PlanSession, week: PlanWeek) -> String {
        var text = ["Week \(week.number) · \(week.phase.title)"]
        for (i, item) in session.items.enumerated() {
            let note = item.note.map { " Note: \($0)" } ?? ""
            text.append("\(i + 1). \(item.name): \(item.prescription). Why: \(item.why)\(note)")
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
