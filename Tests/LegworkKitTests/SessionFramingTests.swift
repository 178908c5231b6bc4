import Testing
@testable import LegworkKit

/// The warm-up's moves are timed as they are said (a minute of marching is 60 s, ten swings each way are
/// twenty counted swings per leg), every framed session closes with a skippable cool-down of about three
/// minutes, and neither is logged as training.
@Suite struct SessionFramingTests {
    static let catalog = try! Catalog.bundled()
    static let today = CalendarDate(year: 2026, month: 12, day: 1)!

    static func framed(_ profile: Profile = Profile(), items: [SessionItem]? = nil) -> SessionPlan {
        let plan = strengthPlan(items ?? [
            repsItem("glute_bridge", sets: 2, reps: 10, rest: 30, name: "Glute bridge"),
            repsItem("step_up", sets: 2, reps: 8, rest: 30, unilateral: true, name: "Step-up"),
        ])
        return SessionFraming.framed(plan, catalog: catalog, safety: SafetyGate.decide(profile: profile, today: today))
    }

    @Test func theMarchIsAMinuteAndTheSwingsAreCounted() throws {
        let plan = Self.framed()
        let engine = SessionEngine(plan: plan)
        let march = try #require(engine.steps.first { $0.isWork && $0.item == 0 })
        #expect(plan.items[0].name == "March or jog on the spot")
        #expect(march.seconds == 60 && march.work == .timed(seconds: 60))
        let swings = engine.steps.filter { $0.isWork && $0.item == 1 }
        #expect(plan.items[1].name == "Leg swings")
        #expect(swings.map(\.side) == [.left, .right], "each leg on its own")
        for step in swings {
            guard case let .reps(count, _, _) = step.work else { Issue.record("swings are counted"); continue }
            #expect(count == 2 * SessionDefaults.warmUpLegSwingsEachWay)
        }
        #expect(!engine.steps.contains { $0.kind == .log && ($0.item == 0 || $0.item == 1) }, "a warm-up move is not logged")
        #expect(engine.steps.contains { $0.kind == .log && $0.item == 2 }, "the first exercise still is")
    }

    @Test func theCoolDownIsAboutThreeMinutesOfAWalkAndTwoStretches() throws {
        let plan = Self.framed()
        let coolDown = plan.items.enumerated().filter { $0.element.role == .coolDown }
        #expect(coolDown.map(\.element.name).first == "Easy walk")
        #expect(coolDown.count == 3)
        #expect(coolDown.dropFirst().allSatisfy { Self.catalog.card(id: $0.element.cardID)?.kind == .stretch })
        let engine = SessionEngine(plan: plan)
        let indices = Set(coolDown.map(\.offset))
        let seconds = engine.steps.filter { $0.item.map(indices.contains) == true }.compactMap(\.seconds).reduce(0, +)
        #expect((150...225).contains(seconds), "about 3 minutes, the moves between included: \(seconds) s")
        #expect(engine.steps.last?.kind == .done)
    }

    @Test func oneKeySkipsTheWholeCoolDownAndNothingOfItIsRecorded() throws {
        var engine = SessionEngine(plan: Self.framed())
        _ = engine.start(at: at(0))
        // Walk through every step by skipping until the cool-down begins.
        var guardCount = 0
        while !engine.isInCoolDown, !engine.isEnded, guardCount < 200 {
            if engine.isAwaitingLog { _ = engine.handle(.log(plannedLog(engine)), at: at(Double(guardCount))) }
            else { _ = engine.handle(.skip, at: at(Double(guardCount))) }
            guardCount += 1
        }
        #expect(engine.isInCoolDown)
        _ = engine.handle(.skip, at: at(300))
        #expect(engine.isEnded && engine.outcome == .completed)
        #expect(engine.summary.items.map(\.name) == ["Glute bridge", "Step-up"], "moves and the cool-down are not exercises to report")
        #expect(engine.records.allSatisfy { !SessionFraming.isFraming(engine.plan.items[$0.item]) })
    }

    @Test func aBoneStressSignKeepsTheWarmUpAndCoolDownOnTheFloor() {
        let plan = Self.framed(Profile(redFlags: [.bonePain]))
        #expect(plan.items.first?.name == "Leg circles lying down")
        #expect(!plan.items.contains { $0.name == "March or jog on the spot" || $0.name == "Easy walk" })
        let safety = SafetyGate.decide(profile: Profile(redFlags: [.bonePain]), today: Self.today)
        for item in plan.items where item.role == .coolDown {
            let card = Self.catalog.card(id: item.cardID)
            #expect(card.map(safety.permits) == true, "\(item.name) is allowed lying down")
        }
    }

    @Test func aCardOnItsOwnAndAFramedPlanAreLeftAsTheyAre() {
        let one = Self.framed(items: [repsItem("glute_bridge", sets: 2, reps: 10, rest: 30)])
        #expect(one.items.count == 1)
        let twice = SessionFraming.framed(Self.framed(), catalog: Self.catalog, safety: SafetyGate.decide(profile: Profile(), today: Self.today))
        #expect(twice == Self.framed())
    }

    /// The plan's warm-up is its activation (an easy set of bridges), timed as reps, and the plan's minutes
    /// count the moves before it.
    @Test func thePlansWarmUpIsAnEasySetOfBridgesAfterTheMoves() throws {
        var profile = Profile()
        profile.runDays = [.tue, .thu, .sat]
        profile.longRunDay = .sat
        profile.strengthDays = 2
        let plan = PlanGenerator(cards: Self.catalog.cards).plan(for: profile, start: Self.today)
        let session = try #require(plan.weeks.flatMap(\.days).compactMap(\.session).first { $0.kind == .strength })
        let warmUp = try #require(session.items.first)
        #expect(warmUp.role == .warmUp)
        #expect(warmUp.dose.work == .reps(PlanConstants.warmUpBridgeReps...PlanConstants.warmUpBridgeReps))
        #expect(!(warmUp.note ?? "").contains("for a minute"), "the minute of marching is a step of its own, not a sentence")
    }
}
