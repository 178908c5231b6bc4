import LegworkKit
import Synchronization
import Testing
@testable import LegworkTUI

/// Keeps what the screens asked to save, and answers as the store would.
final class ProfileSaves: AppEnvironment {
    let saved = Mutex<[Profile]>([])
    func screen(for route: any Route, at now: Moment) -> Result<any Screen, AppEnvironmentError> { .failure(AppEnvironmentError("none")) }
    func perform(_ command: AppCommand) throws -> AppMessage? {
        guard case let .saveProfile(profile) = command else { return nil }
        saved.withLock { $0.append(profile) }
        return .profileSaved
    }
}

enum IntakeFixtures {
    static let today = CalendarDate(year: 2026, month: 3, day: 2)!

    static func keys(_ text: String) -> [TerminalInput] { text.map { .key(.character($0)) } }

    static func run(_ inputs: [TerminalInput], profile: Profile? = nil, size: Size = Size(width: 80, height: 24), unicode: Bool = true)
        throws -> (TestTerminal, Int32, ProfileSaves) {
        let saves = ProfileSaves()
        let terminal = TestTerminal(size: size, capabilities: .init(colors: true, unicode: unicode), inputs: inputs)
        let root = IntakeScreen(profile: profile, today: today)
        let runtime = Runtime(program: App(environment: saves), model: App.Model(root: root), terminal: terminal, clock: VirtualClock())
        return (terminal, try runtime.run(), saves)
    }
}

@Suite struct IntakeScreenTests {
    @Test func theFirstRunFormAtEightyByTwentyFour() throws {
        let (terminal, _, _) = try IntakeFixtures.run([.key(.character("q"))])
        let lines = try #require(terminal.frames.first).lines
        #expect(lines == [
            " Legwork · Profile                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            " Welcome! Tell Legwork about your running: your plan is built from it.",
            " All answers are fine: Enter saves.",
            "",
            " › Running experience          ‹ New (running less than 6 months) ›",
            "     new: running for less than 6 months; regular; seasoned: years of training",
            "   Goal                        Building stamina",
            "   Race distance               No race",
            "   Race date                   none",
            "   Weekly running distance     15 km",
            "   Run days                    tue, thu, sat",
            "   Long run day                Saturday",
            "   Workout day                 No workout",
            "   Strength sessions per week  2 per week",
            "   Session length              30 min",
            "   Equipment                   mat",
            "   Injuries                    none",
            "   Warning signs               none",
            "   Age                         none",
            "   Sex                         Not said",
            "   Units                       kg and km",
            "",
            " Tab ↑↓ field  ·  ←→ Space change  ·  Enter save  ·  Esc back  ·  q quit",
        ])
    }

    @Test func aTypoIsExplainedThenCorrectedThenSaved() throws {
        let inputs: [TerminalInput] = [.key(.right)]                        // experience: new → regular
            + Array(repeating: .key(.tab), count: 4)                         // to weekly distance
            + [.key(.control("u"))] + IntakeFixtures.keys("4o") + [.key(.enter)]   // cleared, then a typo
            + [.key(.enter)]                                                 // try to save
            + [.key(.control("u"))] + IntakeFixtures.keys("40") + [.key(.enter)]   // corrected
            + [.key(.enter)]                                                 // save
        let (terminal, status, saves) = try IntakeFixtures.run(inputs)
        #expect(status == 0, "saving the root form leaves")
        let typo = terminal.frames[9].text
        #expect(typo.contains(#""4o" is not valid: give a number of kilometres from 0 to 300"#))
        #expect(typo.contains("1 answer needs a fix (marked !)."))
        let refused = terminal.frames[10]
        #expect(refused.lines[23] == " Not saved: weekly running distance needs a fix")
        #expect(terminal.bells == 1)
        #expect(terminal.frames[14].text.contains("All answers are fine: Enter saves."))
        let profile = try #require(saves.saved.withLock { $0 }.first)
        #expect(profile.experience == .regular)
        #expect(profile.weeklyKm == 40)
        #expect(saves.saved.withLock { $0.count } == 1)
    }

    /// 35 typed on a distance showing 15 is 35: a number typed on a number field is a new answer.
    @Test func aNumberTypedOnANumberReplacesIt() throws {
        let inputs: [TerminalInput] = Array(repeating: .key(.tab), count: 4)   // weekly distance, 15 km
            + IntakeFixtures.keys("35") + [.key(.enter), .key(.enter)]
        let (terminal, status, saves) = try IntakeFixtures.run(inputs)
        #expect(status == 0)
        #expect(terminal.frames[6].text.contains("35▏"))
        #expect(!terminal.frames[6].text.contains("1535"))
        #expect(try #require(saves.saved.withLock { $0 }.first).weeklyKm == 35)
    }

    @Test func onATextFieldQAndQuestionMarkAreLettersAndTheValueStays() throws {
        let inputs: [TerminalInput] = Array(repeating: .key(.tab), count: 4)   // weekly distance, 15 km
            + IntakeFixtures.keys("q?") + [.key(.escape), .key(.tab), .key(.character("q"))]
        let (terminal, status, _) = try IntakeFixtures.run(inputs)
        #expect(status == 0)
        #expect(terminal.frames[4].text.contains("15▏"), "the value and the cursor before typing")
        #expect(terminal.frames[5].text.contains("15q▏"))
        #expect(terminal.frames[6].text.contains("15q?▏"))
        #expect(!terminal.frames[6].text.contains("Keys: Profile") && !terminal.frames[6].text.contains("Quit?"))
        #expect(terminal.frames[7].text.contains("15▏") && !terminal.frames[7].text.contains("15q"), "Esc undid the edit")
        #expect(!terminal.frames[7].lines[23].contains("q quit"), "q is a letter here")
    }

    @Test func runDaysAreTickedAndTheLongRunDayIsOneOfThem() throws {
        // Run days: tue, thu, sat. Tick Monday, untick Saturday; the long run leaves Saturday.
        let inputs: [TerminalInput] = Array(repeating: .key(.tab), count: 5)
            + [.key(.character(" ")), .key(.right), .key(.right), .key(.right), .key(.right), .key(.right), .key(.character(" "))]
            + [.key(.tab), .key(.right), .key(.right), .key(.control("s"))]
        let (terminal, _, saves) = try IntakeFixtures.run(inputs)
        #expect(terminal.frames[5].text.contains("› [ ] Monday"))
        #expect(terminal.frames[6].text.contains("› [x] Monday"))
        #expect(terminal.frames[12].text.contains("mon, tue, thu"))
        #expect(terminal.frames[13].text.contains("Saturday is not one of your run days (Monday, Tuesday, Thursday)"))
        #expect(terminal.frames[14].text.contains("‹ Monday ›"), "from Saturday on, only run days (and none)")
        #expect(terminal.frames[15].text.contains("‹ Tuesday ›"))
        let profile = try #require(saves.saved.withLock { $0 }.first)
        #expect(profile.runDays == [.mon, .tue, .thu])
        #expect(profile.longRunDay == .tue)
    }

    @Test func theHeaviestDumbbellIsAskedOnlyWithDumbbells() throws {
        // Equipment: tick dumbbells (the fourth choice); the next field is then the heaviest dumbbell.
        let inputs: [TerminalInput] = Array(repeating: .key(.tab), count: 10)
            + [.key(.right), .key(.right), .key(.right), .key(.character(" ")), .key(.tab)]
        let (terminal, _, _) = try IntakeFixtures.run(inputs)
        #expect(!terminal.frames[10].text.contains("Heaviest dumbbell"))
        #expect(terminal.frames[14].text.contains("mat, dumbbells"))
        #expect(terminal.frames[15].text.contains("› Heaviest dumbbell"))
    }

    @Test func theBackpacksLoadIsAskedOnlyWithTheBackpack() throws {
        // Equipment: tick the backpack (the ninth choice); the field after the equipment is then its load.
        let inputs: [TerminalInput] = Array(repeating: .key(.tab), count: 10)
            + Array(repeating: .key(.right), count: 8) + [.key(.character(" ")), .key(.tab)]
        let (terminal, _, _) = try IntakeFixtures.run(inputs)
        #expect(!terminal.frames[10].text.contains("Loaded backpack"))
        #expect(terminal.frames[19].text.contains("mat, backpack"))
        #expect(terminal.frames[20].text.contains("› Loaded backpack"))
    }

    @Test func injuriesArePickedByAreaStateAndPain() throws {
        let inputs: [TerminalInput] = Array(repeating: .key(.tab), count: 11)    // injuries
            + [.key(.right), .key(.character(" ")), .key(.character(" ")), .key(.character("+")), .key(.character("+"))]   // knee: current, pain 4
            + [.key(.right), .key(.right), .key(.character(" "))]                                                      // achilles: past
            + [.key(.control("s"))]
        let (terminal, _, saves) = try IntakeFixtures.run(inputs)
        let picker = terminal.frames[11].text
        #expect(picker.contains("› IT band syndrome"))
        #expect(picker.contains("Runner's knee          -"))
        #expect(terminal.frames[14].text.contains("Runner's knee          current, pain 2 of 10"))
        #expect(terminal.frames[16].text.contains("› Runner's knee          current, pain 4 of 10"))
        #expect(terminal.frames[19].text.contains("› Achilles tendinopathy  past (healed)"))
        #expect(terminal.frames[19].text.contains("Runner's knee (pain 4), Achilles tendinopathy (…"))
        let profile = try #require(saves.saved.withLock { $0 }.first)
        #expect(profile.injuries == [InjuryStatus(.knee, .current(pain: 4)), InjuryStatus(.achilles, .past)])
    }

    /// Space round the states brings "current" back with the pain set before, not the starting pain.
    @Test func anInjuryCycledBackToCurrentKeepsItsPain() throws {
        let inputs: [TerminalInput] = Array(repeating: .key(.tab), count: 11)    // injuries
            + [.key(.right), .key(.character(" ")), .key(.character(" ")), .key(.character("7"))]   // knee: current, pain 7
            + Array(repeating: .key(.character(" ")), count: 3)                                      // none, past, current
            + [.key(.control("s"))]
        let (_, _, saves) = try IntakeFixtures.run(inputs)
        let profile = try #require(saves.saved.withLock { $0 }.first)
        #expect(profile.injuries == [InjuryStatus(.knee, .current(pain: 7))])
    }

    @Test func choiceListsTickWithSpace() throws {
        let inputs: [TerminalInput] = Array(repeating: .key(.tab), count: 10)   // equipment
            + [.key(.right), .key(.character(" ")), .key(.right), .key(.right), .key(.right), .key(.character(" ")), .key(.control("s"))]
        let (terminal, _, saves) = try IntakeFixtures.run(inputs)
        #expect(terminal.frames[12].text.contains("› [x] mini-band"))
        let profile = try #require(saves.saved.withLock { $0 }.first)
        #expect(profile.equipment == [.mat, .miniBand, .kettlebell])
    }

    @Test func escapeAsksBeforeDiscardingChanges() throws {
        let inputs: [TerminalInput] = [.key(.right), .key(.escape), .key(.character("n")), .key(.escape), .key(.character("y"))]
        let (terminal, status, saves) = try IntakeFixtures.run(inputs)
        #expect(terminal.frames[2].text.contains("Discard changes?"))
        #expect(!terminal.frames[3].text.contains("Discard changes?"))
        #expect(terminal.frames[4].text.contains("Discard changes?"))
        #expect(status == 0)
        #expect(saves.saved.withLock { $0.isEmpty })
    }

    @Test func qAsksWhenChangesAreUnsaved() throws {
        let (terminal, _, _) = try IntakeFixtures.run([.key(.right), .key(.character("q")), .key(.character("y"))])
        #expect(terminal.frames[2].text.contains("Your profile changes are not saved."))
    }

    @Test func aStoredProfileIsEditedFromItsValues() throws {
        let stored = Profile(experience: .seasoned, weeklyKm: 60, runDays: [.mon, .wed, .sat], longRunDay: .sat, injuries: [InjuryStatus(.knee, .current(pain: 4))])
        let (terminal, _, _) = try IntakeFixtures.run([.key(.character("q"))], profile: stored)
        let text = terminal.frames[0].text
        #expect(text.contains("Your answers build your plan; change any of them."))
        #expect(text.contains("Seasoned"))
        #expect(text.contains("60 km"))
        #expect(text.contains("mon, wed, sat"))
    }

    @Test func theFormScrollsToTheLastFieldAndReadsInAscii() throws {
        // Back from the first field: the last (units), then sex, then age, then the warning signs with their list open.
        let (terminal, _, _) = try IntakeFixtures.run([.key(.backTab), .key(.backTab), .key(.backTab), .key(.backTab), .key(.character("q"))],
                                                      unicode: false)
        #expect(terminal.frames[1].text.contains("> Units                       < kg and km >"))
        #expect(terminal.frames[2].text.contains("> Sex                         < Not said >"))
        let text = terminal.frames[4].text
        #expect(text.contains("Warning signs"))
        #expect(text.contains("Pain that wakes you at night?"))
        #expect(text.contains("more above"))
    }
}
