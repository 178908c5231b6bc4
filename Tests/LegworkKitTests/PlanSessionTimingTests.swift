import Testing
@testable import LegworkKit

/// A session that runs past the runner's minutes says so, with the length the engine will really run.
@Suite("Plan rule: SessionTiming")
struct PlanSessionTimingTests {
    static let catalog = try! Catalog.bundled()

    static func plan(_ experience: Experience, _ minutes: SessionLength) -> Plan {
        let profile = PlanFixtures.profile {
            $0.experience = experience; $0.goal = .stamina; $0.sessionMinutes = minutes; $0.equipment = PlanTestCards.gym
        }
        return PlanGenerator(cards: catalog.cards).plan(for: profile, start: PlanFixtures.monday)
    }

    /// The engine's own length of a plan session, in whole minutes rounded up.
    static func engineMinutes(_ day: PlanDay) -> Int {
        let seconds = SessionEngine(plan: PlanSessions.sessionPlan(day.session!, date: day.date, catalog: catalog)).plannedTotal.components.seconds
        return Int((seconds + 59) / 60)
    }

    @Test func aLongSessionNamesItsRealLengthAsTheEngineTimesIt() throws {
        let day = try #require(PlanFixtures.strengthDays(Self.plan(.seasoned, .standard)).first)
        let minutes = Self.engineMinutes(day)
        #expect(minutes > 32)
        let note = try #require(day.session!.notes.first { $0.hasPrefix("Timed as you will follow it") })
        #expect(note.contains("about \(minutes) minutes, more than your 30"))
    }

    @Test func aSessionWithinItsMinutesSaysNothing() {
        let card = Self.catalog.card(id: "glute_bridge")!
        let item = PlanItem(cardID: card.id, name: card.name, role: .gluteMed, dose: .reps(2, 10, rest: 45),
                            tempo: card.tempo, rir: nil, why: "test")
        #expect(SessionTiming.overrunNote([item], [card], minutes: 15) == nil)
        // Twelve of them are far too many for 15 minutes.
        #expect(SessionTiming.overrunNote(Array(repeating: item, count: 12), Array(repeating: card, count: 12), minutes: 15) != nil)
    }

    /// Every session of every plan either fits its minutes (with the tolerance) or says how long it takes.
    @Test(arguments: [Experience.new, .regular, .seasoned], SessionLength.allCases)
    func noSessionRunsLongSilently(experience: Experience, minutes: SessionLength) {
        for day in PlanFixtures.strengthDays(Self.plan(experience, minutes)) {
            let real = Self.engineMinutes(day)
            let said = day.session!.notes.contains { $0.contains("about \(real) minutes") }
            #expect(said || real * 60 <= minutes.minutes * 60 + SessionTiming.tolerance + 59, "\(day.date): \(real) min unsaid")
        }
    }
}
