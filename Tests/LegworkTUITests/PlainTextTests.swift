import LegworkKit
import Testing
@testable import LegworkTUI

/// `plan --plain` and `history --plain`: sentences for pipes and screen readers.
@Suite struct PlainTextTests {
    @Test func thePlanReadsAsSentencesWithTheSafetyNoticesFirst() {
        let text = PlanText.plain(PlanScreenFixtures.withNotices, weeks: [2])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Legwork plan, block 1: starts 2026-03-02, 6 weeks.")
        #expect(lines[2] == "Read first:")
        #expect(lines[3] == "- Pain up to 3/10 is fine; stop at more.")
        #expect(lines.contains("Week 2 of 6: Base, 2026-03-09 to 2026-03-15."))
        #expect(lines.contains("Tuesday 2026-03-10: easy run."))
        #expect(lines.contains("Friday 2026-03-13: rest."))
        #expect(lines.contains("Wednesday 2026-03-11: Strength B, 30 minutes."))
        #expect(lines.contains("  1. Glute bridge: 3 × 12, each rep 2 s down, 1 s hold, 1 s up, stop with 2–3 reps to spare."))
        #expect(lines.contains("     Why: Strong glutes keep the pelvis level on every landing."))
        #expect(lines.contains("  Running cue: Quiet feet, tall hips."))
        #expect(!text.contains("Week 1 ") && !text.contains("RIR") && !text.contains("|") && !text.contains("**"))
    }

    @Test func theLogReadsNewestFirst() {
        let t0 = WallTime(year: 2026, month: 3, day: 2, hour: 7, minute: 5, utcOffsetSeconds: 3600)
        let t1 = WallTime(year: 2026, month: 3, day: 4, hour: 18, minute: 30, utcOffsetSeconds: 3600)
        let first = LoggedSession(session: SessionRecord(id: 1, kind: .strength, title: "Strength A", startedAt: t0, endedAt: t0.adding(seconds: 1500),
                                                         status: .completed, plannedSeconds: 1500),
                                  sets: [1, 2].map { SetRecord(sessionID: 1, exerciseID: "glute_bridge", setNumber: $0, reps: $0 == 1 ? 12 : 10, loadKg: 10, rir: 2, pain: 1, startedAt: t0, endedAt: t0) }
                                      + [SetRecord(sessionID: 1, exerciseID: "sl_rdl", setNumber: 1, side: .left, reps: 8, startedAt: t0, endedAt: t0)])
        let second = LoggedSession(session: SessionRecord(id: 2, kind: .stretch, title: "15-minute stretch", startedAt: t1, status: .abandoned, plannedSeconds: 900), sets: [])
        let text = HistoryText.plain([first, second], names: ["glute_bridge": "Glute bridge"])
        #expect(text.split(separator: "\n").map(String.init) == [
            "2026-03-04 at 18:30: 15-minute stretch, stopped early.",
            "2026-03-02 at 07:05: Strength A, completed, 25 minutes.",
            "  Glute bridge: 2 sets: 12 and 10 reps, 10 kg; 2 reps to spare; pain 1 of 10.",
            "  sl_rdl: 1 set: 8 (left) reps, body weight.",
        ])
        #expect(HistoryText.plain([], names: [:]).hasPrefix("The log is empty"))
    }

    @Test func aPlanItemsDoseInWords() {
        let item = PlanScreenFixtures.items[0]
        #expect(PlanItemWords.dose(item) == "3 × 12, each rep 2 s down, 1 s hold, 1 s up, stop with 2–3 reps to spare")
        #expect(PlanItemWords.toSpare(RepsInReserve(1, 1)) == "stop with 1 rep to spare")
    }
}

@Suite struct PlanChangeWordsTests {
    func item(_ id: String, _ name: String, reason: DoseReason) -> PlanItem {
        var item = PlanScreenFixtures.items[0]
        item.cardID = id; item.name = name; item.reason = reason
        return item
    }

    static let done = DoseReason.Performance(sets: 3, amount: 6, seconds: false, rir: 2)

    /// The value's two kinds of words: the exports' shorthand and the runner's sentence, the card by its name.
    @Test(arguments: [
        ("bulgarian_split_squat", "Bulgarian split squat",
         DoseReason.harder(to: "bulgarian_split_squat", done: .init(sets: 3, amount: 10, seconds: false, rir: 2)),
         "harder: bulgarian_split_squat, 3x10 at RIR 2 twice", "Next step: Bulgarian split squat, 3 × 10 with 2 reps to spare, twice"),
        ("wall_sit", "Wall sit", .easier(to: "wall_sit", because: .during(6)), "easier: wall_sit, pain 6/10 last time",
         "Easier: Wall sit, pain 6/10 last time"),
        ("db_rdl", "Dumbbell RDL", .notYet(done: .init(sets: 3, amount: 5, seconds: false, rir: 2), top: done),
         "hold: 3x5 at RIR 2; 3x6 at RIR 2 twice to move up",
         "Same dose: last time 3 × 5 with 2 reps to spare; 3 × 6 with 2 reps to spare, twice to move up"),
        ("db_rdl", "Dumbbell RDL", .effortBelowTarget(rir: 1, target: 2), "hold: RIR 1 is below the target 2",
         "Same dose: 1 rep to spare last time, fewer than the 2 planned"),
        ("db_rdl", "Dumbbell RDL", .addedLoad(2.5, .kg, done: done), "up 2.5 kg: 3x6 at RIR 2 twice", "Up 2.5 kg: 3 × 6 with 2 reps to spare, twice"),
        ("db_rdl", "Dumbbell RDL", .addedLoad(LoadUnit.lb.kilograms(5), .lb, done: done), "up 5 lb: 3x6 at RIR 2 twice",
         "Up 5 lb: 3 × 6 with 2 reps to spare, twice"),
        ("db_rdl", "Dumbbell RDL", .consolidate(at: .reps(3, 8, rest: 90), last: .notYet(done: done, top: done)),
         "repeat week: consolidate at 3 × 8; last time 3x6 at RIR 2; 3x6 at RIR 2 twice to move up",
         "Repeat week: consolidate at 3 × 8; last time 3 × 6 with 2 reps to spare; 3 × 6 with 2 reps to spare, twice to move up"),
        ("calf_raise", "Calf raise", .calfFloor(.reps(2, 10, rest: 45), withoutAddedLoad: true, after: .lighter(because: .nextMorning(4))),
         "lighter or shorter: pain worse the next morning (4/10); 2 × 10 with no added load: the least calf work a full session keeps",
         "Lighter or shorter: pain worse the next morning (4/10); 2 × 10 with no added load: the least calf work a full session keeps"),
        // A hold beside a dose that is not last time's says what stays, not "same dose".
        ("step_up", "Controlled step-up", .noHarderVariant(done: .init(sets: 3, amount: 8, seconds: false, rir: 2)),
         "hold: 3x8 at RIR 2 twice; no harder variant, slow the lowering instead",
         "Slower lowering: 3 × 8 with 2 reps to spare, twice, and no harder variant"),
        ("step_up", "Controlled step-up", .variantNeedsEquipment("Box step-up"),
         "hold: Box step-up needs equipment you do not have; slow the lowering instead",
         "Slower lowering: Box step-up needs equipment you do not have"),
        ("single_leg_rdl", "Single-leg RDL", .heaviestOwned(.dumbbells, kg: 20, .kg),
         "hold: your heaviest dumbbell is 20 kg, so 2 more reps instead of more weight",
         "Same weight: your heaviest dumbbell is 20 kg, so 2 more reps instead of more weight"),
        ("lateral_lunge", "Lateral lunge", .harderIsAJump("Skater bound"),
         "hold: the harder step, Skater bound, is a jump, and this session has no jumps; more reps or a slower lowering instead",
         "Same exercise: the harder step, Skater bound, is a jump, and this session has no jumps; more reps or a slower lowering instead"),
    ] as [(String, String, DoseReason, String, String)])
    func theLogsChangeInWords(id: String, name: String, reason: DoseReason, shorthand: String, words: String) {
        let item = item(id, name, reason: reason)
        #expect(item.change == shorthand)
        #expect(PlanItemWords.change(item) == words)
    }

    /// A plan read back from its JSON has the words only: they are shown as they are.
    @Test func wordsWithoutAValueShowAsTheyAre() {
        var item = PlanScreenFixtures.items[0]
        item.change = "hold: nothing logged yet"
        #expect(PlanItemWords.change(item) == "hold: nothing logged yet")
    }

    @Test func noChangeNoLine() {
        #expect(PlanItemWords.change(PlanScreenFixtures.items[0]) == nil)
    }
}
