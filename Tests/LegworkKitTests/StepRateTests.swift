import Testing
@testable import LegworkKit

@Suite("Runs: step rate, and the trial for knee or hip pain (DOMAIN §2 Gait)")
struct StepRateTests {
    let today = CalendarDate(year: 2026, month: 12, day: 2)!

    @Test func oneFootCountsAreDoubledAndNoiseIsDropped() {
        #expect(StepRate.stepsPerMinute(recorded: 86) == 172)
        #expect(StepRate.stepsPerMinute(recorded: 164) == 164)
        #expect(StepRate.stepsPerMinute(recorded: 20) == nil)
        #expect(StepRate.stepsPerMinute(recorded: 400) == nil)
    }

    @Test func theTrialStartsFromTheRunnersOwnRate() {
        let runs = [RunRecord(date: today, metres: 8000, kind: .easy, sourceID: "a", cadence: 160),
                    RunRecord(date: today.adding(days: -3), metres: 8000, kind: .easy, sourceID: "b", cadence: 168),
                    RunRecord(date: today.adding(days: -40), metres: 8000, kind: .easy, sourceID: "c", cadence: 150)]
        #expect(StepRate.own(runs: runs, today: today) == 164)
        var profile = Profile()
        #expect(StepRate.trial(profile: profile, own: 164) == nil)
        profile.injuries = [InjuryStatus(.knee, .current(pain: 3))]
        #expect(StepRate.trial(profile: profile, own: 164)?.message.hasPrefix(
            "Your step rate on recent runs is about 164 steps a minute. For your knee or hip, try 172–180 at the same easy pace") == true)
        #expect(StepRate.trial(profile: profile, own: nil) == nil)
        // A past knee injury or Achilles pain: no trial.
        profile.injuries = [InjuryStatus(.knee, .past), InjuryStatus(.achilles, .current(pain: 4))]
        #expect(StepRate.trial(profile: profile, own: 164) == nil)
        // Through the plan's input: a knee that hurts now and recent runs with a step rate.
        profile.injuries = [InjuryStatus(.itbs, .current(pain: 2))]
        let notices = RunningLoad.current(runs: runs, profile: profile, today: today).notices(profile: profile, today: today)
        #expect(notices.contains { $0.message.contains("try 172–180") })
        // And the running cue of every session says so.
        let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: profile, start: today, today: today,
                                                                           running: RunningLoad.current(runs: runs, profile: profile, today: today))
        let cues = Set(plan.weeks.flatMap(\.days).compactMap { $0.session?.kind == .strength ? $0.session?.runningCue : nil })
        #expect(cues == ["Quicker, shorter steps: about 172–180 a minute on easy runs, at the same pace."])
    }
}
