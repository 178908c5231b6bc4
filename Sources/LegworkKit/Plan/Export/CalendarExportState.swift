/// What the last calendar export sent, event by event, so the next one can tell calendar apps what
/// changed: an event whose content changed gets a higher SEQUENCE and a new LAST-MODIFIED (RFC 5545
/// §3.8.7.4, §3.8.7.3: without them many apps keep the copy they have), and an event that is no longer in
/// the plan is sent once more with STATUS:CANCELLED so it leaves the runner's calendar.
public struct CalendarExportState: Codable, Hashable, Sendable {
    public struct Event: Codable, Hashable, Sendable {
        public var date: CalendarDate
        /// A fingerprint of what the event says (summary, description, reminder): equal when nothing changed.
        public var fingerprint: String
        public var sequence: Int
        public var modified: WallTime
        /// Sent as cancelled: the plan has no session on that day any more.
        public var cancelled: Bool

        public init(date: CalendarDate, fingerprint: String, sequence: Int, modified: WallTime, cancelled: Bool = false) {
            self.date = date; self.fingerprint = fingerprint; self.sequence = sequence; self.modified = modified; self.cancelled = cancelled
        }
    }

    public var format = "legwork-calendar-export"
    public var version = 1
    /// By UID.
    public var events: [String: Event] = [:]

    public init(events: [String: Event] = [:]) { self.events = events }

    /// The event `uid` as it is now: unchanged events keep their sequence and time; a changed or
    /// returning one goes one sequence up, modified `now`; a new one starts at 0.
    mutating func sent(uid: String, date: CalendarDate, fingerprint: String, now: WallTime) -> Event {
        let event: Event
        if let last = events[uid] {
            event = last.fingerprint == fingerprint && !last.cancelled ? last
                : Event(date: date, fingerprint: fingerprint, sequence: last.sequence + 1, modified: now)
        } else {
            event = Event(date: date, fingerprint: fingerprint, sequence: 0, modified: now)
        }
        events[uid] = event
        return event
    }

    /// The events of days in `range` that were sent before but are not in `current`: each becomes
    /// cancelled (one sequence up, the first time), and stays so in later exports.
    mutating func cancelled(in range: ClosedRange<CalendarDate>, current: Set<String>, now: WallTime) -> [(uid: String, event: Event)] {
        var out: [(String, Event)] = []
        for (uid, last) in events.sorted(by: { ($0.value.date, $0.key) < ($1.value.date, $1.key) })
        where range.contains(last.date) && !current.contains(uid) {
            let event = last.cancelled ? last : Event(date: last.date, fingerprint: "", sequence: last.sequence + 1, modified: now, cancelled: true)
            events[uid] = event
            out.append((uid, event))
        }
        return out
    }

    /// FNV-1a, 64 bits, in hex: a stable fingerprint (Swift's `Hasher` changes from run to run).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// `plan --ics --remind HH:MM`: a reminder at that time on each session's day.
public struct CalendarReminder: Hashable, Sendable {
    public var hour: Int
    public var minute: Int

    /// "18:00", "7:30"; nil when not a time of day.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour; self.minute = minute
    }

    /// The alarm's trigger from the start of an all-day event (local midnight): `PT18H30M`.
    var trigger: String { hour == 0 && minute == 0 ? "PT0S" : "PT\(hour)H" + (minute > 0 ? "\(minute)M" : "") }

    var text: String { "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)" }
}
