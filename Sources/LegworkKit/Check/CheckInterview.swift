import Foundation

/// The strength check asked one line at a time (`legwork check --plain`): each allowed test, each side
/// separately, its figure typed or its yes/no questions answered. Pure: it takes the runner's lines and
/// says what to print; the caller reads standard input and saves `check` at the end.
public struct CheckInterview: Sendable {
    /// One question: a test's side (nil for the running question), and for the squat check one of its faults.
    public struct Question: Hashable, Sendable {
        public let test: CheckTest
        public let side: Side?
        public let fault: SquatFault?
    }

    /// What an answer did.
    public enum Outcome: Equatable, Sendable {
        case recorded
        /// The rest of the test was skipped.
        case skipped
        /// The line was not understood: the hint says what is expected; the same question is asked again.
        case notUnderstood(String)
    }

    public let questions: [Question]
    public private(set) var check: StrengthCheck
    public private(set) var index = 0
    /// Faults seen so far on the current squat side.
    private var faults = 0

    /// The words that skip the rest of a test.
    public static let skipWords: Set<String> = ["skip", "s"]

    public init(tests: [CheckTest], date: CalendarDate) {
        check = StrengthCheck(date: date)
        questions = tests.flatMap { test in
            (test.sided ? Side.allCases.map(Optional.some) : [nil]).flatMap { side in
                test == .singleLegSquat ? SquatFault.allCases.map { Question(test: test, side: side, fault: $0) }
                    : [Question(test: test, side: side, fault: nil)]
            }
        }
    }

    public var finished: Bool { index >= questions.count }

    /// The question being asked, nil once finished.
    public var current: Question? { finished ? nil : questions[index] }

    /// The lines that introduce the current question: the test's card when it starts, then the side.
    public var introduction: [String] {
        guard let question = current else { return [] }
        var lines: [String] = []
        if index == 0 || questions[index - 1].test != question.test {
            let card = CheckCard.of(question.test)
            lines += [question.test.title, "How: \(card.how)", "What counts: \(card.counts)", "Stop: \(card.stop)"]
        }
        return lines
    }

    /// The question in words: "Left leg: how many heel raises?", "Right leg: did your knee drift in, past your big toe? (y/n)".
    public var prompt: String? {
        guard let question = current else { return nil }
        let limb = question.test == .sidePlank ? "side" : question.test == .kneeToWall ? "foot" : "leg"
        let who = question.side.map { "\($0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst()) \(limb): " } ?? ""
        switch question.test {
        case .heelRaise: return who + "how many heel raises before height, pace or form went?"
        case .hamstringBridge: return who + "how many bridges before your hips no longer reached straight?"
        case .sidePlank: return who + "how many seconds did you hold before the hip dropped?"
        case .singleLegSquat:
            let text = question.fault!.question
            return who + text.prefix(1).lowercased() + text.dropFirst() + " (y/n)"
        case .kneeToWall: return who + "how many centimetres from your big toe to the wall?"
        case .hops: return who + "were all 10 hops free of pain? (y/n)"
        case .painFreeRun: return "Can you run for 30 minutes without pain? (y/n)"
        }
    }

    /// Takes the runner's line for the current question.
    public mutating func answer(_ line: String) -> Outcome {
        guard let question = current else { return .notUnderstood("the check is over") }
        let text = line.trimmingCharacters(in: .whitespaces).lowercased()
        if Self.skipWords.contains(text) {
            if question.test == .singleLegSquat && faults > 0 { check.record(question.test, side: question.side, value: faults) }
            faults = 0
            while let next = current, next.test == question.test { index += 1 }
            return .skipped
        }
        switch question.test.measure {
        case .yesNo, .faults:
            guard let yes = Self.yesNo(text) else { return .notUnderstood("answer y or n (or skip)") }
            if question.test.measure == .yesNo {
                check.record(question.test, side: question.side, value: yes ? 1 : 0)
            } else {
                faults += yes ? 1 : 0
                if question.fault == SquatFault.allCases.last {
                    check.record(question.test, side: question.side, value: faults)
                    faults = 0
                }
            }
        case .reps, .seconds, .centimetres:
            let range = question.test.valueRange
            guard let value = Self.number(text, unit: question.test.measure), range.contains(value) else {
                let unit = question.test.measure == .seconds ? " seconds" : question.test.measure == .centimetres ? " cm" : ""
                return .notUnderstood("type a whole number from \(range.lowerBound) to \(range.upperBound)\(unit) (or skip)")
            }
            check.record(question.test, side: question.side, value: value)
        }
        index += 1
        return .recorded
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text {
        case "y", "yes": true
        case "n", "no": false
        default: nil
        }
    }

    /// "18", "45 s", "9 cm", "9.5" (centimetres are rounded to the nearest whole one).
    static func number(_ text: String, unit: CheckTest.Measure) -> Int? {
        var digits = text
        for suffix in ["seconds", "sec", "s", "cm", "reps"] where digits.hasSuffix(suffix) {
            digits = String(digits.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        if let whole = Int(digits) { return whole }
        guard unit == .centimetres, let value = ProfileKey.decimal(digits) else { return nil }
        return Int(value.rounded())
    }
}
