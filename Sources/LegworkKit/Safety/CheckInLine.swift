/// The check-in typed as one line (`--plain`): `knee=5 morning=worse sign=limp`. Words, not numbers, so
/// it is never mistaken for a log entry. An empty line answers nothing: a question left out stays
/// unanswered, it is never filled from an earlier day.
public enum CheckInLine {
    public static let help = "INJURY=PAIN (or pain=N for all), morning=better|same|worse, sign=NAME[,NAME] "
        + "(\(RedFlag.allCases.map(\.rawValue).joined(separator: ", "))); Enter goes on, a question you skip counts as not answered"

    /// Whether `line` is meant as a check-in (it holds `key=value` words).
    public static func looksLikeCheckIn(_ line: String) -> Bool { line.contains("=") }

    /// The answers so far in `questions` with the answers of `line` added.
    public static func parse(_ line: String, questions: CheckInQuestions) throws(CheckInLineError) -> CheckIn {
        var result = questions.answers
        for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let parts = token.split(separator: "=", maxSplits: 1).map { String($0).lowercased() }
            guard parts.count == 2, !parts[1].isEmpty else { throw .notUnderstood(String(token)) }
            let (key, value) = (parts[0], parts[1])
            switch key {
            case "morning":
                guard let answer = CheckIn.MorningAfter(rawValue: value) else { throw .badValue(key: key, value: value, expected: "better, same or worse") }
                result.morningAfter = answer
            case "sign", "signs":
                if value == "none" { result.newSigns = []; continue }
                for name in value.split(separator: ",") {
                    guard let sign = RedFlag(rawValue: String(name)) else {
                        throw .badValue(key: key, value: String(name), expected: RedFlag.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    result.newSigns.insert(sign)
                }
            case "pain":
                let pain = try painValue(value, key: key)
                for injury in questions.injuries { result.pain[injury] = pain }
            default:
                guard let injury = Injury(rawValue: key) else { throw .notUnderstood(String(token)) }
                guard questions.injuries.contains(injury) else { throw .notACurrentInjury(key) }
                result.pain[injury] = try painValue(value, key: key)
            }
        }
        return result
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

public enum CheckInLineError: Error, Equatable, CustomStringConvertible {
    case notUnderstood(String)
    case badValue(key: String, value: String, expected: String)
    case notACurrentInjury(String)

    public var description: String {
        switch self {
        case let .notUnderstood(token): "\"\(token)\" is not a check-in answer; write \(CheckInLine.help)"
        case let .badValue(key, value, expected): "\(key)=\(value): expected \(expected)"
        case let .notACurrentInjury(name): "\(name) is not a current injury in your profile"
        }
    }
}
