import LegworkKit
import Testing
@testable import LegworkTUI

/// A terminal without Unicode (`LANG=C`) shows what `Canvas.asciiFallback` makes of a frame; the test
/// terminal records the same, so these frames are what a runner on such a terminal reads.
@Suite struct AsciiFallbackTests {
    /// Every character the runner draws has an ASCII stand-in: no "?" where the screen meant a symbol
    /// (the footer's "rest ±15" once showed as "rest ?15").
    @Test(arguments: ["reps", "rest", "switchSides", "hold"])
    func theRunnerHasNoUnknownCharactersInASCII(scene: String) throws {
        let (screen, t) = try #require(RunnerScenes.all.first { $0.0 == scene }.map { ($0.1, $0.2) })
        for size in RunnerScenes.sizes {
            let terminal = TestTerminal(size: size, capabilities: .init(colors: true, unicode: false))
            terminal.present(runnerFrame(screen, at: sec(t), size: size, unicode: false))
            let frame = try #require(terminal.lastFrame)
            let ascii = frame.text.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "\(scene) at \(size)")
            // The header's "? help" is the one question mark the runner draws.
            let unknown = frame.lines.dropFirst().filter { $0.contains("?") }
            #expect(unknown.isEmpty, "\(scene) at \(size): \(unknown)")
        }
    }

    @Test func theRestKeysReadPlusOrMinus() throws {
        var (screen, t) = RunnerScenes.rest
        // The app ticks at every step's end: the runner's keys are those of the rest.
        _ = screen.handle(.tick, at: sec(t))
        let terminal = TestTerminal(capabilities: .init(colors: true, unicode: false))
        terminal.present(runnerFrame(screen, at: sec(t), unicode: false))
        let footer = try #require(terminal.lastFrame?.lines.last)
        #expect(footer.contains("rest +/-15"), "\(footer)")
    }

    /// A mapping longer than its character runs on over what follows, as on the terminal, and is cut at
    /// the right edge.
    @Test func aLongerMappingRunsOnAndIsCutAtTheEdge() {
        var canvas = Canvas(size: Size(width: 8, height: 1))
        canvas.write("a½b", x: 0, y: 0)
        canvas.write("…", x: 7, y: 0, style: .hint)
        let shown = canvas.asciiFallback()
        #expect(shown.lines[0] == "a1/2b  .")
    }
}
