import LegworkKit
import Testing
@testable import LegworkTUI

/// The history screen as the runner sees it, with an empty log and with ten generated years.
@Suite struct HistoryScreenTests {
    func frames(_ data: HistoryData, keys: [Key] = [], size: Size = Size(width: 80, height: 24), unicode: Bool = true) throws -> [Canvas] {
        let screen = HistoryScreen(data: data, names: HistoryFixtures.names, today: HistoryFixtures.today)
        return try drive(keys.map { .key($0) } + [.key(.character("q"))], size: size, unicode: unicode, root: screen).0.frames
    }

    @Test func anEmptyLogSaysHowToFillIt() throws {
        #expect(try frames(HistoryData())[0].lines == [
            " Legwork · History                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "    A Sep  Oct Nov Dec  Jan Feb M",
            "  M ······························   Streak     0 weeks",
            "    ······························   This week  0 sessions · 0 sets · 0 min",
            "  W ······························   Sets/week  ▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁",
            "    ·····························    Min/week   ▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁",
            "  F ·····························               most 0 sets in a week",
            "    ·····························",
            "  S ·····························    █ strength  ▒ stretch  ▓ both",
            "",
            "  Nothing logged yet. Finish a strength session or a stretch routine and",
            "  it shows up here.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " ↑↓ j k choose an exercise  ·  w weeks, progress  ·  Esc back  ·  q quit",
        ])
    }

    @Test func tenYearsOfSessions() throws {
        #expect(try frames(HistoryFixtures.years(10))[0].lines == [
            " Legwork · History                                                       ? help",
            "────────────────────────────────────────────────────────────────────────────────",
            "    A Sep  Oct Nov Dec  Jan Feb M",
            "  M ██████·████████████·██████████   Streak     10 weeks",
            "    ······························   This week  1 session · 9 sets · 30 min",
            "  W ······························   Sets/week  ██████▁████████████▁█████████▅",
            "    ██████·████████████·█████████    Min/week   ▇█▇▇█▇▁█▇▇█▇▇█▇▇█▇▇▁▇▇█▇▇█▇▇█▃",
            "  F ·····························               most 18 sets in a week",
            "    ▒▒▒▒▒▒·▒▒▒▒▒▒▒▒▒▒▒▒·▒▒▒▒▒▒▒▒▒",
            "  S ·····························    █ strength  ▒ stretch  ▓ both",
            "",
            "  Exercises (3)              Single-leg calf raise · reps per session",
            "  › Single-leg calf raise        17┤",
            "    Side plank                     ┤",
            "    Split squat                    ┤ ⣄ ⡀   ⢠⢄ ⡀ ⢠⡀ ⣷   ⢠⡀ ⡀ ⣦ ⢀  ⣄ ⢀    ⣄   ⢰⡄",
            "                                   ┤⢰⢹⡀⡟⣴⠊⡆⡜⢸⡸⠘⣄⠎⢣⡸⢸⡖⠉⣆⡸⡇⡏⢸⡰⠉⣆⠇⢣⡔⢹⣀⠇⣿⠊⢢⢄⢿⡸⠑⣄⠎⢣",
            "                                   ┤⢸⠈⠈ ⠁ ⠈ ⠸⠃ ⠋ ⠈ ⠈    ⠈ ⠈  ⠟ ⠸⠃   ⠁   ⠘⠁ ⠁ ⠘",
            "                                   ┤⠜",
            "                                 10┤",
            "                                    2015-03-09                      2025-03-10",
            "                             Pain   ▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁ last 0/10",
            "                             965 sessions, last on 2025-03-10",
            "",
            " ↑↓ j k choose an exercise  ·  w weeks, progress  ·  Esc back  ·  q quit",
        ])
    }

    @Test func withoutUnicodeEverythingIsAscii() throws {
        let lines = try frames(HistoryFixtures.years(10), unicode: false)[0].lines
        #expect(lines == [
            " Legwork - History                                                       ? help",
            "--------------------------------------------------------------------------------",
            "    A Sep  Oct Nov Dec  Jan Feb M",
            "  M ######.############.##########   Streak     10 weeks",
            "    ..............................   This week  1 session - 9 sets - 30 min",
            "  W ..............................   Sets/week  ######.############.#########|",
            "    ######.############.#########    Min/week   ######.############.#########:",
            "  F .............................               most 18 sets in a week",
            "    ++++++.++++++++++++.+++++++++",
            "  S .............................    # strength  + stretch  @ both",
            "",
            "  Exercises (3)              Single-leg calf raise - reps per session",
            "  > Single-leg calf raise        17|",
            "    Side plank                     |",
            "    Split squat                    |       *                *    *    *",
            "                                   | ** *** **************** |*** |*** |******",
            "                                   |*  *                     *    *    *",
            "                                   |",
            "                                 10|",
            "                                    2015-03-09                      2025-03-10",
            "                             Pain   .............................. last 0/10",
            "                             965 sessions, last on 2025-03-10",
            "",
            " ^v j k choose an exercise  -  w weeks, progress  -  Esc back  -  q quit",
        ])
        // The whole frame, footer included, as the terminal shows it.
        #expect(lines.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
    }

    @Test func aLargerTerminalShowsMoreWeeksAndAWiderChart() throws {
        let lines = try frames(HistoryFixtures.years(10), size: Size(width: 120, height: 32))[0].lines
        #expect(lines[2] == "    M Apr  May Jun Jul  Aug Sep  Oct Nov Dec  Jan Feb M")
        #expect(lines[3] == "  M ██·████████████·████████████·████████████·██████████   Streak     10 weeks")
        #expect(lines[11] == "  Exercises (3)               Single-leg calf raise · reps per session")
        #expect(lines[27] == "                                     2015-03-09                                                             2025-03-10")
        #expect(lines[29] == "                              965 sessions, last on 2025-03-10")
    }

    @Test func choosingAnExerciseChangesTheChart() throws {
        let shown = try frames(HistoryFixtures.years(10), keys: [.down, .character("j"), .character("k")])
        #expect(shown.map { $0.lines[11] } == [
            "  Exercises (3)              Single-leg calf raise · reps per session",
            "  Exercises (3)              Side plank · seconds per session",
            "  Exercises (3)              Split squat · load kg per session",
            "  Exercises (3)              Side plank · seconds per session",
        ])
        let squat = shown[2].lines
        #expect(squat[12].hasPrefix("  › Split squat") == false)
        #expect(squat[14].hasPrefix("  › Split squat"))
        #expect(squat[20].hasPrefix("                             Reps   "))
        #expect(squat[21].contains("Pain") && squat[21].hasSuffix("last 0/10"))
    }

    @Test func escapeGoesBack() throws {
        let screen = HistoryScreen(data: HistoryFixtures.years(1), names: [:], today: HistoryFixtures.today)
        let (terminal, status, _) = try drive([.key(.escape)], root: screen)
        #expect(status == 0)
        #expect(terminal.frames.count == 1)
    }

    @Test func chartsAndSparklinesScale() {
        #expect(Sparkline.text([0, 5, 10, nil], levels: Glyphs.unicode.levels) == "▁▅█ ")
        #expect(Sparkline.text([2], levels: Glyphs.unicode.levels, scale: 0...10) == "▂")
        #expect(Sparkline.resample([1, 9, 3, 3, nil, nil], to: 3, by: .max) == [9, 3, nil])
        #expect(Sparkline.resample([1, 9, 3, 3], to: 2, by: .mean) == [5, 3])
        var canvas = Canvas(size: Size(width: 12, height: 2))
        #expect(Chart.render([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], into: &canvas, area: canvas.bounds, unicode: false))
        #expect(canvas.lines == ["    10|  ***", "     1|**"])
        #expect(!Chart.render([nil], into: &canvas, area: canvas.bounds, unicode: true))
    }
}
