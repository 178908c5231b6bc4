import Testing
@testable import LegworkKit

/// DOMAIN §6, "Check-in answers are facts about today": nothing is carried from an earlier day, last
/// time's pain is a hint only, and the gate counts only answers actually given.
@Suite("Check-in answers are about today")
struct CheckInTodayTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 1)!
    static let kneeRunner = SafetyGateTests.runner { $0.injuries = [InjuryStatus(.knee, .current(pain: 3))] }

    static func day(_ offset: Int) -> CalendarDate { today.adding(days: offset) }

    @Test func yesterdaysAnswersAreNotFilledIn() {
        let yesterday = CheckIn(date: Self.day(-1), pain: [.knee: 7], newSigns: [], morningAfter: .worse)
        let questions = CheckInQuestions.today(profile: Self.kneeRunner, last: yesterday, today: Self.today, hadSessionBefore: true)
        #expect(questions.answers == CheckIn(date: Self.today), "nothing answered yet")
        #expect(questions.answers.morningAfter == nil)
        #expect(questions.answers.pain.isEmpty)
        #expect(questions.injuries == [.knee])
        #expect(questions.painHints == [.knee: 3], "the last pain given (the profile's) is shown as a hint")
        #expect(questions.asksMorning)
    }

    @Test func answersGivenEarlierTodayAreKept() {
        let earlier = CheckIn(date: Self.today, pain: [.knee: 4], newSigns: [.limp], morningAfter: .worse)
        let questions = CheckInQuestions.today(profile: Self.kneeRunner, last: earlier, today: Self.today, hadSessionBefore: true)
        #expect(questions.answers == earlier)
    }

    @Test func theMorningIsNotAskedBeforeAnySession() {
        let questions = CheckInQuestions.today(profile: Self.kneeRunner, last: nil, today: Self.today, hadSessionBefore: false)
        #expect(!questions.asksMorning)
        #expect(!CheckInLine.describe(questions).contains("morning"))
    }

    @Test func theLineAnswersOnlyWhatItSays() throws {
        let questions = CheckInQuestions.today(profile: Self.kneeRunner, last: nil, today: Self.today, hadSessionBefore: true)
        #expect(CheckInLine.describe(questions)
            == "Runner's knee: not answered (last time 3/10), no new warning sign, the morning after your last session: not answered")
        let sign = CheckInLine.read("sign=limp", questions: questions).answers
        #expect(sign.pain.isEmpty && sign.morningAfter == nil && sign.newSigns == [.limp])
        #expect(CheckInLine.read("pain=2", questions: questions).answers.pain == [.knee: 2])
        #expect(CheckInLine.read("knee=5 morning=worse", questions: questions).answers.morningAfter == .worse)
    }

    /// Word by word (issue 23): a refused word never takes a warning sign or another answer with it, and a
    /// pain for an area the profile does not hold counts as pain elsewhere.
    @Test func eachWordIsTakenOrRefusedOnItsOwn() {
        let noInjury = CheckInQuestions.today(profile: Profile(), last: nil, today: Self.today, hadSessionBefore: true)
        let piped = CheckInLine.read("knee=5 morning=worse sign=limp", questions: noInjury)
        #expect(piped.answers.newSigns == [.limp] && piped.answers.morningAfter == .worse && piped.answers.pain == [.other: 5])
        #expect(piped.refused.isEmpty && piped.remarks == ["knee=5: no such current injury in your profile, so it counts as pain elsewhere."])
        #expect(CheckInLine.read("pain=10", questions: noInjury).answers.pain == [.other: 10], "not dropped without a word")

        let questions = CheckInQuestions.today(profile: Self.kneeRunner, last: nil, today: Self.today, hadSessionBefore: true)
        let typos = CheckInLine.read("knee=eleven sign=limp,wobbly morning=awful bogus achilles=3 sign=numbness", questions: questions)
        #expect(typos.answers.newSigns == [.limp, .numbness], "a misspelt sign beside them drops neither")
        #expect(typos.answers.pain == [.other: 3] && typos.answers.morningAfter == nil)
        #expect(typos.refused == [.badValue(key: "knee", value: "eleven", expected: "a pain from 0 to 10"),
                                  .badValue(key: "sign", value: "wobbly", expected: RedFlag.allCases.map(\.rawValue).joined(separator: ", ")),
                                  .badValue(key: "morning", value: "awful", expected: "better, same or worse"), .notUnderstood("bogus")])
        #expect(typos.remarks.count == 5 && typos.remarks[0] == "Not taken: knee=eleven: expected a pain from 0 to 10.")
    }

    // MARK: - What the gate counts

    /// One worse morning, then two more sessions with check-ins that did not answer the morning: it
    /// counts once, today is not made easier for it, and nobody is sent to a clinician.
    @Test func oneWorseMorningCountsOnceOverTwoSessions() {
        var journal = SafetyJournal()
        var sessionDays = [Self.day(-6)]
        journal = journal.recording(CheckIn(date: Self.day(-5), pain: [.knee: 2], morningAfter: .worse))
        sessionDays.append(Self.day(-5))
        for offset in [-3, 0] {
            let questions = CheckInQuestions.today(profile: Self.kneeRunner, last: journal.lastCheckIn(onOrBefore: Self.day(offset)),
                                                   today: Self.day(offset), hadSessionBefore: true)
            var answers = questions.answers
            answers.pain[.knee] = 2
            journal = journal.recording(answers)
            sessionDays.append(Self.day(offset))
        }
        let history = SafetyHistory(journal: journal, sessionDays: sessionDays)
        #expect(journal.checkIns.filter { $0.morningAfter == .worse }.count == 1)
        let decision = SafetyGate.decide(profile: Self.kneeRunner, history: history, today: Self.today)
        #expect(decision.progressionPaused == nil)
        #expect(!decision.worseMorning)
        #expect(!decision.reasons.contains { $0.contains("clinician") })
    }

    /// The same morning reported at two check-ins with no session between them (the runner went no
    /// further the first time) is one morning, not two.
    @Test func theSameMorningReportedTwiceCountsOnce() {
        let journal = SafetyJournal(checkIns: [CheckIn(date: Self.day(-1), pain: [.knee: 2], morningAfter: .worse)])
        let history = SafetyHistory(journal: journal, sessionDays: [Self.day(-3)])
        let today = CheckIn(date: Self.today, pain: [.knee: 2], morningAfter: .worse)
        let decision = SafetyGate.decide(profile: Self.kneeRunner, history: history, today: Self.today, checkIn: today)
        #expect(decision.progressionPaused == nil)
        #expect(decision.worseMorning, "today's own answer still makes today easier")
        // After two different sessions it is two mornings: see a clinician.
        let twoSessions = SafetyHistory(journal: journal, sessionDays: [Self.day(-3), Self.day(-1)])
        #expect(SafetyGate.decide(profile: Self.kneeRunner, history: twoSessions, today: Self.today, checkIn: today).progressionPaused
            == .worseMornings(2))
    }

    /// A check-in that did not answer pain is no pain reading: it neither settles a pain episode nor
    /// stretches one into two weeks, and the last pain given still decides a flare.
    @Test func unansweredPainIsNoReading() {
        let high = CheckIn(date: Self.day(-15), pain: [.knee: 7])
        let silent = stride(from: -13, through: -1, by: 2).map { CheckIn(date: Self.day($0)) }
        let history = SafetyHistory(journal: SafetyJournal(checkIns: [high] + silent))
        let decision = SafetyGate.decide(profile: Self.kneeRunner, history: history, today: Self.today, checkIn: CheckIn(date: Self.today))
        #expect(decision.painEpisode, "no answer settles nothing")
        #expect(decision.progressionPaused == nil, "one reading of 7/10 is not two weeks of pain")
        #expect(decision.flare, "the last pain given was 7/10")
    }
}
