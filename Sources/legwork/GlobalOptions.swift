import ArgumentParser
import Foundation
import LegworkApp

/// Options every command takes, before or after the command name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Keep Legwork's data in DIR instead of $XDG_DATA_HOME/legwork.", valueName: "DIR"), completion: .directory)
    var dataDir: String?

    // Unconditional: "--speed -1" is a wrong number (said by `validate`), not a missing value.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Run every clock X times faster (preview a routine).", valueName: "X"))
    var speed: Double = 1

    @Flag(name: .long, help: "No colours (NO_COLOR in the environment does the same).")
    var noColor = false

    /// From a hundred times slower to a thousand times faster: below that the clock would, for a
    /// person, never move (1e-300 once froze a session), above it a step ends before it is drawn.
    static let speedRange: ClosedRange<Double> = 0.01...1000

    func validate() throws {
        guard Self.speedRange.contains(speed) else {
            throw ValidationError("--speed must be a number from 0.01 to 1000 (got \(speed))")
        }
    }

    /// Colours are off when --no-color is given or NO_COLOR is set to anything non-empty (no-color.org).
    var settings: AppSettings {
        let noColorEnvironment = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        return AppSettings(dataDir: dataDir, speed: speed, colorsAllowed: !noColor && !noColorEnvironment)
    }
}

/// Runs a command's work in the application: a wrong value found late is a usage error (exit 2 with the
/// command's usage), and an exit status (a signal) ends the program with that status.
func app(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let usage as UsageError {
        throw ValidationError(usage.description)
    } catch let status as ExitStatus {
        throw ExitCode(status.code)
    }
}

enum LegworkVersion {
    static let current = "0.1.0"
}
