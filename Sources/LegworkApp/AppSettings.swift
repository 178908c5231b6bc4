import LegworkKit

/// What every command is given before the store opens: where the data lives, how fast the clocks run,
/// whether colours may be used. The executable fills it from the command line and the environment.
package struct AppSettings: Sendable {
    package var dataDir: String?
    /// Every clock runs this many times faster (`--speed`).
    package var speed: Double
    package var colorsAllowed: Bool
    /// The runner's calendar date: the real one at the program's edge, a chosen one in tests and the
    /// runner simulator. Everything below reads the day from here, never from a clock of its own.
    package var today: @Sendable () -> CalendarDate

    package init(dataDir: String? = nil, speed: Double = 1, colorsAllowed: Bool = true,
                 today: @escaping @Sendable () -> CalendarDate = { LocalCalendar.today() }) {
        self.dataDir = dataDir; self.speed = speed; self.colorsAllowed = colorsAllowed; self.today = today
    }
}

/// A runtime error: printed as "legwork: MESSAGE" on standard error, exit status 1.
package struct Failure: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}

/// A wrong value found only once the store is read (`--week 30` of a 12-week plan): exit status 2 with
/// the usage, like the parser's own errors.
package struct UsageError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}

/// The program ends with this status and nothing more to print (a signal: 128 + its number).
package struct ExitStatus: Error {
    package var code: Int32
    package init(_ code: Int32) { self.code = code }
}
