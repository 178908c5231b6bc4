import Testing
@testable import LegworkKit

/// DOMAIN §2, Training blocks: the calendar proposes a rise, the log decides it; the change text and the
/// dose always agree.
@Suite("Progression from the log")
struct ProgressLogDrivenTests {
    static let catalog = try! Catalog.bundled()
    static let monday = CalendarDate(year: 2025, month: 3, day: 10)!

    /// Glute bridge given as 2 × 12 last Monday; the calendar proposes 2 × 14 for Thursday.
    static let plan: Plan = {
        func session(_ reps: Int) -> PlanSession {
            PlanSession(title: "S", kind: .strength, minutes: 30, items: [
                PlanItem(cardID: "glute_bridge", name: "Glute bridge", role: .singleLeg, dose: Dose.reps(2, reps, rest: 45), tempo: .none,
                         rir: RepsInReserve(2, 3), why: "why"),
            ], runningCue: "", notes: [])
        }
        let days = Weekday.allCases.enumerated().map { i, weekday in
            let date = monday.adding(days: i)
            return PlanDay(weekday: weekday, date: date, run: nil, session: i == 0 ? session(12) : i == 3 ? session(14) : nil)
        }
        return Plan(start: monday, raceDate: nil, weeks: [PlanWeek(number: 1, phase: .base, days: days)], warnings: [], notices: [])
    }()

    static func logged(_ sessions: [(day: Int, reps: Int, rir: Int)]) -> [SetRecord] {
        sessions.enumerated().flatMap { index, session in
            (1...2).map { n in
                let start = WallTime(year: 2025, month: 3, day: session.day, hour: 18).adding(seconds: Int64(n * 100))
                return SetRecord(sessionID: Int64(index + 1), exerciseID: "glute_bridge", setNumber: n, reps: session.reps, rir: session.rir,
                                 pain: 0, startedAt: start, endedAt: start.adding(seconds: 40))
            }
        }
    }

    func thursday(_ sets: [SetRecord]) -> PlanItem {
        let adjusted = AutoRegulation.adjust(Self.plan, catalog: Self.catalog, sets: sets, from: Self.monday.adding(days: 1))
        return adjusted.session(on: Self.monday.adding(days: 3))!.items[0]
    }

    @Test func belowTheTopTheCalendarRiseWaitsAndSaysSo() {
        let item = thursday(Self.logged([(day: 10, reps: 10, rir: 2)]))
        #expect(item.dose.summary == "2 × 12", "the dose last given, not the calendar's 2 × 14")
        #expect(item.change?.hasPrefix("repeat week: consolidate at 2 × 12; last time 2x10") == true)
        #expect(PlanItemWords.change(item)?.hasPrefix("Repeat week: consolidate at 2 × 12; last time 2 × 10 with 2 reps to spare") == true)
    }

    @Test func theTopOfTheRangeTwiceLetsTheDoseMoveOn() {
        let item = thursday(Self.logged([(day: 6, reps: 12, rir: 2), (day: 10, reps: 12, rir: 2)]))
        #expect(item.dose.summary != "2 × 12")
        #expect(item.change?.contains("consolidate") != true)
    }

    @Test func nothingLoggedLeavesTheCalendarsProposal() {
        #expect(thursday([]).dose.summary == "2 × 14")
        #expect(thursday([]).change == nil)
    }
}

extension ProgressLogDrivenTests {
    static func loggedTop(_ exercise: String, reps: Int, kg: Double?) -> [SetRecord] {
        [6, 10].enumerated().flatMap { index, day in
            (1...3).map { n in
                let start = WallTime(year: 2025, month: 3, day: day, hour: 18).adding(seconds: Int64(n * 100))
                return SetRecord(sessionID: Int64(index + 1), exerciseID: exercise, setNumber: n, reps: reps, loadKg: kg, rir: 2,
                                 pain: 0, startedAt: start, endedAt: start.adding(seconds: 40))
            }
        }
    }

    static func onePlan(_ id: String, _ dose: Dose) -> Plan {
        let item = PlanItem(cardID: id, name: catalog.card(id: id)!.name, role: .singleLeg, dose: dose, tempo: .none,
                            rir: RepsInReserve(2, 3), why: "why")
        let days = Weekday.allCases.enumerated().map { i, weekday in
            PlanDay(weekday: weekday, date: monday.adding(days: i), run: nil,
                    session: i == 0 || i == 3 ? PlanSession(title: "S", kind: .strength, minutes: 30, items: [item], runningCue: "", notes: []) : nil)
        }
        return Plan(start: monday, raceDate: nil, weeks: [PlanWeek(number: 1, phase: .base, days: days)], warnings: [], notices: [])
    }

    func thursday(_ plan: Plan, _ sets: [SetRecord], profile: Profile) -> PlanItem {
        AutoRegulation.adjust(plan, catalog: Self.catalog, sets: sets, from: Self.monday.adding(days: 1), profile: profile)
            .session(on: Self.monday.adding(days: 3))!.items[0]
    }

    @Test func noLoadPastTheHeaviestDumbbellMoreRepsInstead() {
        let plan = Self.onePlan("db_rdl", Dose(sets: 3, work: .reps(8...8), rest: 90, load: "dumbbells"))
        let profile = Profile(experience: .regular, equipment: [.mat, .dumbbells], dumbbellMaxKg: 12)
        let item = thursday(plan, Self.loggedTop("db_rdl", reps: 8, kg: 12), profile: profile)
        #expect(item.change?.contains("heaviest dumbbell is 12 kg") == true)
        #expect(item.dose.work == .reps(10...10))
        #expect(item.dose.load?.kilograms == 12 && item.dose.load?.words == "12 kg")
    }

    @Test func aHarderCardTheRunnerCannotDoIsNotPicked() {
        // Side-lying abduction's harder card, the lateral band walk, needs a mini-band: no band, no switch.
        let plan = Self.onePlan("side_lying_abduction", Dose.reps(3, 15, rest: 45))
        let sets = Self.loggedTop("side_lying_abduction", reps: 15, kg: nil)
        let kept = thursday(plan, sets, profile: Profile(experience: .regular, equipment: [.mat]))
        #expect(kept.cardID == "side_lying_abduction")
        #expect(kept.change?.contains("Lateral band walk needs equipment you do not have") == true)
        let moved = thursday(plan, sets, profile: Profile(experience: .regular, equipment: [.mat, .miniBand]))
        #expect(moved.cardID == "lateral_band_walk")
        #expect(moved.why != "why" && !moved.why.isEmpty, "the why is rewritten for the new card")
    }
}

extension ProgressLogDrivenTests {
    /// After the log moves every exercise up (harder cards, more load), sessions still fit their minutes.
    @Test(arguments: [SessionLength.standard, .long])
    func sessionsStillFitAfterAutoRegulation(length: SessionLength) {
        let profile = Profile(experience: .regular, goal: .stamina, runDays: [.tue, .thu, .sat], longRunDay: .sat,
                              sessionMinutes: length, equipment: [.mat, .miniBand, .dumbbells, .step, .bench], dumbbellMaxKg: 30)
        let start = CalendarDate(year: 2025, month: 3, day: 3)!
        let plan = PlanGenerator(cards: Self.catalog.cards).plan(for: profile, start: start)
        let ids = Set(plan.sessionDays.flatMap { $0.session!.items.map(\.cardID) })
        // Every exercise logged twice at 20 reps (past any top) and 60 s, 2 reps to spare, with a little load.
        let sets = ids.sorted().enumerated().flatMap { index, id in
            [1, 2].flatMap { session in
                (1...4).map { n in
                    let at = WallTime(year: 2025, month: 2, day: 10 + session, hour: 18).adding(seconds: Int64(index * 1000 + n * 100))
                    return SetRecord(sessionID: Int64(session), exerciseID: id, setNumber: n, reps: 20, seconds: 60, loadKg: 10, rir: 3,
                                     pain: 0, startedAt: at, endedAt: at.adding(seconds: 60))
                }
            }
        }
        let adjusted = AutoRegulation.adjust(plan, catalog: Self.catalog, sets: sets, from: start, profile: profile)
        let limit = Double(length.minutes) + (length == .long ? 3 : 2)
        for day in adjusted.sessionDays where day.session!.kind == .strength {
            let session = day.session!
            let cards = session.items.compactMap { Self.catalog.card(id: $0.cardID) }
            let minutes = Double(SessionTiming.seconds(session.items, cards)) / 60
            #expect(minutes <= limit || session.notes.contains { $0.contains("takes about") }, "\(day.date): \(minutes) min")
        }
    }
}
