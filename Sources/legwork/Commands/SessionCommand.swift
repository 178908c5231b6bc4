import ArgumentParser
import Foundation
import LegworkKit
import LegworkTUI

/// `legwork session [today | ID]`: the guided strength session.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Guided strength session: today's, or one exercise card.",
        discussion: """
        Every completed step is saved. When a session was interrupted (a kill, a crash, a closed \
        terminal), the next `legwork session` or `legwork stretch` offers to resume it (--plain resumes \
        it and says so; --fresh discards it).

        --plain prints one line per event, "[MM:SS.t] text", the time since the start on the --speed \
        clock, and reads the log entry after each exercise as one line from standard input:
          \(PlainLogLine.help).
        At the end of input every entry is the planned one, so `legwork --speed 50 session today \
        --plain </dev/null` runs a whole session unattended. Pain of 7/10 or more or a warning sign \
        stops the session with the safety message; the exit status is still 0 (the session ended as it \
        should). Ctrl-C or SIGTERM saves and exits 130 or 143.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("today (the default), or an exercise card id for a one-exercise session.", valueName: "today|ID"))
    var which: String = "today"

    @Flag(name: .long, help: "Print a line per event instead of drawing screens; read log entries from standard input.")
    var plain = false

    @Flag(name: .long, help: "Discard an interrupted session instead of resuming it.")
    var fresh = false

    @Flag(name: .long, help: "Speak the cues through espeak-ng (when installed).")
    var voice = false

    @Option(name: .long, help: ArgumentHelp("Start at the first rest (for benchmarks): rest.", valueName: "rest"))
    var startAt: StartPoint?

    @Flag(name: .long, help: "Leave the program when the session ends instead of showing the summary (for benchmarks).")
    var exitAtEnd = false

    enum StartPoint: String, ExpressibleByArgument { case rest }

    func run() throws {
        let context = try AppContext.open(global)
        let launch = try SessionLaunch(context: context, fresh: fresh, starting: true)
        if plain {
            try launch.runPlain(voice: voice, startAtRest: startAt == .rest) {
                (SessionEngine(plan: try Self.plan(which, context: context)), [])
            }
        } else {
            try SessionScreens.run(launch: launch, voice: voice, exitAtEnd: exitAtEnd, startAtRest: startAt == .rest) {
                SessionEngine(plan: try Self.plan(which, context: context))
            }
        }
    }

    /// "today" or one card, at the runner's level and with their equipment.
    static func plan(_ which: String, context: AppContext) throws -> SessionPlan {
        let profile = try context.profile()
        do {
            if which.lowercased() == "today" {
                // The personal plan's session when there is one today; else the foundation five.
                if let planned = context.plannedSessionToday() { return planned }
                return try TodaySession.plan(catalog: context.catalog, profile: profile, level: context.level(), date: LocalCalendar.today())
            }
            return try TodaySession.single(cardID: which, catalog: context.catalog, profile: profile, level: context.level())
        } catch {
            throw Failure(error.description)
        }
    }
}
