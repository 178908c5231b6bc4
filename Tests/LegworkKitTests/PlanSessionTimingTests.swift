import Testing
@testable import LegworkKit

/// Sessions fit the runner's minutes (`SessionFit`), timed as the engine runs them (`SessionTiming`);
/// what cannot be cut down enough says how long it takes.
@Suite("Plan rule: SessionFit and SessionTiming")
struct PlanSessionTimingTests {
    static let catalog = try! Catalog.bundled()

    static func plan(_ experience: Experience, _ minutes: SessionLength, goal: Goal = .stamina) -> Plan {
        let profile = PlanFixtures.profile {
            $0.experience = experience; $0.goal = goal; $0.sessionMinutes = minutes; $0.equipment = PlanTestCards.gym
        }
        return PlanGenerator(cards: catalog.cards).plan(for: profile, start: PlanFixtures.monday)
    }

    /// The engine's own length of a plan session, in seconds.
    static func engineSeconds(_ day: PlanDay) -> Int {
        Int(SessionEngine(plan: PlanSessions.sessionPlan(day.session!, date: day.date, catalog: catalog)).plannedTotal.components.seconds)
    }

    /// Thirty and forty-five minutes hold, every week of the plan, as the engine times them.
    @Test(arguments: [Experience.new, .regular, .seasoned], [SessionLength.standard, .long])
    func sessionsFitTheirMinutesEveryWeek(experience: Experience, minutes: SessionLength) {
        let days = PlanFixtures.strengthDays(Self.plan(experience, minutes))
        #expect(!days.isEmpty)
        for day in days {
            #expect(Self.engineSeconds(day) <= minutes.minutes * 60 + SessionFit.tolerance(minutes: minutes.minutes), "\(day.date)")
        }
    }

    /// Fifteen minutes cannot hold four exercises of one-leg tempo work at two sets: the session says so.
    @Test func aSessionTooLongEvenCutDownNamesItsRealLength() throws {
        let day = try #require(PlanFixtures.strengthDays(Self.plan(.seasoned, .short)).first)
        let minutes = (Self.engineSeconds(day) + 59) / 60
        #expect(minutes > 17)
        let note = try #require(day.session!.notes.first { $0.hasPrefix("Timed as you will follow it") })
        #expect(note.contains("about \(minutes) minutes, more than your 15"))
    }

    /// Every session of every plan either fits its minutes (with the tolerance) or says how long it takes.
    @Test(arguments: [Experience.new, .regular, .seasoned], SessionLength.allCases)
    func noSessionRunsLongSilently(experience: Experience, minutes: SessionLength) {
        for goal in [Goal.stamina, .pr] {
            for day in PlanFixtures.strengthDays(Self.plan(experience, minutes, goal: goal)) {
                let real = (Self.engineSeconds(day) + 59) / 60
                let said = day.session!.notes.contains { $0.contains("about \(real) minutes") }
                #expect(said || Self.engineSeconds(day) <= minutes.minutes * 60 + SessionFit.tolerance(minutes: minutes.minutes), "\(goal) \(day.date): \(real) min unsaid")
            }
        }
    }

    // MARK: The order of the cuts

    static func item(_ id: String, _ role: PlanItem.Role, sets: Int) -> (PlanItem, ExerciseCard) {
        let card = catalog.card(id: id)!
        return (PlanItem(cardID: id, name: card.name, role: role, dose: .reps(sets, 10, rest: 60), tempo: card.tempo, rir: nil, why: "test"), card)
    }

    static func draft(_ parts: [((PlanItem, ExerciseCard), PlanSlot?)]) -> SessionFit.Draft {
        SessionFit.Draft(items: parts.map(\.0.0), cards: parts.map(\.0.1), slots: parts.map(\.1), notes: [])
    }

    @Test func setsGoFirstFromTheExerciseWithTheMost() throws {
        let draft = Self.draft([(Self.item("hip_hike", .gluteMed, sets: 3), .gluteMed), (Self.item("sl_rdl", .singleLeg, sets: 4), .singleLegMain),
                                (Self.item("suitcase_carry", .carry, sets: 3), .carry)])
        let cut = try #require(SessionFit.nextCut(draft, after: .init(), minutes: 5, goal: .stamina))
        #expect(cut.sets == [.singleLegMain: 3] && cut.leftOut.isEmpty)
        #expect(cut.note(minutes: 5) == "Fitted to your 5 minutes: fewer sets, with reps rising instead as the weeks go on.")
        // Of equals, the later exercise gives a set first.
        let equal = Self.draft([(Self.item("hip_hike", .gluteMed, sets: 3), .gluteMed), (Self.item("sl_rdl", .singleLeg, sets: 3), .singleLegMain)])
        #expect(SessionFit.nextCut(equal, after: .init(), minutes: 5, goal: .stamina)?.sets == [.singleLegMain: 2])
    }

    @Test func atTwoSetsTheLeastEssentialExerciseGoesAndProtocolsStay() throws {
        let parts: [((PlanItem, ExerciseCard), PlanSlot?)] = [
            (Self.item("eccentric_heel_drop", .injuryModule, sets: 3), nil),
            (Self.item("hip_hike", .gluteMed, sets: 2), .gluteMed), (Self.item("db_rdl", .heavyLift, sets: 2), .heavyLift),
            (Self.item("suitcase_carry", .carry, sets: 2), .carry),
        ]
        let cut = try #require(SessionFit.nextCut(Self.draft(parts), after: .init(), minutes: 5, goal: .stamina))
        #expect(cut.leftOut == [.carry] && cut.sets.isEmpty)
        #expect(cut.note(minutes: 5) == "Fitted to your 5 minutes: no carry.")
        // A PR chaser keeps the heavy lift: with nothing else to leave out, nothing more is cut.
        let noCarry = Self.draft(Array(parts.prefix(3)))
        #expect(SessionFit.nextCut(noCarry, after: cut, minutes: 5, goal: .pr) == nil)
        #expect(SessionFit.nextCut(noCarry, after: cut, minutes: 5, goal: .stamina)?.leftOut == [.carry, .heavyLift])
        // A session that fits is left alone.
        #expect(SessionFit.nextCut(noCarry, after: .init(), minutes: 60, goal: .stamina) == nil)
    }
}
