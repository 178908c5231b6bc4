import Foundation

/// A strength check in words and as JSON: each score beside its norm, the verdict per area, and the
/// return-to-jumping test (`legwork check --plain` at the end, `legwork check --json`, `history --json`).
public enum CheckReport {
    /// "Single-leg heel raises: 18 left, 26 right (usual for your age: 34)".
    public static func scoreLine(_ score: CheckScore, age: Int?, sex: Sex?) -> String {
        let figures = Side.allCases.compactMap { side in score.value(side).map { "\(score.test.words($0)) \(side.rawValue)" } }
            + [score.both.map(score.test.words)].compactMap { $0 }
        let reference = CheckNorms.reference(score.test, age: age, sex: sex).map { " (\($0))" } ?? ""
        return "\(score.test.title): \(figures.joined(separator: ", "))\(reference)"
    }

    /// Every line of the report for `check`.
    public static func lines(_ check: StrengthCheck, profile: Profile) -> [String] {
        var lines = ["Strength check of \(check.date)"]
        lines += check.scores.map { "  " + scoreLine($0, age: profile.age, sex: profile.sex) }
        let verdicts = CheckVerdict.all(check, age: profile.age, sex: profile.sex)
        if !verdicts.isEmpty {
            lines.append("What it says:")
            lines += verdicts.map { "  " + $0.text.prefix(1).uppercased() + $0.text.dropFirst() }
        }
        lines.append(jumpingLine(check))
        return lines
    }

    /// Whether the check passed the return-to-jumping test, and if not, what is missing.
    public static func jumpingLine(_ check: StrengthCheck) -> String {
        ReturnToJumping.passes(check) ? "Return to jumping: passed — jumps may come back into your plan."
            : "Return to jumping: not yet (" + ReturnToJumping.shortfalls(check).joined(separator: "; ") + ")."
    }

    /// One check as `check --json` and `history --json` write it.
    public struct CheckJSON: Codable, Hashable, Sendable {
        public struct Score: Codable, Hashable, Sendable {
            public var test: CheckTest
            public var left: Int?
            public var right: Int?
            public var both: Int?
            /// The norm in words, null for the return-to-jumping answers.
            public var reference: String?
            public var standing: CheckStanding?
            /// Percent (cm for knee-to-wall) the weaker side is behind; null when even or not compared.
            public var sideDifference: Int?
            public var weakerSide: Side?
            public var beyondLimit: Bool?
            public var verdict: String?
        }
        public var date: CalendarDate
        public var scores: [Score]
        public var weakAreas: [CheckArea]
        public var returnToJumping: Bool
    }

    public static func json(_ check: StrengthCheck, profile: Profile) -> CheckJSON {
        let scores = check.scores.map { score -> CheckJSON.Score in
            let verdict = CheckVerdict.verdict(score, age: profile.age, sex: profile.sex)
            let difference = SideDifference.of(score)
            return CheckJSON.Score(test: score.test, left: score.left, right: score.right, both: score.both,
                                   reference: CheckNorms.reference(score.test, age: profile.age, sex: profile.sex),
                                   standing: verdict?.standing, sideDifference: difference?.amount, weakerSide: difference?.weaker,
                                   beyondLimit: difference?.beyondLimit, verdict: verdict?.text)
        }
        return CheckJSON(date: check.date, scores: scores,
                         weakAreas: CheckVerdict.all(check, age: profile.age, sex: profile.sex).filter(\.weak).map(\.area),
                         returnToJumping: ReturnToJumping.passes(check))
    }

    /// `{"format": "legwork-checks", "version": 1, "checks": [...], "proposal": ...}`, keys sorted.
    public static func document(_ checks: [StrengthCheck], profile: Profile, today: CalendarDate) -> String {
        struct Document: Encodable {
            var format = "legwork-checks"
            var version = 1
            var checks: [CheckJSON]
            var proposal: String?
        }
        let document = Document(checks: checks.map { json($0, profile: profile) },
                                proposal: CheckSchedule.proposal(last: checks.last?.date, today: today))
        return (try? JSONText.encode(document, pretty: true)) ?? "{}"
    }
}
