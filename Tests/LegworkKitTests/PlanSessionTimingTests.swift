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

    /// The engine's own length of a plan session as the runner follows it (the warm-up's moves timed
    /// before its activation; the skippable cool-down not counted), in seconds.
    static func engineSeconds(_ day: PlanDay) -> Int {
        let safety = SafetyGate.decide(profile: Profile(), today: day.date)
        var plan = SessionFraming.framed(PlanSessions.sessionPlan(day.session!, date: day.date, catalog: catalog), catalog: catalog, safety: safety)
        plan.items.removeAll { $0.role == .coolDown }
        return Int(SessionEngine(plan: plan).plannedTotal.components.seconds)
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

    /// Fifteen minutes of one-leg tempo work at two sets fit once the accessories are supersets, the rests
    /// short and the reps fewer: 15 ± 1.5 minutes as the engine times them.
    @Test func aFifteenMinuteSessionFitsWhenCutDown() throws {
        for day in PlanFixtures.strengthDays(Self.plan(.seasoned, .short)) {
            #expect(Self.engineSeconds(day) <= 15 * 60 + SessionFit.tolerance(minutes: 15), "\(day.date)")
            #expect(!day.session!.notes.contains { $0.hasPrefix("Timed as you will follow it") })
            #expect(day.session!.items.contains { $0.supersetWithNext == true })
        }
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
        // Rests go to the low end first (no accessories to pair here), then a set off an accessory before the main lift.
        let rests = try #require(SessionFit.nextCut(draft, after: .init(), minutes: 5, goal: .stamina, level: .beginner))
        #expect(rests.shortRests && rests.sets.isEmpty && !rests.supersets)
        let cut = try #require(SessionFit.nextCut(draft, after: rests, minutes: 5, goal: .stamina, level: .beginner))
        #expect(cut.sets == [.carry: 2] && cut.leftOut.isEmpty)
        #expect(cut.note(minutes: 5) == "Fitted to your 5 minutes: shorter rests; fewer sets or reps, with load or a harder variant rising instead as the weeks go on.")
        // The heavy lift keeps 3 work sets.
        let heavy = Self.draft([(Self.item("db_rdl", .heavyLift, sets: 3), .heavyLift), (Self.item("sl_rdl", .singleLeg, sets: 3), .singleLegMain)])
        #expect(SessionFit.nextCut(heavy, after: rests, minutes: 5, goal: .stamina, level: .beginner)?.sets == [.singleLegMain: 2])
        // Past the beginner level the single-leg lift keeps its 3 sets too: the reps come down instead.
        #expect(SessionFit.nextCut(heavy, after: rests, minutes: 5, goal: .stamina, level: .intermediate)?.sets.isEmpty == true)
        // Calf and glute med next to each other become a superset first.
        let pair = Self.draft([(Self.item("sl_calf_raise", .calf, sets: 2), .calf), (Self.item("hip_hike", .gluteMed, sets: 2), .gluteMed)])
        #expect(SessionFit.nextCut(pair, after: .init(), minutes: 5, goal: .stamina, level: .beginner)?.supersets == true)
    }

    @Test func atTwoSetsTheLeastEssentialExerciseGoesAndProtocolsStay() throws {
        let parts: [((PlanItem, ExerciseCard), PlanSlot?)] = [
            (Self.item("eccentric_heel_drop", .injuryModule, sets: 3), nil),
            (Self.item("hip_hike", .gluteMed, sets: 2), .gluteMed), (Self.item("db_rdl", .heavyLift, sets: 2), .heavyLift),
            (Self.item("suitcase_carry", .carry, sets: 2), .carry),
        ]
        // Sets already at 2, tempo steady, reps at their floor: the carry goes.
        var done = SessionFit.Cuts()
        done.shortRests = true; done.steadyTempo = true
        done.work = [.gluteMed: 6, .heavyLift: 6, .carry: 6]
        let floor: [((PlanItem, ExerciseCard), PlanSlot?)] = parts.map { part in
            var item = part.0.0
            if part.1 != nil { item.dose.work = .reps(6...6) }
            return ((item, part.0.1), part.1)
        }
        let cut = try #require(SessionFit.nextCut(Self.draft(floor), after: done, minutes: 5, goal: .stamina, level: .beginner))
        #expect(cut.leftOut == [.carry] && cut.sets.isEmpty)
        #expect(cut.note(minutes: 5)?.hasSuffix("no carry.") == true)
        // A PR chaser keeps the heavy lift: with nothing else to leave out, nothing more is cut.
        let noCarry = Self.draft(Array(floor.prefix(3)))
        #expect(SessionFit.nextCut(noCarry, after: cut, minutes: 5, goal: .pr, level: .beginner) == nil)
        #expect(SessionFit.nextCut(noCarry, after: cut, minutes: 5, goal: .stamina, level: .beginner)?.leftOut == [.carry, .heavyLift])
        // A session that fits is left alone.
        #expect(SessionFit.nextCut(noCarry, after: .init(), minutes: 60, goal: .stamina, level: .beginner) == nil)
    }
}
