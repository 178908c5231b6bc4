import Testing
@testable import LegworkKit

@Suite("StretchPlan")
struct StretchPlanTests {
    let catalog = try! Catalog.bundled()

    /// Runs the engine with ticks only at each deadline: no inputs, no logs.
    func run(_ engine: inout SessionEngine) -> Moment {
        var now = Moment.origin
        _ = engine.start(at: now)
        while !engine.isEnded, let next = engine.nextDeadline(after: now) {
            now = next
            _ = engine.handle(.tick, at: now)
        }
        return now
    }

    @Test("an engine run lasts exactly the routine's length", arguments: StretchLimits.allowedMinutes)
    func exactLength(minutes: Int) throws {
        let routine = try StretchRoutineBuilder.build(minutes: minutes)
        var engine = routine.sessionEngine(catalog: catalog)
        #expect(engine.plannedTotal == .seconds(routine.totalSeconds))
        let end = run(&engine)
        #expect(engine.outcome == .completed)
        #expect(end == Moment.origin + .seconds(minutes * 60))
        #expect(engine.summary.activeTime == .seconds(minutes * 60))
    }

    @Test("with focus and injuries the length still holds", arguments: StretchFocus.allCases)
    func focusLength(focus: StretchFocus) throws {
        let routine = try StretchRoutineBuilder.build(minutes: 10, focus: focus, injuries: [.plantar, .knee])
        var engine = routine.sessionEngine(catalog: catalog)
        #expect(run(&engine) == Moment.origin + .seconds(600))
    }

    @Test("blocks become stretch items: one set, the hold per side, names and cues from the cards")
    func items() throws {
        let routine = try StretchRoutineBuilder.build(minutes: 15)
        let plan = routine.sessionPlan(catalog: catalog)
        #expect(plan.kind == .stretch)
        #expect(plan.items.count == routine.blocks.count)
        let first = plan.items[0], block = routine.blocks[0]
        #expect(first.cardID == block.stretch)
        #expect(first.unilateral == block.perSide)
        #expect(first.dose == .hold(1, seconds: block.hold, rest: 0))
        let card = try #require(catalog.card(id: block.stretch))
        #expect(first.name == card.name)
        #expect(first.cue == card.cues.first)
        #expect(first.why == "Have at hand: wall")
        let steps = routine.sessionEngine(catalog: catalog).steps
        #expect(!steps.contains { $0.kind == .log || $0.kind == .rest })
        #expect(steps.filter { $0.kind == .switchSides }.allSatisfy { $0.seconds == routine.switchSeconds })
    }

    @Test("the overview lists every stretch with its hold and the adjustments' sentences")
    func overview() throws {
        let routine = try StretchRoutineBuilder.build(minutes: 15, injuries: [.plantar])
        let lines = routine.overview(catalog: catalog)
        #expect(lines[0].hasSuffix("15:00 min:"))
        // A stretch held again right after itself is one line ("× 2").
        let groups = routine.blocks.indices.filter { $0 == 0 || routine.blocks[$0 - 1].stretch != routine.blocks[$0].stretch }.count
        #expect(lines.count == 1 + groups + routine.adjustments.count + (routine.keyAreasShortNote == nil ? 0 : 1))
        #expect(lines[1].hasPrefix("1. "))
        #expect(lines.contains { $0.contains("s per side") })
        #expect(!routine.adjustments.isEmpty)
        #expect(lines.last?.hasPrefix("Note: ") == true)
    }

    @Test("the 15-minute routine says which key areas get less than 60 s per side, and how to get it")
    func keyAreasShortOfSixtySecondsAreNamed() throws {
        let plain = try StretchRoutineBuilder.build(minutes: 15)
        let note = try #require(plain.keyAreasShortNote)
        for area in StretchLimits.keyAreas where plain.secondsPerSide(area) < 55 { #expect(note.lowercased().contains(area.title), "\(area)") }
        #expect(plain.secondsPerSide(.calves) >= 55 && !note.lowercased().contains("calves"))
        // A focus gives its area 60 s per side, so it is no longer named.
        let hamstrings = try StretchRoutineBuilder.build(minutes: 15, focus: .hamstrings)
        #expect(hamstrings.secondsPerSide(.hamstrings) >= 60)
        #expect(hamstrings.keyAreasShortNote?.lowercased().contains("hamstrings") != true)
    }

    @Test("a stretch held twice in a row is one line that says × 2")
    func repeatedHoldsReadTimesTwo() throws {
        let routine = try StretchRoutineBuilder.build(minutes: 30)
        let lines = routine.overview(catalog: catalog)
        let calf = try #require(catalog.card(id: "calf_wall_stretch")).name
        #expect(lines.filter { $0.contains(calf) } == ["1. \(calf) — 30 s per side × 2 (wall)"])
        #expect(lines.contains { $0.contains("30 s + 25 s") })   // two holds of different lengths
    }

    @Test("a focus changes the routine at every length, or says why it cannot", arguments: StretchLimits.allowedMinutes)
    func aFocusChangesTheRoutineOrSaysWhyNot(minutes: Int) throws {
        let plain = try StretchRoutineBuilder.build(minutes: minutes)
        for focus in StretchFocus.allCases {
            let focused = try StretchRoutineBuilder.build(minutes: minutes, focus: focus)
            let unchanged = focused.adjustments.contains { if case .focusUnchanged(focus, minutes, _) = $0 { true } else { false } }
            #expect((focused.blocks != plain.blocks) != unchanged, "\(focus) at \(minutes) min")
        }
        let calves = try StretchRoutineBuilder.build(minutes: 15, focus: .calves)
        #expect(calves.overview(catalog: catalog).contains("Note: A calves focus leaves the 15-minute routine as it is: it already gives the calves 60 s of holding."))
    }
}
