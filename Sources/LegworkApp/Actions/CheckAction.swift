import LegworkKit
import LegworkTUI

/// `legwork check`: the runner's strength check asked line by line (from a terminal or standard input),
/// saved, and read back against the norms; `--json` prints every check with its verdicts.
package enum CheckAction {
    package static func run(json: Bool, plain: Bool, voice: Bool = false, settings: AppSettings) throws {
        let context = try AppContext.open(settings)
        let profile = try context.profile() ?? Profile()
        if json {
            Output.print(CheckReport.document(try context.strengthChecks(), profile: profile, today: context.today()), format: .json)
            return
        }
        if !plain {
            try Interactive.run(root: try screen(context, voice: voice), context: context, voice: voice)
            return
        }
        try interview(context, profile: profile, read: { readLine(strippingNewline: true) }, say: { Output.print($0) })
    }

    /// The guided check's screen: the tests today's safety gate allows, and why the others wait.
    package static func screen(_ context: AppContext, voice: Bool = false) throws -> any Screen {
        let profile = try context.profile() ?? Profile()
        let (allowed, leftOut) = try gate(context, profile: profile)
        var figures: [CheckTest: [[String]]] = [:]
        for test in allowed {
            if let id = test.gateCardID, let figure = context.catalog.card(id: id)?.figure, !figure.isEmpty { figures[test] = figure }
        }
        return CheckScreen(tests: allowed, leftOut: leftOut, profile: profile, today: context.today(), figures: figures, voice: voice)
    }

    /// The tests today's safety gate allows and a line for each one it leaves out; none allowed (an urgent
    /// sign) is a failure with the gate's reason.
    private static func gate(_ context: AppContext, profile: Profile) throws -> (allowed: [CheckTest], leftOut: [String]) {
        let safety = try context.safetyDecision(today: context.today())
        let cards = Dictionary(context.catalog.cards.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let allowed = CheckGate.allowed(profile: profile, safety: safety, cards: cards)
        guard !allowed.isEmpty else {
            throw Failure(CheckGate.refusal(.heelRaise, profile: profile, safety: safety, cards: cards) ?? "no test is allowed today")
        }
        let leftOut = CheckTest.allCases.filter { !allowed.contains($0) }.map {
            "Left out today: \($0.title). \(CheckGate.refusal($0, profile: profile, safety: safety, cards: cards) ?? "")"
        }
        return (allowed, leftOut)
    }

    /// Asks the tests today's safety gate allows, one line at a time, then saves what was recorded and
    /// prints the report. Input that ends early keeps the tests already done; nothing recorded saves nothing.
    /// - Returns: the saved check, nil when nothing was recorded.
    @discardableResult
    package static func interview(_ context: AppContext, profile: Profile, read: () -> String?, say: (String) -> Void) throws -> StrengthCheck? {
        let (allowed, leftOut) = try gate(context, profile: profile)
        say("Strength check: about 15 minutes, each side on its own; rest 2 minutes or more between sides. "
            + "Type skip to leave a test out.")
        leftOut.forEach(say)
        var interview = CheckInterview(tests: allowed, date: context.today())
        var ended = false
        while let prompt = interview.prompt {
            interview.introduction.forEach(say)
            say(prompt)
            guard let line = read() else { ended = true; break }
            let test = interview.current?.test
            if case let .notUnderstood(hint) = interview.answer(line) { say("Not understood: \(hint).") }
            // Each finished test is saved at once: a check stopped halfway keeps the tests done.
            if interview.current?.test != test, !interview.check.scores.isEmpty { try context.saveStrengthCheck(interview.check) }
        }
        let check = interview.check
        guard !check.scores.isEmpty else {
            say("Nothing recorded, so nothing was saved.")
            return nil
        }
        if ended { say("The input ended before the check was over: the tests done so far are saved.") }
        try context.saveStrengthCheck(check)
        CheckReport.lines(check, profile: profile).forEach(say)
        say("Saved. Your plan now puts the weak areas first; retest in \(CheckSchedule.dueAfterDays / 7)–\(CheckSchedule.overdueAfterDays / 7) weeks.")
        return check
    }
}
