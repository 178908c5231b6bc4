import Foundation
import LegworkKit
import LegworkSimulation
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// Routines and a therapist's programme, headless: import and export, the same gate as the plan for every
/// warning sign, a programme scheduled into the plan over 6 weeks, the list's changes, the backup.
@Suite struct RoutineHeadlessTests {
    static let day = CalendarDate(year: 2027, month: 3, day: 1)!   // a Monday
    static let knee = SimulatedRunner.kneeProgramme

    static func runner() -> Profile {
        var profile = Profile(experience: .regular)
        profile.runDays = [.tue, .thu, .sat, .sun]
        profile.longRunDay = .sun
        profile.strengthDays = 2
        profile.sessionMinutes = .long
        profile.equipment = [.mat, .step, .wall, .miniBand]
        return profile
    }

    static func app(_ profile: Profile? = runner(), today: CalendarDate = day) throws -> AppContext {
        let context = AppContext(settings: AppSettings(today: { today }), store: try Store.inMemory())
        if let profile { try context.saveProfile(profile, today: today) }
        return context
    }

    // MARK: - Import and export

    @Test func importExportAndDeleteThroughTheCommands() throws {
        try withDataFolder { folder, _ in
            let settings = AppSettings(dataDir: folder.path, today: { Self.day })
            let file = folder.appending(path: "knee.json")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try RoutineWriter.text(Self.knee).write(to: file, atomically: true, encoding: .utf8)
            let said = try RoutineAction.importFile(file.path, overwrite: false, settings: settings)
            #expect(said.hasPrefix("Saved the routine \"Knee programme\": 7 exercises, about "))
            #expect(throws: Failure.self) { try RoutineAction.importFile(file.path, overwrite: false, settings: settings) }
            #expect(try RoutineAction.list(settings: settings).hasPrefix("Knee programme — 7 exercises"))
            let out = folder.appending(path: "out.json")
            try RoutineAction.export("knee programme", output: out.path, force: false, settings: settings)
            #expect(try String(contentsOf: out, encoding: .utf8) == RoutineWriter.text(Self.knee))
            // A misspelled name gets "did you mean".
            let error = #expect(throws: Failure.self) { try RoutineAction.export("Kne programme", output: nil, force: false, settings: settings) }
            #expect(error?.description.contains("did you mean \"Knee programme\"") == true)
            #expect(try RoutineAction.delete("Knee programme", settings: settings) == "Deleted the routine \"Knee programme\".")
            #expect(try RoutineAction.list(settings: settings).hasPrefix("No routines yet"))
        }
    }

    @Test func aBrokenFileIsRefusedWithItsLines() throws {
        try withDataFolder { folder, _ in
            let settings = AppSettings(dataDir: folder.path, today: { Self.day })
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appending(path: "bad.json")
            try "{\n  \"title\": \"Bad\",\n  \"exercises\": [{\"card\": \"glute_brige\", \"sets\": 2, \"reps\": 10}]\n}".write(to: file, atomically: true, encoding: .utf8)
            let error = #expect(throws: Failure.self) { try RoutineAction.importFile(file.path, overwrite: false, settings: settings) }
            #expect(error?.description.contains("bad.json: line 3, exercises.1.card: unknown exercise \"glute_brige\"; did you mean \"glute_bridge\"") == true,
                    "\(error?.description ?? "")")
            #expect(try RoutineAction.list(settings: settings).hasPrefix("No routines yet"), "nothing was stored")
        }
    }

    // MARK: - The gate

    /// Each warning sign changes or refuses the routine as it does the plan's sessions: what the door
    /// starts holds no card the sign forbids, and passes the rule list.
    @Test(arguments: RedFlag.allCases)
    func aRoutineGoesThroughTheGateForEachWarningSign(_ sign: RedFlag) throws {
        var profile = Self.runner()
        profile.redFlags = [sign]
        let context = try Self.app(profile)
        let safety = try context.safetyDecision(today: Self.day)
        let outcome = try StrengthDoor.resolve(.routine(Self.knee), context: context, checkIn: nil)
        let planned = try StrengthDoor.resolve(.today, context: context, checkIn: nil)
        switch outcome {
        case let .run(session, preface):
            #expect(safety.strengthAllowed)
            // The warm-up moves and the cool-down walk have no card (`SessionFraming.Move`); every exercise has.
            for item in session.items where SessionFraming.Move(rawValue: item.cardID) == nil {
                let card = try #require(context.catalog.card(id: item.cardID))
                #expect(safety.blockReason(card) == nil, "\(sign): \(card.id) is not allowed")
            }
            #expect(!session.items.contains { $0.cardID == "pogo_hops" }, "no jumps with a warning sign")
            #expect(!preface.isEmpty, "the sign is read before the routine")
            let plan = try context.plan(for: try #require(try context.profile()), today: Self.day)
            let rules = RuleContext(profile: try #require(try context.profile()), safety: safety, catalog: context.catalog, plan: plan,
                                    jumpGate: JumpGate(), lastDone: [:], lastStrengthDay: nil)
            #expect(SessionRules.check(ProducedSession(session, date: Self.day, path: .routine), rules).isEmpty)
        case let .refused(_, lines, _, urgent):
            #expect(!lines.isEmpty)
            // Refused exactly when the plan's own session would be.
            if case .run = planned { Issue.record("\(sign): the routine is refused but the plan's session is not") }
            #expect(urgent == safety.urgent)
        case .outlook:
            Issue.record("a routine is never 'nothing planned today'")
        }
    }

    /// Pain above 5/10 at the check-in makes the painful exercise one step easier, as in the plan.
    @Test func painAtTheCheckInEasesTheRoutine() throws {
        var profile = Self.runner()
        profile.injuries = [InjuryStatus(.knee, .current(pain: 2))]
        let context = try Self.app(profile)
        var answers = try context.checkInQuestions(today: Self.day).answers
        answers.pain[.knee] = 7
        try context.recordCheckIn(answers)
        guard case let .run(session, preface) = try StrengthDoor.resolve(.routine(Self.knee), context: context, checkIn: answers) else {
            Issue.record("refused"); return
        }
        let before = Self.knee.sessionPlan(id: "r", catalog: context.catalog, level: context.level())
        #expect(session.items != before.items, "pain changes the routine")
        #expect(preface.contains { $0.contains("easier") || $0.contains("left out") || $0.contains("instead") }, "\(preface)")
    }

    // MARK: - The programme in the plan

    /// "Every Tuesday and Friday for 6 weeks", in place of the plan's sessions: on its days the plan holds
    /// the therapist's programme, named so; the plan's own sessions come back after; every session passes
    /// the rules and fits the minutes.
    @Test(arguments: ProgrammeSchedule.Placement.allCases)
    func aProgrammeScheduledForSixWeeks(_ placement: ProgrammeSchedule.Placement) throws {
        let context = try Self.app()
        let first = Self.day.adding(days: 1)
        let programme = ProgrammeSchedule(name: "Knee programme", routine: Self.knee, days: [.tue, .fri], first: first, weeks: 6, placement: placement)
        try context.store.saveDocument(programme, key: .programme)
        let profile = try #require(try context.profile())
        let plan = try context.plan(for: profile, today: Self.day)
        let safety = try context.safetyDecision(today: Self.day)
        var programmeDays = 0, ownInside = 0
        var lastStrength: CalendarDate?
        for day in plan.weeks.flatMap(\.days) {
            guard let session = day.session else { continue }
            let inside = day.date >= first && day.date <= programme.last
            let isProgramme = session.notes.contains { $0.hasPrefix("Your therapist's programme") }
            if programme.falls(on: day.date) {
                #expect(isProgramme, "\(day.date) holds the programme")
                programmeDays += 1
                #expect(session.title.hasSuffix("(your therapist's programme)"))
                #expect(!session.items.contains { $0.cardID == "pogo_hops" } || session.allowsJumps)
                #expect(session.items.allSatisfy { $0.role != .programme || ($0.rir?.min ?? 3) >= 3 })
                if placement == .instead {
                    #expect(ProgrammeSchedule.timed(session.items, catalog: context.catalog) <= 45 * 60 + 180, "fitted to the 45 minutes and the plan's tolerance")
                }
            } else {
                #expect(!isProgramme, "\(day.date) is not a programme day")
            }
            // The plan's own places (its slots) in the programme's weeks, on any day.
            if inside, session.kind == .strength, session.items.contains(where: { $0.slot != nil }) { ownInside += 1 }
            let rules = RuleContext(profile: profile, safety: safety, catalog: context.catalog, plan: plan, jumpGate: JumpGate(),
                                    lastDone: [:], lastStrengthDay: lastStrength)
            #expect(SessionRules.check(ProducedSession(session, date: day.date), rules).isEmpty, "\(day.date)")
            if !ProducedSession(session, date: day.date).isProtocolOnly { lastStrength = day.date }
        }
        #expect(programmeDays == 12, "twice a week for 6 weeks")
        if placement == .instead { #expect(ownInside == 0, "the plan's own sessions give way") } else { #expect(ownInside > 0) }
        #expect(plan.notices.contains { $0.kind == .programme && $0.message.contains("Dr. Ana Ruiz") })
        // The plan's own sessions after the programme's weeks.
        #expect(plan.weeks.flatMap(\.days).contains { $0.date > programme.last && $0.session?.kind == .strength })
        // Today's door on a programme day starts the programme.
        let tuesday = AppContext(settings: AppSettings(today: { first }), store: context.store)
        guard case let .run(session, _) = try StrengthDoor.resolve(.today, context: tuesday, checkIn: nil) else { Issue.record("no session"); return }
        #expect(session.items.contains { $0.cardID == "wall_sit" })
    }

    /// An urgent sign leaves the programme out of the plan as it leaves every session out.
    @Test func anUrgentSignLeavesNoProgrammeSession() throws {
        var profile = Self.runner()
        profile.redFlags = [.chestPain]
        let context = try Self.app(profile)
        try context.store.saveDocument(ProgrammeSchedule(name: "Knee programme", routine: Self.knee, days: [.tue, .fri], first: Self.day,
                                                         weeks: 6, placement: .beside), key: .programme)
        let plan = try context.plan(for: try #require(try context.profile()), today: Self.day)
        let strength = plan.sessionDays.filter { $0.session?.kind == .strength }
        #expect(strength.isEmpty)
    }

    // MARK: - The list on the screens

    @Test func theListDuplicatesRenamesAndDeletes() throws {
        let context = try Self.app()
        try context.saveRoutine(Self.knee)
        let environment = LegworkEnvironment(context: context)
        guard case let .routines(entries, done) = environment.perform(.duplicate("Knee programme")) else { Issue.record("failed"); return }
        #expect(entries.map(\.name) == ["Knee programme", "Knee programme (copy)"])
        #expect(done == "duplicated as Knee programme (copy)")
        guard case let .routines(renamed, _) = environment.perform(.rename("Knee programme (copy)", to: "Hotel room")) else { return }
        #expect(renamed.map(\.name) == ["Hotel room", "Knee programme"])
        #expect(try context.routine(named: "Hotel room")?.routine.title == "Hotel room", "the file's title follows the name")
        guard case .failed = environment.perform(.rename("Hotel room", to: "knee programme")) else {
            Issue.record("a rename onto another routine's name must not overwrite it"); return
        }
        guard case let .routines(left, _) = environment.perform(.delete("Hotel room")) else { return }
        #expect(left.map(\.name) == ["Knee programme"])
        #expect(left.first?.detail.hasPrefix("7 exercises, about ") == true)
    }

    /// The builder's save goes through the environment and the list reloads with it.
    @Test func theBuilderSavesThroughTheEnvironment() throws {
        let context = try Self.app()
        var builder = RoutineBuilderScreen(catalog: context.catalog, level: .intermediate, myEquipment: nil)
        for key: Key in [.character("t")] + "Hotel".map(Key.character) + [.enter, .character("a")] {
            _ = builder.handle(.key(key), at: .origin)
        }
        #expect(builder.picker != nil, "a opens the browser")
        for key: Key in [.character("/")] + "wall sit".map(Key.character) + [.enter, .enter] { _ = builder.handle(.key(key), at: .origin) }
        #expect(builder.picker == nil)
        #expect(builder.builder.exercises.map(\.card) == ["wall_sit"], "the search's card was added")
        let actions = builder.handle(.key(.character("s")), at: .origin)
        guard case let .command(.routine(change))? = actions.first else { Issue.record("no save: \(actions)"); return }
        guard case let .routines(entries, _) = LegworkEnvironment(context: context).perform(change) else { Issue.record("not saved"); return }
        #expect(entries.map(\.name) == ["Hotel"])
    }

    // MARK: - The backup

    @Test func routinesAndTheProgrammeRoundTripThroughTheBackup() throws {
        let context = try Self.app()
        try context.saveRoutine(Self.knee)
        let programme = ProgrammeSchedule(name: "Knee programme", routine: Self.knee, days: [.tue, .fri], first: Self.day, weeks: 6, placement: .instead)
        try context.store.saveDocument(programme, key: .programme)
        let backup = try context.store.backup()
        #expect(backup.version == 3)
        let text = try backup.encoded()
        let restored = try Store.inMemory()
        let outcome = try restored.restore(try Backup.decode(text, source: "b"), replace: false)
        #expect(outcome.routines == 1)
        #expect(try restored.routines() == context.store.routines())
        #expect(try restored.loadDocument(.programme, as: ProgrammeSchedule.self) == programme)
        #expect(try restored.backup() == backup)
    }
}
