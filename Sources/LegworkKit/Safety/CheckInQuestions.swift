/// Today's check-in before it is answered: which questions are asked, the answers already given today,
/// and last time's pain as a hint beside its question.
///
/// Answers are facts about today (DOMAIN §6): nothing from an earlier day is filled in, because an answer
/// that is carried forward would be recorded again as today's report (one bad morning counted at every
/// session until the runner is sent to a clinician). Only a check-in made earlier the same day (the runner
/// went back and started again) opens with its answers, so going back loses nothing that was said.
public struct CheckInQuestions: Hashable, Sendable {
    /// The answers so far: today's earlier answers, otherwise nothing answered.
    public var answers: CheckIn
    /// Pain now is asked for each current injury, in the catalog's order.
    public let injuries: [Injury]
    /// The last pain the runner gave for each injury (profile or check-in): shown beside the question,
    /// never counted as an answer.
    public let painHints: [Injury: Int]
    /// The morning after the last session is asked only when there was a session before.
    public let asksMorning: Bool

    public init(answers: CheckIn, injuries: [Injury], painHints: [Injury: Int] = [:], asksMorning: Bool) {
        self.answers = answers; self.injuries = injuries; self.painHints = painHints; self.asksMorning = asksMorning
    }

    /// The questions for `today`. `last` is the journal's last check-in on or before today: it is reused
    /// only when it was made today.
    public static func today(profile: Profile, last: CheckIn?, today: CalendarDate, hadSessionBefore: Bool) -> CheckInQuestions {
        let current = profile.injuries.filter(\.isCurrent)
        let injuries = Injury.allCases.filter { injury in current.contains { $0.injury == injury } }
        var hints: [Injury: Int] = [:]
        // The profile holds the last pain given: the intake's, or the last check-in's (recording applies it).
        for status in current { hints[status.injury] = status.pain }
        var answers = CheckIn(date: today)
        if let last, last.date == today {
            answers.pain = last.pain.filter { injuries.contains($0.key) }
            answers.newSigns = last.newSigns
            answers.morningAfter = hadSessionBefore ? last.morningAfter : nil
        }
        return CheckInQuestions(answers: answers, injuries: injuries, painHints: hints, asksMorning: hadSessionBefore)
    }
}
