import LegworkKit
import Testing
@testable import LegworkTUI

/// The browser screen drawn through the real App: layout at 80x24 and 120x40, ASCII, keys.
@Suite struct BrowserScreenTests {
    let browser = BrowserScreen(catalog: shippedCatalog, myEquipment: [.mat, .step], level: .beginner)

    @Test func listAtEightyByTwentyFour() throws {
        expectScreen(try frames(of: browser, [])[0], [
            " Legwork · Browse                                                        ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            " t kind: all  u quality: all  m muscle: all  e equipment: any  i injury: all",
            " v level: beginner",
            " / search                                                              39 of 45",
            "   Name                        Kind     SL JC LT CO     Equipment",
            " › Glute bridge                strength ▁▁ ▃▃ ▃▃ ▃▃     mat",
            "   Single-leg glute bridge     strength ▅▅ ▅▅ ▃▃ ▅▅     mat",
            "   Dumbbell RDL                strength ▁▁ ▃▃ ▅▅ ▃▃     dumbbells",
            "   Single-leg RDL              strength ██ ██ ▅▅ ██     -",
            "   Tempo goblet squat          strength ▁▁ ▃▃ ▅▅ ▃▃     dumbbells",
            "   Split squat                 strength ▅▅ ▅▅ ▅▅ ▅▅     -",
            "   Lateral lunge               strength ▅▅ ██ ▃▃ ▃▃     -",
            "   Controlled step-up          strength ██ ▅▅ ▅▅ ██     step",
            "   Lateral step-down           strength ██ ██ ▅▅ ▅▅     step",
            "   Wall sit                    strength ▁▁ ▃▃ ▅▅ ▁▁     wall",
            "   Side-lying hip abduction    strength ▃▃ ▅▅ ▃▃ ▁▁     mat",
            "   Lateral band walk           strength ▃▃ ▅▅ ▃▃ ▃▃     mini-band",
            "   Hip hike                    strength ██ ██ ▃▃ ▅▅     step",
            "   Calf raise                  strength ▁▁ ▃▃ ▃▃ ▃▃     -",
            "   Single-leg calf raise       strength ▅▅ ▅▅ ██ ██     -",
            "   Seated soleus raise         strength ▃▃ ▃▃ ██ ▅▅     bench, dumbbells",
            " SL single-leg · JC joint control · LT load tolerance · CO carryover (0–3)",
            " ↑↓ j k move  ·  Enter open  ·  / search  ·  tumeiv filter  ·  q quit",
        ])
    }

    @Test func listWithPreviewAtOneHundredTwentyByForty() throws {
        expectScreen(try frames(of: browser, [], size: Size(width: 120, height: 40))[0], [
            " Legwork · Browse                                                                                                ? help",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            " t kind: all  u quality: all  m muscle: all  e equipment: any            │ Glute bridge",
            " i injury: all  v level: beginner                                        │ strength; also called bridge, hip bridge,",
            " / search                                                      39 of 45  │ hip raise",
            "   Name                        Kind     SL JC LT CO     Equipment        │",
            " › Glute bridge                strength ▁▁ ▃▃ ▃▃ ▃▃     mat              │",
            "   Single-leg glute bridge     strength ▅▅ ▅▅ ▃▃ ▅▅     mat              │             _",
            "   Dumbbell RDL                strength ▁▁ ▃▃ ▅▅ ▃▃     dumbbells        │           /  \\",
            "   Single-leg RDL              strength ██ ██ ▅▅ ██     -                │         /     \\",
            "   Tempo goblet squat          strength ▁▁ ▃▃ ▅▅ ▃▃     dumbbells        │   o___/        \\",
            "   Split squat                 strength ▅▅ ▅▅ ▅▅ ▅▅     -                │ ____________________",
            "   Lateral lunge               strength ▅▅ ██ ▃▃ ▃▃     -                │          ↕",
            "   Controlled step-up          strength ██ ▅▅ ▅▅ ██     step             │",
            "   Lateral step-down           strength ██ ██ ▅▅ ▅▅     step             │",
            "   Wall sit                    strength ▁▁ ▃▃ ▅▅ ▁▁     wall             │",
            "   Side-lying hip abduction    strength ▃▃ ▅▅ ▃▃ ▁▁     mat              │             /\\",
            "   Lateral band walk           strength ▃▃ ▅▅ ▃▃ ▃▃     mini-band        │   o________/  \\",
            "   Hip hike                    strength ██ ██ ▃▃ ▅▅     step             │ ____________________",
            "   Calf raise                  strength ▁▁ ▃▃ ▃▃ ▃▃     -                │",
            "   Single-leg calf raise       strength ▅▅ ▅▅ ██ ██     -                │ Qualities",
            "   Seated soleus raise         strength ▃▃ ▃▃ ██ ▅▅     bench…           │ ░░░ Single-leg focus 0/3",
            "   Alfredson heel drop         strength ▅▅ ▃▃ ██ ▃▃     step             │ █░░ Joint control 1/3",
            "   Rathleff heel raise         strength ▅▅ ▃▃ ██ ▃▃     towel            │ █░░ Load tolerance 1/3",
            "   Tibialis wall raise         strength ▁▁ ▃▃ ▃▃ ▃▃     wall             │ █░░ Carryover to running 1/3",
            "   Dead bug                    core     ▁▁ ▅▅ ▁▁ ▃▃     mat              │ Helps with: Runner's knee, IT band syndrome",
            "   Front plank                 core     ▁▁ ▅▅ ▃▃ ▃▃     mat              │",
            "   Side plank                  core     ▃▃ ▅▅ ▃▃ ▃▃     mat              │ Muscles    glute max; also hamstrings",
            "   Pallof press                core     ▁▁ ▅▅ ▃▃ ▃▃     long-band        │ Equipment  mat (or a carpet or a folded",
            "   Suitcase carry              core     ▃▃ ██ ██ ▅▅     dumbbells        │            blanket); optional: mini-band,",
            "   Pogo hops                   power    ▁▁ ▅▅ ▃▃ ██     -                │            dumbbells (or a kettlebell or a",
            "   Wall calf stretch           stretch  ▁▁ ▁▁ ▁▁ ▁▁     wall             │            loaded backpack on the hips)",
            "   Bent-knee soleus stretch    stretch  ▁▁ ▁▁ ▁▁ ▁▁     wall             │ Dose       beginner (your level): 2 × 12 ·",
            "   Plantar toe stretch         stretch  ▁▁ ▁▁ ▁▁ ▁▁     -                │            rest 45 s",
            "   Kneeling shin stretch       stretch  ▁▁ ▁▁ ▁▁ ▁▁     mat, block       │            intermediate: 3 × 12 · rest 60 s",
            "   Kneeling hip-flexor stretch stretch  ▁▁ ▁▁ ▁▁ ▁▁     block            │            · mini-band just above the knees",
            "   Couch stretch               stretch  ▁▁ ▁▁ ▁▁ ▁▁     wall, block      │            advanced: 3 × 10 · rest 60 s ·",
            "   Side-lying quad stretch     stretch  ▁▁ ▁▁ ▁▁ ▁▁     mat              │            dumbbell resting across the hips",
            " SL single-leg · JC joint control · LT load tolerance · CO carryover     │ Tempo      2-1-1: 2 s down, 1 s pause, 1 s",
            " ↑↓ j k move  ·  Enter open  ·  / search  ·  tumeiv filter  ·  q quit",
        ])
    }

    @Test func withoutUnicodeTheBarsAreAscii() throws {
        expectScreen(try frames(of: browser, [], unicode: false)[0], [
            " Legwork - Browse                                                        ? help",
            "--------------------------------------------------------------------------------",
            " t kind: all  u quality: all  m muscle: all  e equipment: any  i injury: all",
            " v level: beginner",
            " / search                                                              39 of 45",
            "   Name                        Kind     SL JC LT CO     Equipment",
            " > Glute bridge                strength .. :: :: ::     mat",
            "   Single-leg glute bridge     strength || || :: ||     mat",
            "   Dumbbell RDL                strength .. :: || ::     dumbbells",
            "   Single-leg RDL              strength ## ## || ##     -",
            "   Tempo goblet squat          strength .. :: || ::     dumbbells",
            "   Split squat                 strength || || || ||     -",
            "   Lateral lunge               strength || ## :: ::     -",
            "   Controlled step-up          strength ## || || ##     step",
            "   Lateral step-down           strength ## ## || ||     step",
            "   Wall sit                    strength .. :: || ..     wall",
            "   Side-lying hip abduction    strength :: || :: ..     mat",
            "   Lateral band walk           strength :: || :: ::     mini-band",
            "   Hip hike                    strength ## ## :: ||     step",
            "   Calf raise                  strength .. :: :: ::     -",
            "   Single-leg calf raise       strength || || ## ##     -",
            "   Seated soleus raise         strength :: :: ## ||     bench, dumbbells",
            " SL single-leg - JC joint control - LT load tolerance - CO carryover (0-3)",
            " ^v j k move  -  Enter open  -  / search  -  tumeiv filter  -  q quit",
        ])
    }

    @Test func searchNarrowsTheListAsYouTypeAndShowsTheCount() throws {
        let shown = try frames(of: browser, [.key(.character("/"))] + typing("step"))
        let last = shown[5]   // the frame after "p"; the helper's closing "q" is typed into the field
        #expect(last.lines[4].hasPrefix(" / search: step_"))
        #expect(last.lines[4].hasSuffix("3 of 45"))
        #expect(last.lines[6] == " › Controlled step-up          strength ██ ▅▅ ▅▅ ██     step")
        #expect(last.lines[7].contains("Lateral step-down"))
        // While typing, q and ? are letters: "q" did not quit, it became part of the search.
        let (_, _, model) = try drive([.key(.character("/"))] + typing("q?"), root: browser)
        let top = try #require(model.stack.last as? BrowserScreen)
        #expect(top.state.filter.search == "q?")
    }

    @Test func escapeClearsTheSearchAndEnterKeepsIt() throws {
        let (_, _, kept) = try drive([.key(.character("/"))] + typing("rdl") + [.key(.enter), .key(.character("q"))], root: browser)
        let keptBrowser = try #require(kept.stack.last as? BrowserScreen)
        #expect(keptBrowser.state.filter.search == "rdl")
        #expect(!keptBrowser.isEditingText)
        let (_, _, cleared) = try drive([.key(.character("/"))] + typing("rdl") + [.key(.escape), .key(.character("q"))], root: browser)
        let clearedBrowser = try #require(cleared.stack.last as? BrowserScreen)
        #expect(clearedBrowser.state.filter.search == "")
        #expect(clearedBrowser.state.matches.count == 39)
    }

    @Test func filterKeysCycleAndTheBarShowsThem() throws {
        let shown = try frames(of: browser, typing("tte"))
        let last = shown[shown.count - 1]
        #expect(last.lines[2] == " t kind: core  u quality: all  m muscle: all  e equipment: mine  i injury: all")
        #expect(last.lines[6].contains("Dead bug"))
        let cleared = try frames(of: browser, typing("ttex"))
        #expect(cleared[cleared.count - 1].lines[3] == " v level: all")
        #expect(cleared[cleared.count - 1].lines[4].hasSuffix("45 of 45"))
    }

    @Test func enterOpensTheSelectedCardAndEscapeComesBack() throws {
        let shown = try frames(of: browser, [.key(.down), .key(.enter), .key(.escape)])
        #expect(shown[2].lines[0].hasPrefix(" Legwork · Single-leg glute bridge"))
        #expect(shown[3].lines[0].hasPrefix(" Legwork · Browse"))
        #expect(shown[3].lines[7].hasPrefix(" › Single-leg glute bridge"))
    }

    @Test func noMatchSaysHowToGetBack() throws {
        let shown = try frames(of: browser, [.key(.character("/"))] + typing("zzz"))
        #expect(shown[shown.count - 1].text.contains("No exercise matches. Press x to clear the filters and the search."))
    }

    @Test func onlyImportedCardsCanBeRemovedAndOnlyAfterYes() throws {
        let imported = ExerciseCard(
            id: "fedb:barbell_squat", name: "Barbell Squat", kind: .strength, muscles: MuscleGroups(primary: [.quads]),
            equipment: EquipmentNeeds(substitutes: ["barbell": "not in Legwork's equipment list: needs a barbell"]),
            qualities: nil, dose: [.beginner: .reps(2, 10, rest: 60)], steps: ["Squat."], cues: [], mistakes: [],
            runningCue: "Stand tall.", source: "free-exercise-db")
        var screen = BrowserScreen(catalog: try shippedCatalog.adding([imported]), level: nil)
        _ = screen.handle(.key(.character("s")), at: .origin)   // imported cards too
        _ = screen.handle(.key(.character("d")), at: .origin)
        #expect(screen.confirmingRemoval == nil)   // Glute bridge is Legwork's own
        _ = screen.handle(.key(.end), at: .origin)
        #expect(screen.selected?.id == "fedb:barbell_squat")
        _ = screen.handle(.key(.character("d")), at: .origin)
        #expect(screen.confirmingRemoval?.id == "fedb:barbell_squat")
        let kept = screen.handle(.key(.character("n")), at: .origin)
        #expect(screen.confirmingRemoval == nil)
        guard case .notice? = kept.first else { Issue.record("expected a notice"); return }
        _ = screen.handle(.key(.character("d")), at: .origin)
        let actions = screen.handle(.key(.character("y")), at: .origin)
        guard case let .command(.removeImportedCard(id))? = actions.first else { Issue.record("expected the remove command"); return }
        #expect(id == "fedb:barbell_squat")
        _ = screen.handle(.message(.importedCardRemoved(id: id)), at: .origin)
        #expect(screen.state.cards.count == 45)
        #expect(!screen.state.matches.contains { $0.id == id })
    }

    @Test func importedCardsAreMarkedInTheList() throws {
        let imported = ExerciseCard(
            id: "fedb:zercher_squat", name: "Zercher Squat", kind: .strength, muscles: MuscleGroups(primary: [.quads]),
            equipment: EquipmentNeeds(substitutes: ["barbell": "not in Legwork's equipment list: needs a barbell"]),
            qualities: nil, dose: [.beginner: .reps(2, 10, rest: 60)], steps: ["Squat."], cues: [], mistakes: [],
            runningCue: "", source: "free-exercise-db")
        let screen = BrowserScreen(catalog: try shippedCatalog.adding([imported]), level: nil)
        let shown = try frames(of: screen, [.key(.character("s")), .key(.character("/"))] + typing("zercher") + [.key(.enter)])
        #expect(shown[shown.count - 1].lines[6] == " › Zercher Squat               strength -  -  -  -  imp barbell")
    }
}
