import Foundation

/// The keys of `legwork profile set KEY=VALUE`, of the intake form and of the stored profile: each key is
/// declared here once, with its name (the raw value), its parser (`apply`), its printed form (`text`), how
/// it is stored (`storage`, in ProfileKey+Storage.swift) and its question in the form (`question`, in
/// ProfileKey+Question.swift). Every one of those is an exhaustive switch, so a new key is not complete
/// until the compiler has had each answered; the profile's JSON is written and read from them.
///
/// The command line, the intake form and the stored profile all go through `apply(_:to:)`, so a value is
/// accepted or rejected (with the same message) wherever it comes from.
public enum ProfileKey: String, CaseIterable, Sendable, CodingKey {
    case experience, goal
    case raceDistance = "race-distance", raceDate = "race-date"
    case weeklyKm = "weekly-km", weeklyMiles = "weekly-miles"
    case runDays = "run-days", longRunDay = "long-run-day", workoutDay = "workout-day"
    case strengthDays = "strength-days", sessionMinutes = "session-minutes"
    case equipment, dumbbellMaxKg = "dumbbell-max-kg", backpackKg = "backpack-kg"
    case injury, redFlags = "red-flags"
    /// The day a clinician cleared the warning signs: they leave the profile (the log keeps them).
    case cleared
    case importedCards = "imported-cards"
    case hopTest = "hop-test"
    /// Optional: they choose the strength check's norms.
    case age, sex
    /// `kg` or `lb`: the unit loads are shown and typed in.
    case units

    /// "experience, goal, race-distance, …" for error messages.
    public static var validKeysText: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The valid key `word` most likely meant ("goals" → goal), if any is close.
    public static func suggestion(for word: String) -> ProfileKey? {
        Suggestions.closest(to: word, in: allCases.map(\.rawValue), limit: 1).first.flatMap(ProfileKey.init(rawValue:))
    }

    /// Parses `value` and stores it in `profile`. Values are trimmed and case-insensitive; the optional
    /// fields and the lists take `none` (or nothing) to clear. Cross-field checks are not done here (see
    /// `Profile.problems(today:)`): the other field may be set in the same breath.
    public func apply(_ value: String, to profile: inout Profile) throws(ProfileError) {
        let text = value.trimmingCharacters(in: .whitespaces).lowercased()
        let isNone = text.isEmpty || text == "none"
        switch self {
        case .experience:
            profile.experience = try choice(text, original: value)
        case .goal:
            profile.goal = try choice(text, original: value)
        case .raceDistance:
            profile.raceDistance = isNone ? nil : try choice(text, original: value, orNone: true) as RaceDistance
        case .raceDate:
            if isNone { profile.raceDate = nil; return }
            guard let date = CalendarDate(text: text) else {
                throw invalid(value, "write the date as YYYY-MM-DD, e.g. 2026-04-19, or none")
            }
            profile.raceDate = date
        case .weeklyKm, .weeklyMiles:
            profile.weeklyKm = try weeklyKm(text, original: value)
        case .runDays:
            profile.runDays = try days(text, original: value)
        case .longRunDay:
            profile.longRunDay = isNone ? nil : try day(text, original: value)
        case .workoutDay:
            profile.workoutDay = isNone ? nil : try day(text, original: value)
        case .strengthDays:
            guard let n = Int(text), Profile.strengthDaysRange.contains(n) else {
                throw invalid(value, "choose a whole number from 1 to 4")
            }
            profile.strengthDays = n
        case .sessionMinutes:
            let minutes = text.hasSuffix("min") ? String(text.dropLast(3)).trimmingCharacters(in: .whitespaces) : text
            guard let n = Int(minutes), let length = SessionLength(rawValue: n) else {
                throw invalid(value, "choose one of 15, 30, 45")
            }
            profile.sessionMinutes = length
        case .equipment:
            profile.equipment = isNone ? [] : try equipmentList(text, original: value)
        case .dumbbellMaxKg:
            profile.dumbbellMaxKg = isNone ? nil
                : try kilograms(text, in: Profile.dumbbellKgRange, original: value, "give the heaviest dumbbell in kg, from 0.5 to 100 (or in pounds: 25lb), or none")
        case .backpackKg:
            profile.backpackKg = isNone ? nil
                : try kilograms(text, in: Profile.backpackKgRange, original: value, "give what your loaded backpack weighs in kg, from 0.5 to 40 (or in pounds: 20lb), or none")
        case .injury:
            profile.injuries = isNone ? [] : try injuries(text, original: value)
        case .redFlags:
            profile.redFlags = isNone ? [] : try redFlagList(text, original: value)
        case .importedCards:
            switch text {
            case "on", "yes", "true": profile.importedCards = true
            case "off", "no", "false", "none": profile.importedCards = false
            default: throw invalid(value, "choose on (imported cards may enter the plan) or off")
            }
        case .cleared:
            // Saying a clinician cleared you is never undone by leaving the field empty.
            if isNone { return }
            guard let date = CalendarDate(text: text) else {
                throw invalid(value, "write the day a clinician cleared you as YYYY-MM-DD")
            }
            profile.clearedOn = date
            profile.redFlags = []
        case .hopTest:
            if isNone { profile.hopTestPassed = nil; return }
            guard let date = Self.hopTestDate(text) else {
                throw invalid(value, "write passed:YYYY-MM-DD, the day you managed \(ReturnToJumping.description), or none")
            }
            profile.hopTestPassed = date
        case .age:
            if isNone { profile.age = nil; return }
            guard let years = Int(text), Profile.ageRange.contains(years) else {
                throw invalid(value, "give your age in whole years, from \(Profile.ageRange.lowerBound) to \(Profile.ageRange.upperBound), or none")
            }
            profile.age = years
        case .sex:
            profile.sex = isNone ? nil : try choice(text, original: value, orNone: true) as Sex
        case .units:
            guard let unit = LoadUnit(words: text) else { throw invalid(value, "choose kg or lb") }
            profile.units = unit
        }
    }

    /// The field's value in `profile`, written the way `apply` reads it (`none` for nothing).
    public func text(in profile: Profile) -> String {
        switch self {
        case .experience: profile.experience.rawValue
        case .goal: profile.goal.rawValue
        case .raceDistance: profile.raceDistance?.rawValue ?? "none"
        case .raceDate: profile.raceDate?.description ?? "none"
        case .weeklyKm: Self.format(profile.weeklyKm)
        case .weeklyMiles: Self.format(Self.tenths(profile.weeklyKm / Profile.kmPerMile))
        case .runDays: profile.runDays.isEmpty ? "none" : profile.sortedRunDays.map(\.rawValue).joined(separator: ",")
        case .longRunDay: profile.longRunDay?.rawValue ?? "none"
        case .workoutDay: profile.workoutDay?.rawValue ?? "none"
        case .strengthDays: String(profile.strengthDays)
        case .sessionMinutes: String(profile.sessionMinutes.minutes)
        case .equipment:
            profile.equipment.isEmpty ? "none"
                : Equipment.allCases.filter(profile.equipment.contains).map(\.rawValue).joined(separator: ",")
        case .dumbbellMaxKg: profile.dumbbellMaxKg.map(Load.kilogramWords) ?? "none"
        case .backpackKg: profile.backpackKg.map(Load.kilogramWords) ?? "none"
        case .injury: profile.injuries.isEmpty ? "none" : profile.injuries.map(\.description).joined(separator: ",")
        case .redFlags:
            profile.redFlags.isEmpty ? "none"
                : RedFlag.allCases.filter(profile.redFlags.contains).map(\.rawValue).joined(separator: ",")
        case .importedCards: profile.importedCards ? "on" : "off"
        case .cleared: profile.clearedOn?.description ?? "none"
        case .hopTest: profile.hopTestPassed.map { "passed:\($0)" } ?? "none"
        case .age: profile.age.map(String.init) ?? "none"
        case .sex: profile.sex?.rawValue ?? "none"
        case .units: profile.units.rawValue
        }
    }

    /// The date of `passed:YYYY-MM-DD`, nil for anything else.
    static func hopTestDate(_ text: String) -> CalendarDate? {
        let lower = text.lowercased()
        guard lower.hasPrefix("passed:") else { return nil }
        return CalendarDate(text: String(lower.dropFirst("passed:".count)))
    }

    // MARK: - Parsers

    private func invalid(_ value: String, _ hint: String) -> ProfileError {
        .invalidValue(key: self, value: value.trimmingCharacters(in: .whitespaces), hint: hint)
    }

    /// A weight in kilograms ("12", "12.5 kg", "12,5") within `range`, to a hundredth of a kilogram, so
    /// that a weight given in pounds reads back as the pounds given (25 lb is 11.34 kg, not 11.3).
    /// Kilograms, or pounds with their unit ("25lb", "25 lbs"): the key names kilograms, so a number
    /// alone stays kilograms whatever the runner's units.
    private func kilograms(_ text: String, in range: ClosedRange<Double>, original value: String, _ hint: String) throws(ProfileError) -> Double {
        let number = text.prefix { $0.isNumber || $0 == "." || $0 == "," }
        let unit = String(text.dropFirst(number.count)).trimmingCharacters(in: .whitespaces)
        guard let amount = Self.decimal(String(number)), let load = unit.isEmpty ? .kg : LoadUnit(words: unit) else { throw invalid(value, hint) }
        let kg = load.kilograms(amount)
        guard range.contains(kg) else { throw invalid(value, hint) }
        return (kg * 100).rounded() / 100
    }

    private func choice<T: RawRepresentable & CaseIterable>(
        _ text: String, original: String, orNone: Bool = false
    ) throws(ProfileError) -> T where T.RawValue == String {
        if let value = T(rawValue: text) { return value }
        let words = T.allCases.map(\.rawValue) + (orNone ? ["none"] : [])
        let guess = Suggestions.closest(to: text, in: words, limit: 1).first.map { "did you mean \"\($0)\"? " } ?? ""
        throw invalid(original, "\(guess)choose one of \(words.joined(separator: ", "))")
    }

    private static let dayWords = Weekday.allCases.map(\.rawValue).joined(separator: ", ")

    private func day(_ text: String, original: String) throws(ProfileError) -> Weekday {
        if let day = Weekday(word: text) { return day }
        let guess = Self.closestDay(to: text).map { "did you mean \"\($0.rawValue)\"? " } ?? ""
        throw invalid(original, "\(guess)choose one of \(Self.dayWords), or none")
    }

    /// Days written with commas, spaces or both ("tue,thu,sat", "tue thu sat", "tue, thu"), as people
    /// write them; the profile stores them one way.
    private func days(_ text: String, original: String) throws(ProfileError) -> Set<Weekday> {
        var result: Set<Weekday> = []
        for word in text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
            guard let day = Weekday(word: word) else {
                let guess = Self.closestDay(to: word).map { " (did you mean \"\($0.rawValue)\"?)" } ?? ""
                throw invalid(original, "\"\(word)\" is not a day\(guess); list days from \(Self.dayWords) separated by commas")
            }
            result.insert(day)
        }
        guard !result.isEmpty else { throw invalid(original, "list at least one day, e.g. tue,thu,sat") }
        return result
    }

    /// Day words are too short for edit distance ("wdn" is as far from "mon" as from "wed"): the day
    /// whose full name shares the longest start with the word, when only one does.
    private static func closestDay(to word: String) -> Weekday? {
        let shared = Weekday.allCases.map { day in (day, zip(word, day.title.lowercased()).prefix { $0 == $1 }.count) }
        guard let best = shared.map(\.1).max(), best > 0 else { return nil }
        let days = shared.filter { $0.1 == best }
        return days.count == 1 ? days[0].0 : nil
    }

    private func weeklyKm(_ text: String, original: String) throws(ProfileError) -> Double {
        // A unit typed after the number wins over the key's own unit ("18 mi" in the form's km field).
        var number = text
        var miles = self == .weeklyMiles
        for (suffix, isMiles) in [("miles", true), ("mile", true), ("mi", true), ("km", false)] where number.hasSuffix(suffix) {
            number = String(number.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            miles = isMiles
            break
        }
        let maxMiles = Self.format(Self.tenths(Profile.weeklyKmRange.upperBound / Profile.kmPerMile))
        let hint = miles ? "give a number of miles from 0 to \(maxMiles)"
                         : "give a number of kilometres from 0 to 300 (or weekly-miles=…)"
        guard let amount = Self.decimal(number) else { throw invalid(original, hint) }
        let km = Self.tenths(miles ? amount * Profile.kmPerMile : amount)
        guard Profile.weeklyKmRange.contains(km) else { throw invalid(original, hint) }
        return km
    }

    private static let equipmentAliases: [String: Equipment] = [
        "box": .step, "pillow": .block, "yoga-block": .block, "band": .miniBand, "dumbbell": .dumbbells,
        "db": .dumbbells, "kb": .kettlebell, "trapbar": .trapBar, "long band": .longBand, "mini band": .miniBand,
        "trap bar": .trapBar,
    ]

    private func equipmentList(_ text: String, original: String) throws(ProfileError) -> Set<Equipment> {
        var result: Set<Equipment> = []
        let words = Equipment.allCases.map(\.rawValue)
        for word in Self.items(text) {
            guard let item = Equipment(rawValue: word) ?? Self.equipmentAliases[word] else {
                let guess = Suggestions.closest(to: word, in: words, limit: 1).first.map { " (did you mean \"\($0)\"?)" } ?? ""
                throw invalid(original, "\"\(word)\" is not equipment\(guess); list items from \(words.joined(separator: ", ")), or none")
            }
            result.insert(item)
        }
        return result
    }

    /// The hint shared by every injury-list error.
    static let injuryHint = "write NAME:past or NAME:current:PAIN with NAME one of "
        + Injury.allCases.map(\.rawValue).joined(separator: ", ") + " and PAIN 0–10, separated by commas, or none"

    private func injuries(_ text: String, original: String) throws(ProfileError) -> [InjuryStatus] {
        var result: [InjuryStatus] = []
        for item in Self.items(text) {
            let status: InjuryStatus
            do { status = try Self.parseInjury(item) } catch {
                guard case let .invalidValue(_, _, hint) = error else { throw error }
                throw invalid(original, hint)
            }
            guard !result.contains(where: { $0.injury == status.injury }) else { throw .injuryListedTwice(status.injury) }
            result.append(status)
        }
        return result
    }

    /// Parses one `NAME:past` or `NAME:current:PAIN` item.
    static func parseInjury(_ item: String) throws(ProfileError) -> InjuryStatus {
        func fail(_ detail: String) -> ProfileError {
            .invalidValue(key: .injury, value: item, hint: "\(detail)\(injuryHint)")
        }
        let parts = item.lowercased().split(separator: ":", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let injury = Injury(rawValue: parts[0]) else {
            let guess = Suggestions.closest(to: parts[0], in: Injury.allCases.map(\.rawValue), limit: 1).first.map { " (did you mean \"\($0)\"?)" } ?? ""
            throw fail("\"\(parts[0])\" is not an injury\(guess); ")
        }
        switch parts.count >= 2 ? parts[1] : "" {
        case "past" where parts.count == 2:
            return InjuryStatus(injury, .past)
        case "past":
            throw fail("a past injury takes no pain score (\(injury.rawValue):past); ")
        case "current":
            guard parts.count == 3, let pain = Int(parts[2]), Profile.painRange.contains(pain) else {
                throw fail("a current injury needs its pain 0–10, e.g. \(injury.rawValue):current:3; ")
            }
            return InjuryStatus(injury, .current(pain: pain))
        default:
            throw fail("say whether \(injury.rawValue) is past or current, e.g. \(injury.rawValue):past; ")
        }
    }

    private func redFlagList(_ text: String, original: String) throws(ProfileError) -> Set<RedFlag> {
        var result: Set<RedFlag> = []
        let words = RedFlag.allCases.map(\.rawValue)
        for word in Self.items(text) {
            guard let flag = RedFlag(rawValue: word) else {
                let guess = Suggestions.closest(to: word, in: words, limit: 1).first.map { " (did you mean \"\($0)\"?)" } ?? ""
                throw invalid(original, "\"\(word)\" is not a red flag\(guess); choose none or a comma list of \(words.joined(separator: ", "))")
            }
            result.insert(flag)
        }
        return result
    }

    // MARK: - Text helpers

    /// Comma-separated items, trimmed, empty ones dropped ("mon, wed,,sat" → mon wed sat).
    private static func items(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A plain decimal number ("30", "30.5"); no signs, exponents, "nan" or "inf".
    static func decimal(_ text: String) -> Double? {
        guard !text.isEmpty, text.filter({ $0 == "." }).count <= 1,
              text.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }), text != "." else { return nil }
        return Double(text)
    }

    static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// "30" for 30.0, "30.5" for 30.5.
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(tenths(value))
    }
}
