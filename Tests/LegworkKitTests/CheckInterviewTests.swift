import Testing
@testable import LegworkKit

/// The check asked one line at a time: each side on its own, figures and yes/no answers, skipping,
/// and a clear hint for a line not understood (the question is asked again, nothing lost).
@Suite("Strength check interview")
struct CheckInterviewTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 1)!

    @Test func eachSideIsAskedOnItsOwnAndTheSquatCountsItsFaults() {
        var interview = CheckInterview(tests: [.heelRaise, .singleLegSquat, .painFreeRun], date: Self.day)
        #expect(interview.introduction.first == "Single-leg heel raises")
        #expect(interview.prompt == "Left leg: how many heel raises before height, pace or form went?")
        #expect(interview.answer("18") == .recorded)
        #expect(interview.introduction.isEmpty, "the card is shown once per test")
        #expect(interview.answer("twenty") == .notUnderstood("type a whole number from 0 to 200 (or skip)"))
        #expect(interview.prompt?.hasPrefix("Right leg:") == true)
        #expect(interview.answer("26") == .recorded)
        #expect(interview.prompt == "Left leg: did your knee drift in, past your big toe? (y/n)")
        for answer in ["y", "n", "yes"] { #expect(interview.answer(answer) == .recorded) }
        for answer in ["n", "n", "n"] { #expect(interview.answer(answer) == .recorded) }
        #expect(interview.answer("maybe") == .notUnderstood("answer y or n (or skip)"))
        #expect(interview.prompt == "Can you run for 30 minutes without pain? (y/n)")
        #expect(interview.answer("y") == .recorded)
        #expect(interview.finished)
        #expect(interview.check.scores == [CheckScore(.heelRaise, left: 18, right: 26), CheckScore(.singleLegSquat, left: 2, right: 0),
                                           CheckScore(.painFreeRun, both: 1)])
    }

    @Test func skipLeavesTheRestOfATestOutAndUnitsAreRead() {
        var interview = CheckInterview(tests: [.sidePlank, .kneeToWall], date: Self.day)
        #expect(interview.answer("45 s") == .recorded)
        #expect(interview.answer("skip") == .skipped)
        #expect(interview.prompt == "Left foot: how many centimetres from your big toe to the wall?")
        #expect(interview.answer("9.6 cm") == .recorded)
        #expect(interview.answer("31") == .notUnderstood("type a whole number from 0 to 30 cm (or skip)"))
        #expect(interview.answer("12") == .recorded)
        #expect(interview.finished)
        #expect(interview.check.scores == [CheckScore(.sidePlank, left: 45), CheckScore(.kneeToWall, left: 10, right: 12)])
    }
}
