import Foundation
import Testing
@testable import LegworkKit

/// One card, two histories (DOMAIN §6, Clinician holds): the heel raise of a tendon protocol and the same
/// raise in the calf place are measured each against its own last session.
@Suite struct LogHistoryTests {
    typealias Memory = TrainingBlockMemoryTests

    /// `sets` × `reps` of `id` done on day `day` of January 2026, in session `session`, doing `role`.
    static func session(_ session: Int64, _ id: String, day: Int, sets: Int, reps: Int, role: PlanItem.Role?) -> [SetRecord] {
        (1...sets).map { n in
            let at = WallTime(year: 2026, month: 1, day: day, hour: 18).adding(seconds: Int64(n * 100))
            return SetRecord(sessionID: session, exerciseID: id, setNumber: n, reps: reps, rir: 3, pain: 0,
                             startedAt: at, endedAt: at.adding(seconds: 40), role: role)
        }
    }

    @Test func aProtocolSessionAndTheCalfPlaceAreTwoHistories() {
        let sets = Self.session(1, "calf_raise", day: 1, sets: 2, reps: 15, role: .calf)
            + Self.session(2, "calf_raise", day: 2, sets: 1, reps: 19, role: .injuryModule)
        let recent = LogHistory.recent(sets, count: 2)
        #expect(recent[LogHistory(cardID: "calf_raise", role: .calf)]?.map(\.count) == [2])
        #expect(recent[LogHistory(cardID: "calf_raise", role: .injuryModule)]?.map(\.count) == [1])
        // A set logged before roles were kept counts in both, as every set did.
        let old = Self.session(3, "calf_raise", day: 3, sets: 1, reps: 12, role: nil)
        let mixed = LogHistory.recent(sets + old, count: 2)
        #expect(mixed[LogHistory(cardID: "calf_raise", role: .calf)]?.last?.first?.reps == 12)
        #expect(mixed[LogHistory(cardID: "calf_raise", role: .injuryModule)]?.last?.first?.reps == 12)
    }

    @Test func whileDosesAreFrozenTheCalfPlaceIsCappedByItsOwnLastSession() throws {
        // The calendar asks 2 × 20 of the calf place; the calf place last did 2 × 15, the protocol since 1 × 19.
        let plan = Memory.twoDays("calf_raise", monday: Dose.reps(2, 15, rest: 60), thursday: Dose.reps(2, 20, rest: 60))
        let sets = Self.session(1, "calf_raise", day: 1, sets: 2, reps: 15, role: .calf)
            + Self.session(2, "calf_raise", day: 2, sets: 1, reps: 19, role: .injuryModule)
        let adjusted = AutoRegulation.adjust(plan, catalog: Memory.catalog, sets: sets, from: Memory.start.adding(days: 1),
                                             allowRises: false, profile: Memory.regular)
        let thursday = try #require(adjusted.session(on: Memory.start.adding(days: 3))?.items.first)
        // Capped by the protocol's session it would be 1 × 19: more reps than the calf place ever did.
        #expect(thursday.dose.summary == "2 × 15")
    }
}

/// What the log did is a value the block keeps (`LogStep`); words stored before are read once, into it.
@Suite struct LogStepTests {
    @Test func aSlotStoredWithWordsOnlyReadsItsStepOnce() throws {
        func slot(_ change: String?) throws -> ReachedSlot {
            var json = #"{"cardID":"sl_rdl","dose":{"sets":3,"reps":10,"rest":60},"tempo":"3-1-1","since":"2026-01-05""#
            if let change { json += #","change":"\#(change)""# }
            return try JSONDecoder().decode(ReachedSlot.self, from: Data((json + "}").utf8))
        }
        #expect(try slot("harder: bulgarian_split_squat, 3x10 at RIR 2 twice").step == LogStep(.harder))
        #expect(try slot("easier: glute_bridge, pain 7/10 last time").step == LogStep(.easier))
        // An old rise keeps no session it was read from: the next reading does not take it as this log's.
        #expect(try slot("up to 3 × 12: 3x10 at RIR 2 twice").step == LogStep(.hold))
        #expect(try slot(nil).step == nil)
    }

    @Test func aSlotWithItsStepRoundTrips() throws {
        let slot = ReachedSlot(cardID: "sl_rdl", dose: .reps(3, 12, rest: 60), tempo: .phases(down: 3, pause: 1, up: 1),
                               change: "up to 3 × 12: 3x10 at RIR 2 twice", step: LogStep(.rise, fromSession: 41),
                               since: CalendarDate(year: 2026, month: 1, day: 5)!)
        let back = try JSONDecoder().decode(ReachedSlot.self, from: JSONEncoder().encode(slot))
        #expect(back == slot)
    }
}

/// A reactive tendon's day of holds is not the measure of the raises after it (DOMAIN §6).
@Suite struct FrozenAfterHoldsTests {
    @Test func aFrozenDoseIsMeasuredAgainstTheLastSessionOfItsOwnKind() throws {
        let raises = LogHistoryTests.session(1, "sl_calf_raise", day: 1, sets: 3, reps: 12, role: .injuryModule)
        let holds = (1...5).map { n in
            let at = WallTime(year: 2026, month: 1, day: 2, hour: 18).adding(seconds: Int64(n * 200))
            return SetRecord(sessionID: 2, exerciseID: "sl_calf_raise", setNumber: n, seconds: 45, startedAt: at,
                             endedAt: at.adding(seconds: 45), role: .injuryModule)
        }
        let sessions = [raises, holds]
        let next = Dose.reps(4, 10, rest: 120)
        let last = try #require(AutoRegulation.lastOfKind(next, in: sessions))
        #expect(last == raises)
        #expect(AutoRegulation.frozen(next, role: .injuryModule, lastSession: last).summary == "3 × 12")
        // Measured against the holds it would not be measured at all: 4 × 10, the next stage.
        #expect(AutoRegulation.frozen(next, role: .injuryModule, lastSession: holds).summary == "4 × 10")
        #expect(AutoRegulation.lastOfKind(.hold(3, seconds: 45, rest: 60), in: sessions) == holds)
    }
}
