import ArgumentParser
import LegworkApp
import LegworkKit

/// `legwork session [today | ID]`: the guided strength session.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Guided strength session: today's, or one exercise card.",
        discussion: """
        Every strength session starts with a short check-in (pain now, any new warning sign, the \
        morning after the last session) and goes through the safety rules: a warning sign or pain can \
        make exercises easier, leave them out, or allow no strength work today. On a day without a \
        planned session, `today` says what the day is and what to do instead.

        Every completed step is saved. When a session was interrupted (a kill, a crash, a closed \
        terminal), the next `legwork session` offers to resume it (--plain resumes it and says so; \
        --fresh discards it).

        --plain prints one line per event, "[MM:SS.t] text", the time since the start on the --speed \
        clock, and reads the log entry after each exercise as one line from standard input:
          \(PlainLogLine.help).
        The check-in is the first line when it holds KEY=VALUE words: \(CheckInLine.help).
        At the end of input every entry is the planned one, so `legwork --speed 50 session today \
        --plain </dev/null` runs a whole session unattended. Pain of 7/10 or more or a warning sign \
        stops the session with the safety message; the exit status is still 0 (the session ended as it \
        should). Ctrl-C or SIGTERM saves and exits 130 or 143.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("today (the default), next (the next planned session, done today), or an exercise card id for a one-exercise session.", valueName: "today|next|ID"))
    var which: String = "today"

    @Flag(name: .long, help: "Print a line per event instead of drawing screens; read log entries from standard input.")
    var plain = false

    @Flag(name: .long, help: "Discard an interrupted session instead of resuming it.")
    var fresh = false

    @Flag(name: .long, help: "Speak the cues through espeak-ng (when installed).")
    var voice = false

    @Option(name: .long, help: .hidden)
    var startAt: StartPoint?

    @Flag(name: .long, help: .hidden)
    var exitAtEnd = false

    enum StartPoint: String, ExpressibleByArgument { case rest }

    func run() throws {
        let bench = SessionAction.Bench(startAtRest: startAt == .rest, exitAtEnd: exitAtEnd)
        try app { try SessionAction.run(which, plain: plain, fresh: fresh, voice: voice, bench: bench, settings: global.settings) }
    }
}
