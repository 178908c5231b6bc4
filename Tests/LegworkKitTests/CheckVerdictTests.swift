import Testing
@testable import LegworkKit

/// DOMAIN §5: a verdict per area in plain words, which tests today's safety gate allows, the
/// return-to-jumping criteria measured by the check, and when a retest is proposed.
@Suite("Strength check verdicts")
struct CheckVerdictTests {
    static let catalog = try! Catalog.bundled()
    static let cards = Dictionary(uniqueKeysWithValues: catalog.cards.map { ($0.id, $0) })
    static let today = CalendarDate(year: 2026, month: 12, day: 1)!

    static func verdict(_ score: CheckScore, age: Int? = nil, sex: Sex? = nil) -> CheckVerdict {
        CheckVerdict.verdict(score, age: age, sex: sex)!
    }

    @Test("Verdict texts name the area, the standing and the lagging side")
    func texts() {
        let calves = Self.verdict(CheckScore(.heelRaise, left: 18, right: 26), age: 35)
        #expect(calves.text == "calves: below the usual for your age; left 31% weaker than right")
        #expect(calves.weak)
        #expect(calves.laggingSide == .left)
        #expect(calves.figures == "your heel-raise test was 18 left, 26 right")

        let even = Self.verdict(CheckScore(.heelRaise, left: 30, right: 30), age: 35, sex: .female)
        #expect(even.text == "calves: within the usual for your age and sex; both sides even")
        #expect(!even.weak)

        let plank = Self.verdict(CheckScore(.sidePlank, left: 62, right: 60))
        #expect(plank.text == "side of the trunk and hip: at the target; right 3% weaker than left (within the usual difference)")
        #expect(!plank.weak)

        let lopsided = Self.verdict(CheckScore(.sidePlank, left: 70, right: 60))
        #expect(lopsided.weak)
        #expect(lopsided.laggingSide == .right)

        let squat = Self.verdict(CheckScore(.singleLegSquat, left: 0, right: 2))
        #expect(squat.text == "hip control: the knee, hip or trunk moved out of line on the right")
        #expect(squat.weak)

        // The bridge and the plank have one reference for everyone: not "for your age".
        #expect(Self.verdict(CheckScore(.hamstringBridge, left: 22, right: 24), age: 35).text
            == "hamstrings and glutes: within the usual; left 8% weaker than right (within the usual difference)")
        let ankle = Self.verdict(CheckScore(.kneeToWall, left: 11, right: 12))
        #expect(ankle.text == "ankle mobility: enough; left 1 cm shorter than right (within the usual difference)")
        #expect(CheckVerdict.verdict(CheckScore(.hops, left: 1, right: 1), age: nil, sex: nil) == nil)
    }

    @Test("The safety gate: no hops with a warning sign or pain above 3/10; nothing on an urgent sign")
    func gate() {
        var profile = Profile()
        func allowed() -> [CheckTest] {
            CheckGate.allowed(profile: profile, safety: SafetyGate.decide(profile: profile, today: Self.today), cards: Self.cards)
        }
        #expect(allowed() == CheckTest.allCases)
        profile.injuries = [InjuryStatus(.achilles, .current(pain: 3))]
        #expect(allowed().contains(.hops))
        profile.injuries = [InjuryStatus(.achilles, .current(pain: 4))]
        #expect(!allowed().contains(.hops))
        #expect(allowed().contains(.heelRaise))
        profile.injuries = []
        profile.redFlags = [.numbness]
        #expect(!allowed().contains(.hops))
        profile.redFlags = [.bonePain]
        // Only the lying-down tests and the question remain with a bone-stress sign.
        #expect(!allowed().contains(.heelRaise))
        #expect(allowed().contains(.painFreeRun))
        profile.redFlags = [.chestPain]
        #expect(allowed().isEmpty)
    }

    @Test("Return to jumping: 25 heel raises each leg, pain-free hops each leg, 30 minutes of pain-free running")
    func returnToJumping() {
        var check = StrengthCheck(date: Self.today)
        check.record(.heelRaise, side: .left, value: 25)
        check.record(.heelRaise, side: .right, value: 31)
        check.record(.hops, side: .left, value: 1)
        check.record(.hops, side: .right, value: 1)
        check.record(.painFreeRun, side: nil, value: 1)
        #expect(ReturnToJumping.passes(check))
        #expect(ReturnToJumping.shortfalls(check).isEmpty)
        #expect(ReturnToJumping.passedOn([check]) == Self.today)

        var short = check
        short.record(.heelRaise, side: .left, value: 24)
        #expect(!ReturnToJumping.passes(short))
        #expect(ReturnToJumping.shortfalls(short) == ["fewer than 25 heel raises on the left"])
        var painful = check
        painful.record(.hops, side: .right, value: 0)
        #expect(!ReturnToJumping.passes(painful))
        var noRun = check
        noRun.record(.painFreeRun, side: nil, value: 0)
        #expect(!ReturnToJumping.passes(noRun))
        #expect(ReturnToJumping.passedOn([short, painful]) == nil)
    }

    @Test("Results keep the check's order and refuse figures out of range")
    func results() {
        var check = StrengthCheck(date: Self.today)
        check.record(.sidePlank, side: .left, value: 40)
        check.record(.heelRaise, side: .right, value: 20)
        #expect(check.scores.map(\.test) == [.heelRaise, .sidePlank])
        #expect(CheckScore(.kneeToWall, left: 31).problems == ["Knee-to-wall lunge (left): 31 is outside 0–30"])
        #expect(CheckScore(.heelRaise, left: 40, right: 0).problems.isEmpty)
    }

    @Test("A check is proposed at once, then every 4–6 weeks")
    func schedule() {
        #expect(CheckSchedule.status(last: nil, today: Self.today) == .never)
        #expect(CheckSchedule.status(last: Self.today.adding(days: -27), today: Self.today) == .notYet(due: Self.today.adding(days: 1)))
        #expect(CheckSchedule.status(last: Self.today.adding(days: -28), today: Self.today) == .due)
        #expect(CheckSchedule.status(last: Self.today.adding(days: -41), today: Self.today) == .due)
        #expect(CheckSchedule.status(last: Self.today.adding(days: -42), today: Self.today) == .overdue)
        #expect(CheckSchedule.proposal(last: Self.today.adding(days: -10), today: Self.today) == nil)
        #expect(CheckSchedule.proposal(last: Self.today.adding(days: -35), today: Self.today)?.hasPrefix("Strength check due: it has been 5 weeks") == true)
    }

    @Test("Every test has a card: how, what counts, when to stop")
    func cards() {
        for test in CheckTest.allCases {
            let card = CheckCard.of(test)
            #expect(!card.how.isEmpty && !card.counts.isEmpty && !card.stop.isEmpty)
        }
    }

    @Test("Profile answers age and sex: parsed, cleared, refused out of range")
    func profileAnswers() throws {
        var profile = Profile()
        try ProfileKey.age.apply("42", to: &profile)
        try ProfileKey.sex.apply("Female", to: &profile)
        #expect(profile.age == 42 && profile.sex == .female)
        #expect(ProfileKey.age.text(in: profile) == "42")
        #expect(throws: ProfileError.self) { try ProfileKey.age.apply("7", to: &profile) }
        #expect(throws: ProfileError.self) { try ProfileKey.sex.apply("x", to: &profile) }
        try ProfileKey.age.apply("none", to: &profile)
        #expect(profile.age == nil)
    }
}
