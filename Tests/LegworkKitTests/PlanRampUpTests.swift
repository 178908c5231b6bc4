import Foundation
import Testing
@testable import LegworkKit

/// DOMAIN §6, Ramp-up sets: before the heavy lift, timed steps of the session — about 8 easy reps at half
/// the weight, then 3–5 at ~75% — and 2–3 min between an advanced runner's heavy work sets (`RampUp`).
@Suite("Plan ramp-up sets")
struct PlanRampUpTests {
    static let plan = PlanGenerator(cards: PlanPersonaTests.bundledCards).plan(for: PlanPersonaTests.marathoner, start: PlanFixtures.monday)
    static let heavy = plan.weeks.flatMap(\.sessions).filter { $0.light != true }.flatMap(\.items).filter { $0.role == .heavyLift }

    @Test func theHeavyLiftCarriesItsRampUpSetsAndTheWordsFollowThem() throws {
        #expect(!Self.heavy.isEmpty)
        for item in Self.heavy {
            let ramp = try #require(item.rampUp, "\(item.cardID)")
            #expect(ramp.count >= 1 && ramp.count <= 2)
            #expect(ramp.first!.percent == 50 && (6...10).contains(ramp.first!.reps))
            #expect(ramp.last!.percent == 75 && (3...5).contains(ramp.last!.reps))
            #expect(item.note?.contains(RampUp.note(ramp)) == true, "\(item.note ?? "")")
            #expect(item.note?.contains("8 easy reps at about half the weight, then 4 easy reps at about three quarters of the weight") == true)
            #expect(PlanConstants.advancedHeavyLiftRest.contains(item.dose.rest), "\(item.cardID) rests \(item.dose.rest) s")
        }
        let others = Self.plan.weeks.flatMap(\.sessions).flatMap(\.items).filter { $0.role != .heavyLift }
        #expect(others.allSatisfy { $0.rampUp == nil })
    }

    @Test func theSessionTimesTheRampUpSetsBeforeTheFirstWorkSetAndDoesNotLogThem() throws {
        let day = try #require(Self.plan.sessionDays.first { $0.session?.items.contains { $0.role == .heavyLift } == true })
        let session = PlanSessions.sessionPlan(day.session!, date: day.date, catalog: try Catalog.bundled())
        let index = try #require(session.items.firstIndex { $0.rampUp != nil })
        let steps = session.steps(with: .strength).filter { $0.item == index }
        let firstWork = try #require(steps.firstIndex { $0.isWork && $0.set == 1 })
        let ramps = steps[..<firstWork].filter { $0.rampUp != nil }
        #expect(ramps.filter(\.isWork).map { $0.work.flatMap { if case let .reps(count, _, _) = $0 { count } else { nil } } } == [8, 4])
        #expect(ramps.filter { $0.kind == .rest }.map(\.seconds) == [60, 90])
        #expect(ramps.allSatisfy { $0.set == nil })
        // Run the session through the ramp-up sets: they are spoken as ramp-ups and never logged as work.
        var engine = SessionEngine(plan: session)
        let target = try #require(engine.steps.firstIndex { $0.item == index && $0.isWork && $0.set == 1 })
        var said: [String] = []
        func listen(_ cues: [SessionCue]) { for cue in cues { if case let .say(text) = cue { said.append(text) } } }
        listen(engine.start(at: Moment(.zero)))
        var t = 0
        while engine.stepIndex < target {
            t += 1
            if engine.isAwaitingLog {
                listen(engine.handle(.log(try ExerciseLogEntry(repsPerSide: [8], repsInReserve: 3, pain: 0)), at: Moment(.seconds(t))))
            } else {
                listen(engine.handle(.skip, at: Moment(.seconds(t))))
            }
        }
        #expect(said.contains { $0.contains("ramp-up set 1 of 2: 8 easy reps at about half the weight") }, "\(said)")
        #expect(!engine.records.contains { $0.item == index })
    }

    @Test func aPlanItemStoredBeforeRampUpsStillDecodes() throws {
        var item = Self.heavy[0]
        item.rampUp = nil
        let json = try JSONEncoder().encode(item)
        #expect(!String(decoding: json, as: UTF8.self).contains("rampUp"))
        #expect(try JSONDecoder().decode(PlanItem.self, from: json).rampUp == nil)
        let withRamp = try JSONDecoder().decode(PlanItem.self, from: JSONEncoder().encode(Self.heavy[0]))
        #expect(withRamp.rampUp == Self.heavy[0].rampUp)
    }
}
