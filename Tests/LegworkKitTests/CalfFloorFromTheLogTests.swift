import Testing
@testable import LegworkKit

/// Calf work in a full session keeps its floor (DOMAIN §6, Volume floors: at least 2 × 10) whatever the
/// log decided; a light week never asks more than the runner last did.
@Suite struct CalfFloorFromTheLogTests {
    typealias Memory = TrainingBlockMemoryTests

    static func logged(_ id: String, reps: Int, pain: Int) -> [SetRecord] {
        (1...2).map { n in
            let at = WallTime(year: 2026, month: 1, day: 1, hour: 18).adding(seconds: Int64(n * 100))
            return SetRecord(sessionID: 1, exerciseID: id, setNumber: n, reps: reps, rir: 3, pain: pain, startedAt: at, endedAt: at.adding(seconds: 40))
        }
    }

    static func thursday(_ plan: Plan, _ sets: [SetRecord], profile: Profile) -> PlanItem {
        AutoRegulation.adjust(plan, catalog: Memory.catalog, sets: sets, from: Memory.start.adding(days: 1), profile: profile)
            .session(on: Memory.start.adding(days: 3))!.items[0]
    }

    @Test func aSetTakenOffCalfWorkComesBackAsTheFewestReps() {
        // Pain last time and no easier card: one set fewer, which would leave 1 × 15 of calf work.
        let plan = Memory.twoDays("calf_raise", monday: Dose.reps(2, 15, rest: 60), thursday: Dose.reps(2, 15, rest: 60))
        let eased = Self.thursday(plan, Self.logged("calf_raise", reps: 15, pain: 6), profile: Memory.regular)
        #expect(eased.dose.summary == "2 × 10")
        #expect(eased.eased == true)
        #expect(eased.change?.contains("2 × 10 with no added load: the least calf work a full session keeps") == true)
        // A 15-minute session has nothing else to cut: the set comes off.
        var short = Memory.regular
        short.sessionMinutes = .short
        #expect(Self.thursday(plan, Self.logged("calf_raise", reps: 15, pain: 6), profile: short).dose.summary == "1 × 15")
        // Pain-free: the dose the log reached stays as it is.
        #expect(Self.thursday(plan, Self.logged("calf_raise", reps: 15, pain: 0), profile: Memory.regular).dose.summary == "2 × 15")
    }

    @Test func aLightWeekNeverAsksMoreThanTheLastSessionDid() {
        // The calendar's light dose holds 40 s; the runner last held the plank 30 s.
        var plan = Memory.twoDays("front_plank", monday: Dose.hold(2, seconds: 30, rest: 45), thursday: Dose.hold(1, seconds: 40, rest: 45))
        plan.weeks[0].days[3].session!.light = true
        let at = WallTime(year: 2026, month: 1, day: 1, hour: 18)
        let sets = (1...2).map { n in
            SetRecord(sessionID: 1, exerciseID: "front_plank", setNumber: n, seconds: 30, pain: 0,
                      startedAt: at.adding(seconds: Int64(n * 100)), endedAt: at.adding(seconds: Int64(n * 100 + 30)))
        }
        #expect(Self.thursday(plan, sets, profile: Memory.regular).dose.summary == "1 × 30 s")
    }
}

/// While doses are frozen a tendon protocol repeats the stage last done (DOMAIN §6).
@Suite struct FrozenProtocolStageTests {
    @Test func aFrozenProtocolRepeatsTheStageLastDone() {
        let at = WallTime(year: 2026, month: 1, day: 1, hour: 18)
        let last = (1...3).map { n in
            SetRecord(sessionID: 1, exerciseID: "sl_calf_raise", setNumber: n, reps: 15, rir: 3, pain: 0,
                      startedAt: at.adding(seconds: Int64(n * 100)), endedAt: at.adding(seconds: Int64(n * 100 + 40)))
        }
        // The calendar's next stage, 3 × 12 with more load, is heavier: the frozen protocol stays at 3 × 15.
        #expect(AutoRegulation.atLastStage(Dose.reps(3, 12, rest: 120), lastSession: last).summary == "3 × 15")
        // The cap alone would have let the heavier stage through.
        #expect(AutoRegulation.capped(Dose.reps(3, 12, rest: 120), byLastSession: last).summary == "3 × 12")
        // Never more sets than were done.
        #expect(AutoRegulation.atLastStage(Dose.reps(4, 8, rest: 120), lastSession: Array(last.prefix(2))).summary == "2 × 15")
    }
}
