/// A wall-clock instant as the runner lived it: seconds since 1970-01-01T00:00:00Z plus the local
/// offset from UTC at that moment.
///
/// `Moment` is the monotonic timeline that drives countdowns; `WallTime` is what the training log keeps,
/// so that a session done at 07:30 on Monday stays on Monday in the history even after the runner
/// travels or the clocks change. The core never reads a clock: the runtime creates these values.
///
/// In JSON a `WallTime` is one ISO-8601 string with its offset, e.g. `"2025-03-01T07:30:00+01:00"`.
public struct WallTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z (Unix time), whole seconds.
    public var secondsSince1970: Int64
    /// Seconds east of UTC where the runner was (+3600 for UTC+01:00), so local dates can be recovered.
    public var utcOffsetSeconds: Int

    public init(secondsSince1970: Int64, utcOffsetSeconds: Int = 0) {
        self.secondsSince1970 = secondsSince1970
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Builds a wall time from local calendar fields (proleptic Gregorian calendar).
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                utcOffsetSeconds: Int = 0) {
        let days = Int64(CalendarDate.dayNumber(year: year, month: month, day: day))
        let local = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(secondsSince1970: local - Int64(utcOffsetSeconds), utcOffsetSeconds: utcOffsetSeconds)
    }

    /// Ordered by the instant; two equal instants with different offsets are ordered by offset only so
    /// that the order is total.
    public static func < (a: WallTime, b: WallTime) -> Bool {
        (a.secondsSince1970, a.utcOffsetSeconds) < (b.secondsSince1970, b.utcOffsetSeconds)
    }

    /// The same offset, `seconds` later.
    public func adding(seconds: Int64) -> WallTime {
        WallTime(secondsSince1970: secondsSince1970 + seconds, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// Whole days since 1970-01-01 on the runner's local calendar (for heatmaps and streaks).
    public var localDaysSince1970: Int64 {
        Self.floorDiv(secondsSince1970 + Int64(utcOffsetSeconds), 86_400)
    }

    /// The local calendar date.
    public var localDate: CalendarDate { CalendarDate(dayNumber: Int(localDaysSince1970)) }

    /// The local calendar date and time of day.
    public var local: LocalFields {
        let localSeconds = secondsSince1970 + Int64(utcOffsetSeconds)
        let days = Self.floorDiv(localSeconds, 86_400)
        let secondOfDay = Int(localSeconds - days * 86_400)
        let date = CalendarDate(dayNumber: Int(days))
        return LocalFields(year: date.year, month: date.month, day: date.day, hour: secondOfDay / 3600,
                           minute: secondOfDay % 3600 / 60, second: secondOfDay % 60)
    }

    /// Local calendar fields of a `WallTime`.
    public struct LocalFields: Hashable, Sendable {
        public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

        public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
            self.year = year; self.month = month; self.day = day; self.hour = hour; self.minute = minute
            self.second = second
        }
    }

    /// `2025-03-01T07:30:00+01:00` (`Z` when the offset is zero).
    public var iso8601: String {
        let f = local
        return "\(Self.pad(f.year, 4))-\(Self.pad(f.month))-\(Self.pad(f.day))"
            + "T\(Self.pad(f.hour)):\(Self.pad(f.minute)):\(Self.pad(f.second))" + offsetText
    }

    /// `2025-03-01`, the local date.
    public var localDateText: String {
        let f = local
        return "\(Self.pad(f.year, 4))-\(Self.pad(f.month))-\(Self.pad(f.day))"
    }

    public var description: String { iso8601 }

    /// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM` (fractions of a second are not used).
    public init?(iso8601 text: String) {
        let chars = Array(text.utf8)
        guard chars.count >= 20, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
              chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " "),
              chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
              let year = Self.number(chars[0..<4]), let month = Self.number(chars[5..<7]),
              let day = Self.number(chars[8..<10]), let hour = Self.number(chars[11..<13]),
              let minute = Self.number(chars[14..<16]), let second = Self.number(chars[17..<19]),
              (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        let zone = chars[19...]
        let offset: Int
        if zone.elementsEqual("Z".utf8) {
            offset = 0
        } else {
            guard zone.count == 6, let sign = zone.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
                  zone[zone.startIndex + 3] == UInt8(ascii: ":"),
                  let h = Self.number(zone[(zone.startIndex + 1)..<(zone.startIndex + 3)]),
                  let m = Self.number(zone[(zone.startIndex + 4)..<(zone.startIndex + 6)]), h <= 18, m < 60
            else { return nil }
            offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (h * 3600 + m * 60)
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                  utcOffsetSeconds: offset)
    }

    // Calendar arithmetic is CalendarDate's: one implementation of the civil calendar.

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private var offsetText: String {
        if utcOffsetSeconds == 0 { return "Z" }
        let magnitude = abs(utcOffsetSeconds)
        return (utcOffsetSeconds < 0 ? "-" : "+") + Self.pad(magnitude / 3600) + ":" + Self.pad(magnitude % 3600 / 60)
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func number(_ bytes: some Collection<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return bytes.isEmpty ? nil : value
    }
}

extension WallTime: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = WallTime(iso8601: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "time \"\(text)\" is not ISO-8601 like 2025-03-01T07:30:00+01:00"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso8601)
    }
}
