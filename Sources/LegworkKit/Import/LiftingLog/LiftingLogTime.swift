/// The times lifting apps write, read at the runner's UTC offset (none of them writes an offset).
enum LiftingLogTime {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "2019-01-11 12:31:54" (Strong, older), "2024-05-07 6:51:21 PM" (Strong, newer; the space before
    /// PM may be a narrow no-break space), "7 Dec 2026, 08:00" (Hevy), or ISO-8601 with an offset.
    static func parse(_ raw: String, utcOffsetSeconds: Int) -> WallTime? {
        let text = String(raw.unicodeScalars.map { $0 == "\u{202F}" || $0 == "\u{00A0}" ? " " : Character($0) }).trimmingSpaces
        if let iso = WallTime(iso8601: text) { return iso }
        var words = text.replacing(",", with: " ").split(separator: " ").map(String.init)
        var half: String?
        if let last = words.last?.uppercased(), last == "AM" || last == "PM" { half = last; words.removeLast() }
        guard words.count >= 2 else { return nil }
        let day: (year: Int, month: Int, day: Int)
        var clockWord: String
        if words.count >= 4, let month = months.firstIndex(of: words[1].prefix(3).lowercased()), let d = Int(words[0]), let y = Int(words[2]) {
            day = (y, month + 1, d); clockWord = words[3]
        } else {
            let parts = words[0].split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            day = (parts[0], parts[1], parts[2]); clockWord = words[1]
        }
        let clock = clockWord.split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2, clock.count <= 3, (0...59).contains(clock[1]), (0...59).contains(clock.count == 3 ? clock[2] : 0) else { return nil }
        var hour = clock[0]
        if let half {
            guard (1...12).contains(hour) else { return nil }
            if half == "PM", hour != 12 { hour += 12 } else if half == "AM", hour == 12 { hour = 0 }
        }
        guard (0...23).contains(hour), CalendarDate(year: day.year, month: day.month, day: day.day) != nil else { return nil }
        return WallTime(year: day.year, month: day.month, day: day.day, hour: hour, minute: clock[1],
                        second: clock.count == 3 ? clock[2] : 0, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// "1h 5m", "45m", "30s", "1h": seconds. A bare number is seconds.
    static func duration(_ raw: String) -> Int? {
        let text = raw.trimmingSpaces
        if text.isEmpty { return nil }
        if let seconds = Double(text) { return seconds >= 0 ? Int(seconds.rounded()) : nil }
        var total = 0
        for word in text.split(separator: " ") {
            guard let unit = word.last, let value = Int(word.dropLast()), value >= 0 else { return nil }
            switch unit {
            case "h": total += value * 3600
            case "m": total += value * 60
            case "s": total += value
            default: return nil
            }
        }
        return total
    }

    /// "2026-12-07 08:00:00": Strong's older layout, on the runner's clock.
    static func strong(_ time: WallTime) -> String {
        let f = time.local
        return "\(pad(f.year, 4))-\(pad(f.month))-\(pad(f.day)) \(pad(f.hour)):\(pad(f.minute)):\(pad(f.second))"
    }

    /// "7 Dec 2026, 08:00": Hevy's layout.
    static func hevy(_ time: WallTime) -> String {
        let f = time.local, month = months[f.month - 1]
        return "\(f.day) \(month.prefix(1).uppercased() + month.dropFirst()) \(f.year), \(pad(f.hour)):\(pad(f.minute))"
    }

    static func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
