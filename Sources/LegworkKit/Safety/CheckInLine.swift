/// The check-in typed as one line (`--plain`): `knee=5 morning=worse sign=limp`. Words, not numbers, so
/// it is never mistaken for a log entry. An empty line answers nothing: a question left out stays
/// unanswered, it is never filled from an earlier day. Each word counts on its own (`read`).
public enum CheckInLine {
    public static let help = "INJURY=PAIN (or pain=N for all), morning=better|same|worse, sign=NAME[,NAME] "
        + "(\(RedFlag.allCases.map(\.rawValue).joined(separator: ", "))); Enter goes on, a question you skip counts as not answered"

    /// Whether `line` is meant as a check-in (it holds `key=value` words).
    public static func looksLikeCheckIn(_ line: String) -> Bool { line.contains("=") }

    /// The answers so far in `questions` with the words of `line` added, one word at a time: each word is
    /// taken or refused with its reason, so a word that is refused never takes a warning sign or another
    /// answer with it. A pain for an injury that is not a current one in the profile (or `pain=N` when
    /// none is) is kept as pain elsewhere (`other`): it is a fact about today all the same.
    public static func read(_ line: String, questions: CheckInQuestions) -> CheckInReading {
        var reading = CheckInReading(answers: questions.answers)
        for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            do {
                try take(String(token), questions: questions, into: &reading)
            } catch {
                reading.refused.append(error)
            }
        }
        return reading
    }

    /// Adds the answer of one `key=value` word to `reading`.
    private static func take(_ token: String, questions: CheckInQuestions, into reading: inout CheckInReading) throws(CheckInLineError) {
        let parts = token.split(separator: "=", maxSplits: 1).map { String($0).lowercased() }
        guard parts.count == 2, !parts[1].isEmpty else { throw .notUnderstood(token) }
        let (key, value) = (parts[0], parts[1])
        switch key {
        case "morning":
            guard let answer = CheckIn.MorningAfter(rawValue: value) else { throw .badValue(key: key, value: value, expected: "better, same or worse") }
            reading.answers.morningAfter = answer
        case "sign", "signs":
            if value == "none" { reading.answers.newSigns = []; return }
            // Each sign on its own: one misspelt name never drops the others.
            for name in value.split(separator: ",").map(String.init) {
                guard let sign = RedFlag(rawValue: name) else {
                    reading.refused.append(.badValue(key: key, value: name, expected: RedFlag.allCases.map(\.rawValue).joined(separator: ", ")))
                    continue
                }
                reading.answers.newSigns.insert(sign)
            }
        case "pain":
            let pain = try painValue(value, key: key)
            if questions.injuries.isEmpty { reading.keep(pain, elsewhereFor: key) }
            for injury in questions.injuries { reading.answers.pain[injury] = pain }
        default:
            guard let injury = Injury(rawValue: key) else { throw .notUnderstood(token) }
            let pain = try painValue(value, key: key)
            if questions.injuries.contains(injury) {
                reading.answers.pain[injury] = pain
            } else {
                reading.keep(pain, elsewhereFor: key)
            }
        }
    }

    private static func painValue(_ text: String, key: String) throws(CheckInLineError) -> Int {
        guard let pain = Int(text), Profile.painRange.contains(pain) else { throw .badValue(key: key, value: text, expected: "a pain from 0 to 10") }
        return pain
    }

    /// The answers as they stand: "Runner's knee 3/10, no new warning sign, the morning after your last
    /// session: the same".
    public static func describe(_ checkIn: CheckIn) -> String {
        var parts = Injury.allCases.compactMap { injury in checkIn.pain[injury].map { "\(injury.title) \($0)/10" } }
        parts.append(signs(checkIn))
        if let morning = checkIn.morningAfter { parts.append("the morning after your last session: \(morning.phrase)") }
        return parts.joined(separator: ", ")
    }

    /// The questions for the prompt, each with its answer so far or "not answered" (last time's pain as a
    /// hint): "Runner's knee: not answered (last time 3/10), no new warning sign, the morning after your
    /// last session: not answered".
    public static func describe(_ questions: CheckInQuestions) -> String {
        let answers = questions.answers
        var parts = questions.injuries.map { injury in
            if let pain = answers.pain[injury] { return "\(injury.title) \(pain)/10" }
            let hint = questions.painHints[injury].map { " (last time \($0)/10)" } ?? ""
            return "\(injury.title): \(notAnswered)\(hint)"
        }
        parts.append(signs(answers))
        if questions.asksMorning {
            parts.append("the morning after your last session: \(answers.morningAfter?.phrase ?? notAnswered)")
        }
        return parts.joined(separator: ", ")
    }

    static let notAnswered = "not answered"

    private static func signs(_ checkIn: CheckIn) -> String {
        checkIn.newSigns.isEmpty ? "no new warning sign" : "new: " + RedFlag.allCases.filter(checkIn.newSigns.contains).map(\.phrase).joined(separator: ", ")
    }
}

public enum CheckInLineError: Error, Hashable, Sendable, CustomStringConvertible {
    case notUnderstood(String)
    case badValue(key: String, value: String, expected: String)

    public var description: String {
        switch self {
        case let .notUnderstood(token): "\"\(token)\" is not a check-in answer; write \(CheckInLine.help)"
        case let .badValue(key, value, expected): "\(key)=\(value): expected \(expected)"
        }
    }
}
