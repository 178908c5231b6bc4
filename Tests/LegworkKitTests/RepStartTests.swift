import Foundation
import Testing
@testable import LegworkKit

/// A bridge, a calf raise or a step-up starts at the bottom: each rep lifts, holds at the top and lowers,
/// so the runner hears UP first. A squat or an RDL starts at the top and lowers first.
@Suite struct RepStartTests {
    static func item(_ start: RepStart?) -> SessionItem {
        var item = SessionItem(cardID: "glute_bridge", name: "Glute bridge", unilateral: false, tempo: .phases(down: 2, pause: 1, up: 1),
                               dose: .reps(1, 2, rest: 0), cue: "")
        item.repStart = start
        return item
    }

    /// The phases, one per second of the first rep (after the 10 s get-ready).
    static func phases(_ item: SessionItem) -> [TempoPhase?] {
        var engine = SessionEngine(plan: SessionPlan(id: "t", title: "t", kind: .strength, items: [item], runningCue: ""))
        _ = engine.start(at: .origin)
        let workStart = Moment.origin + (engine.status(at: .origin).remaining ?? .zero)
        return (0..<4).map { engine.status(at: workStart + .milliseconds(500 + 1000 * $0)).rep?.phase }
    }

    @Test func aLiftingFirstRepGoesUpHoldsAtTheTopThenLowers() {
        #expect(Self.phases(Self.item(.lifting)) == [.up, .pause, .down, .down])
        #expect(Self.phases(Self.item(nil)) == [.down, .down, .pause, .up])
        #expect(Self.phases(Self.item(.lowering)) == Self.phases(Self.item(nil)))
    }

    @Test func theCardsThatStartAtTheBottomLiftFirst() throws {
        let catalog = try Catalog.bundled()
        let lifting = Set(catalog.cards.filter { $0.repStart == .lifting }.map(\.id))
        for id in ["glute_bridge", "sl_glute_bridge", "step_up", "calf_raise", "sl_calf_raise", "seated_soleus_raise", "towel_heel_raise",
                   "tibialis_raise", "side_lying_abduction"] {
            #expect(lifting.contains(id), "\(id) starts at the bottom")
        }
        for id in ["goblet_squat", "sl_rdl", "split_squat", "step_down", "eccentric_heel_drop", "hip_hike"] {
            #expect(!lifting.contains(id), "\(id) starts at the top")
        }
        // The session item carries it from the card.
        let bridge = try #require(catalog.card(id: "glute_bridge"))
        #expect(try SessionItem(card: bridge, level: .beginner).repPhases == [.up, .pause, .down])
    }

    @Test func theReaderTakesTheWordAndRefusesOthers() {
        #expect(CatalogFixtures.problems(cards: [CatalogFixtures.card(["repStart": #""lifting""#])]).isEmpty)
        let problems = CatalogFixtures.problems(cards: [CatalogFixtures.card(["repStart": #""upwards""#])])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("upwards") == true)
    }

    /// A session saved before the field existed resumes as it ran: lowering first.
    @Test func anOlderSnapshotLowersFirst() throws {
        let json = try JSONEncoder().encode(Self.item(nil))
        #expect(!String(decoding: json, as: UTF8.self).contains("repStart"))
        #expect(try JSONDecoder().decode(SessionItem.self, from: json).repPhases == [.down, .pause, .up])
    }

    @Test func theWordsFollowTheOrder() {
        var bridge = PlanItem(cardID: "glute_bridge", name: "Glute bridge", role: .singleLeg, dose: .reps(2, 12, rest: 45),
                              tempo: .phases(down: 2, pause: 1, up: 1), rir: nil, why: "")
        #expect(PlanItemWords.dose(bridge).contains("each rep 2 s down, 1 s hold, 1 s up"))
        bridge.repStart = .lifting
        #expect(PlanItemWords.dose(bridge).contains("each rep 1 s up, 1 s hold, 2 s down"))
        #expect(PlanItemWords.tempo(.phases(down: 3, pause: 0, up: 1), start: .lifting) == "each rep 1 s up, 3 s down")
    }

    /// The figure holds at the top of a lifting-first rep and at the bottom of a lowering-first one.
    @Test func theFigureHoldsWhereThePauseIs() {
        let pause = FigureMotion.RepMoment(phase: .pause, elapsed: .zero, length: .seconds(1))
        #expect(FigureMotion.frame(at: pause, frameCount: 3) == 2)
        var top = pause
        top.start = .lifting
        #expect(FigureMotion.frame(at: top, frameCount: 3) == 0)
    }
}
