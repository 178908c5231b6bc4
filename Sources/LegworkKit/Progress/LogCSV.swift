/// The training log as CSV, one row per set, with the columns common lifting apps use so a
/// spreadsheet or another app can read it: date, session, exercise, set, side, weight_kg, reps,
/// seconds, rir, pain, notes, session_id, session_start (the session's id and start keep two sessions
/// on one day apart when the file is imported again). RFC 4180: CRLF line ends, fields with a comma, quote or line break are
/// quoted and their quotes doubled. Empty fields mean "not recorded" (body weight, no RIR asked…).
/// Text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) are written as text
/// (`SafeText.csvCellText`), and control characters from data are shown escaped.
public enum LogCSV {
    public static let columns = ["date", "session", "exercise", "set", "side", "weight_kg", "reps", "seconds",
                                 "rir", "pain", "notes", "session_id", "session_start"]

    /// The whole file: the header row, then the sets in the order given, then one row per run. `sessions`
    /// gives each set's session title; `date` is the set's start as ISO-8601 with the runner's UTC offset.
    public static func text(sets: [SetRecord], sessions: [Int64: SessionRecord], runs: [RunRecord] = []) -> String {
        var out = row(columns)
        for set in sets {
            out += row([
                set.startedAt.iso8601,
                textCell(sessions[set.sessionID]?.title ?? "session \(set.sessionID)"),
                textCell(set.exerciseID),
                String(set.setNumber),
                set.side.rawValue,
                set.loadKg.map(AutoRegulation.kilograms) ?? "",
                set.reps.map(String.init) ?? "",
                set.seconds.map(String.init) ?? "",
                set.rir.map(String.init) ?? "",
                set.pain.map(String.init) ?? "",
                textCell(set.notes ?? "", keepingLines: true),
                String(set.sessionID),
                sessions[set.sessionID]?.startedAt.iso8601 ?? "",
            ])
        }
        for run in runs { out += row(runRow(run)) }
        return out
    }

    /// A run in the same columns: its local day as the date, "run" as the exercise, its kind as the
    /// session, its time in `seconds`, and its distance and source in `notes` (`distance_m=21100 source=strava`);
    /// a run belongs to no session.
    static func runRow(_ run: RunRecord) -> [String] {
        [run.date.description, run.kind.words, "run", "1", "both", "", "", run.seconds.map(String.init) ?? "", "",
         run.pain.map(String.init) ?? "", textCell("distance_m=\(Int(run.metres.rounded())) source=\(run.source)"), "", ""]
    }

    /// A cell of text from data: never a formula, never a raw control character.
    static func textCell(_ value: String, keepingLines: Bool = false) -> String {
        SafeText.csvCellText(SafeText.escaped(value, keepingLines: keepingLines))
    }

    /// One record with its CRLF.
    public static func row(_ fields: [String], separator: Unicode.Scalar = ",") -> String {
        fields.map { field($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
    }

    /// A field, quoted when RFC 4180 asks for it, and a cell marked as text with a leading apostrophe
    /// quoted too (the form OWASP advises against formula injection).
    public static func field(_ value: String, separator: Unicode.Scalar = ",") -> String {
        let mark = Character(separator)
        let needsQuotes = value.hasPrefix("'") || value.contains { $0 == mark || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Parses RFC 4180 text (CRLF or LF line ends) into records of fields. Throws on a quote that
    /// is never closed or text right after a closing quote. `separator` is `;` for files written where
    /// the comma is the decimal mark (Strong's older export).
    public static func parse(_ text: String, separator: Unicode.Scalar = ",") throws(CSVError) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var quoteLine = 1
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        var sawAny = false
        while let c = next() {
            sawAny = true
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\""); continue }
                        pending = n
                    }
                    quoted = false
                    afterQuote = true
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case separator:
                record.append(field); field = ""; afterQuote = false
            case "\r":
                continue
            case "\n":
                record.append(field); field = ""; afterQuote = false
                records.append(record); record = []
                line += 1
                sawAny = false
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
                quoteLine = line
            default:
                if afterQuote { throw CSVError(line: line, problem: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        if quoted { throw CSVError(line: quoteLine, problem: "a quoted field is never closed") }
        if sawAny || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

/// CSV text that is not RFC 4180.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var problem: String
    public init(line: Int, problem: String) { self.line = line; self.problem = problem }
    public var description: String { "CSV line \(line): \(problem); quote fields with \" and double the quotes inside" }
}
