import LegworkKit
import Testing
@testable import LegworkTUI

/// The card screen drawn through the real App, and its plain-text twin.
@Suite struct CardScreenTests {
    let stepUp = CardScreen(card: shippedCatalog.card(id: "step_up")!, catalog: shippedCatalog, level: .intermediate)

    @Test func cardAtEightyByTwentyFour() throws {
        expectScreen(try frames(of: stepUp, [])[0], [
            " Legwork · Controlled step-up                                            ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "  Controlled step-up",
            "  strength · one leg at a time; also called step up, step-up, box step-up",
            "",
            "         o              o            Qualities",
            "        /|\\            /|\\           ███ Single-leg focus 3/3",
            "         |              |            ██░ Joint control 2/3",
            "        /|       ↔     / \\_          ██░ Load tolerance 2/3",
            "       | |            /    |         ███ Carryover to running 3/3",
            "  _____[_|___]_     _/___[_|___]_    Helps with: Runner's knee, IT band",
            "                                     syndrome",
            "",
            "  Muscles    glute max, quads; also glute med",
            "  Equipment  step or box (or the bottom stair, or a low sturdy bench: start at",
            "             mid-shin height); optional: dumbbells (or a kettlebell or a",
            "             loaded backpack)",
            "  Dose         beginner      2 × 8 per side · rest 60 s · body weight",
            "             › intermediate  3 × 8 per side · rest 60 s · dumbbells in hand",
            "               advanced      4 × 6 per side · rest 90 s · heavier dumbbells;",
            "                             add load to progress",
            "  Tempo      3-0-1: 3 s down, 0 s pause, 1 s up",
            "                                                         line 20 of 47, more ↓",
            " ↑↓ j k scroll  ·  r easier  ·  Esc back  ·  q quit",
        ])
    }

    @Test func cardAtOneHundredTwentyByForty() throws {
        expectScreen(try frames(of: stepUp, [], size: Size(width: 120, height: 40))[0], [
            " Legwork · Controlled step-up                                                                                    ? help",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "  Controlled step-up",
            "  strength · one leg at a time; also called step up, step-up, box step-up",
            "",
            "         o              o            Qualities",
            "        /|\\            /|\\           ███ Single-leg focus 3/3",
            "         |              |            ██░ Joint control 2/3",
            "        /|       ↔     / \\_          ██░ Load tolerance 2/3",
            "       | |            /    |         ███ Carryover to running 3/3",
            "  _____[_|___]_     _/___[_|___]_    Helps with: Runner's knee, IT band syndrome",
            "",
            "  Muscles    glute max, quads; also glute med",
            "  Equipment  step or box (or the bottom stair, or a low sturdy bench: start at mid-shin height);",
            "             optional: dumbbells (or a kettlebell or a loaded backpack)",
            "  Dose         beginner      2 × 8 per side · rest 60 s · body weight",
            "             › intermediate  3 × 8 per side · rest 60 s · dumbbells in hand",
            "               advanced      4 × 6 per side · rest 90 s · heavier dumbbells; add load to progress",
            "  Tempo      3-0-1: 3 s down, 0 s pause, 1 s up",
            "  Easier     Split squat [r]",
            "  Harder     none",
            "",
            "  Steps",
            "    1. Face a step, knee height or lower, and place one whole foot on it.",
            "    2. Lean slightly forward so your weight is over the top foot.",
            "    3. Drive through the top foot to stand tall on the step, pelvis level.",
            "    4. Let the bottom foot follow without pushing off it.",
            "    5. Lower over three seconds and touch the bottom foot down softly.",
            "    6. Do all reps on one leg, then switch.",
            "",
            "  Cues",
            "    • Drive through the top foot",
            "    • Keep the pelvis level",
            "    • Lower slowly: count three",
            "",
            "  Common mistakes",
            "    • Pushing off the bottom leg",
            "    • Knee caves inward on the way up",
            "                                                                                                 line 36 of 44, more ↓",
            " ↑↓ j k scroll  ·  r easier  ·  Esc back  ·  q quit",
        ])
    }

    @Test func scrollsToTheEnd() throws {
        expectScreen(try frames(of: stepUp, [.key(.character("G"))]).last!, [
            " Legwork · Controlled step-up                                            ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "    4. Let the bottom foot follow without pushing off it.",
            "    5. Lower over three seconds and touch the bottom foot down softly.",
            "    6. Do all reps on one leg, then switch.",
            "",
            "  Cues",
            "    • Drive through the top foot",
            "    • Keep the pelvis level",
            "    • Lower slowly: count three",
            "",
            "  Common mistakes",
            "    • Pushing off the bottom leg",
            "    • Knee caves inward on the way up",
            "    • Dropping down fast",
            "",
            "  Take it into your run",
            "    Drive the ground away under your hips and stay tall as you push off.",
            "",
            "  Safety",
            "    • Use a lower step if the knee hurts or you cannot control the lowering.",
            "    • Hold a wall or rail for balance if needed.",
            "                                                                           end",
            " ↑↓ j k scroll  ·  r easier  ·  Esc back  ·  q quit",
        ])
    }

    @Test func scrollingStopsAtBothEnds() throws {
        let shown = try frames(of: stepUp, [.key(.up), .key(.character("j")), .key(.pageDown), .key(.pageDown), .key(.pageDown), .key(.character("k"))])
        #expect(shown[1].lines[2] == "  Controlled step-up")                 // up at the top: nothing moves
        #expect(shown[2].lines[2].hasPrefix("  strength · one leg"))          // j: one line
        #expect(shown[5].lines[22].hasSuffix("end"))                          // pages stop at the end
        #expect(shown[6].lines[22].hasSuffix("more ↓"))                       // and k comes back at once
    }

    @Test func regressionAndBack() throws {
        let shown = try frames(of: stepUp, [.key(.character("r")), .key(.character("p")), .key(.escape), .key(.backspace)])
        #expect(shown[1].lines[0].hasPrefix(" Legwork · Split squat"))
        #expect(shown[2].lines[0].hasPrefix(" Legwork · Bulgarian split squat"))   // split squat's progression
        #expect(shown[3].lines[0].hasPrefix(" Legwork · Split squat"))
        #expect(shown[4].lines[0].hasPrefix(" Legwork · Controlled step-up"))
    }

    @Test func noProgressionSaysSo() throws {
        let (terminal, _, _) = try drive([.key(.character("p")), .key(.character("q"))], root: stepUp)
        #expect(terminal.frames[1].lines[23] == " Controlled step-up has no harder version in the catalog")
        #expect(terminal.bells == 1)
    }

    @Test(arguments: shippedCatalog.cards.map(\.id))
    func everyCardFitsEightyColumnsAndWrapsByWords(id: String) throws {
        let card = try #require(shippedCatalog.card(id: id))
        let screen = CardScreen(card: card, catalog: shippedCatalog, level: .beginner)
        let lines = screen.document(width: screen.textWidth(80))
        #expect(lines.allSatisfy { $0.width <= 76 })
        // Every word of the steps appears whole on some line.
        let text = lines.map(\.text).joined(separator: "\n")
        for word in card.steps.joined(separator: " ").split(separator: " ") {
            #expect(text.contains(word), "\(word) was cut")
        }
    }

    @Test func plainTextHasNoBarsAndMarksTheLevel() throws {
        let text = CardText.plain(shippedCatalog.card(id: "step_up")!, level: .intermediate, catalog: shippedCatalog)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Controlled step-up")
        #expect(lines.contains("Dose       beginner: 2 × 8 per side, rest 60 s, body weight"))
        #expect(lines.contains("           intermediate (your level): 3 × 8 per side, rest 60 s, dumbbells in"))
        #expect(lines.contains("Easier     Split squat (split_squat)"))
        #expect(lines.contains("  - Drive through the top foot"))
        #expect(text.contains("Single-leg focus: 3 of 3"))
        #expect(!text.contains("█") && !text.contains("\u{1B}"))
        let figureLines = shippedCatalog.card(id: "step_up")!.figure.flatMap { $0 }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 3 }
        #expect(!figureLines.isEmpty && figureLines.allSatisfy { !text.contains($0) }, "no ASCII figure in plain text")
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    /// The browser's preview shows the neighbours by name only: r and p do nothing in the list.
    @Test func thePreviewNamesTheNeighboursWithoutTheCardScreensKeys() throws {
        let card = try #require(shippedCatalog.card(id: "step_up"))
        let text = { (mode: CardDocument.Mode) in
            CardDocument(card: card, level: nil, catalog: shippedCatalog, mode: mode).lines(width: 60).map(\.text)
        }
        #expect(text(.screen(.unicode)).contains("Easier     Split squat [r]"))
        #expect(text(.preview(.unicode)).contains("Easier     Split squat"))
        #expect(!text(.preview(.unicode)).joined().contains("[r]"))
    }

    @Test func figuresStackWhenTooNarrow() {
        let figure = FigureView(frames: [["ab", "cd"], ["ef", "gh"]])
        #expect(figure.lines(width: 20, glyphs: .unicode) == ["ab     ef", "cd  ↔  gh"])
        #expect(figure.lines(width: 20, glyphs: .ascii) == ["ab     ef", "cd  <->gh"])
        #expect(figure.lines(width: 5, glyphs: .ascii) == ["ab", "cd", "^v", "ef", "gh"])
    }

    /// A card shows the two key positions; the frames between them are the runner's to play.
    @Test func aFigureWithFramesInBetweenShowsItsTopAndLoweredPositions() {
        let figure = FigureView(frames: [["ab", "cd"], ["ij", "kl"], ["ef", "gh"]])
        #expect(figure.frames == [["ab", "cd"], ["ef", "gh"]])
        #expect(figure.lines(width: 20, glyphs: .unicode) == ["ab     ef", "cd  ↔  gh"])
    }

    @Test func qualityBars() {
        #expect(QualityBars.compact([.singleLeg: 3, .jointControl: 2, .loadTolerance: 1, .carryover: 0], glyphs: .unicode) == "██ ▅▅ ▃▃ ▁▁")
        #expect(QualityBars.compact(nil, glyphs: .ascii) == "-  -  -  - ")
        #expect(QualityBars.bar(2, glyphs: .ascii) == "##.")
    }
}
