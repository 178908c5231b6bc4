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

    @Option(name: .long, help: ArgumentHelp("Start at the first rest (for benchmarks): rest.", valueName: "rest"))
    var startAt: StartPoint?

    @Flag(name: .long, help: "Leave the program when the session ends instead of showing the summary (for benchmarks).")
    var exitAtEnd = false

    enum StartPoint: String, ExpressibleByArgument { case rest }

    func run() throws {
        let context = try AppContext.open(global)
        let launch = try SessionLaunch(context: context, fresh: fresh, kinds: [.strength], starting: true)
        let request = Self.request(which)
        if plain {
            try Self.runPlain(request, launch: launch, voice: voice, startAtRest: startAt == .rest)
        } else {
            try SessionScreens.run(request, launch: launch, voice: voice, exitAtEnd: exitAtEnd, startAtRest: startAt == .rest)
        }
    }

    /// "today", "next" or a card id.
    static func request(_ which: String) -> StrengthRequest {
        switch which.lowercased() {
        case "today": .today
        case "next": .next
        default: .card(which)
        }
    }

    /// `--plain`: the interrupted session (when the gate lets it resume), else the check-in, the gate and
    /// the session; on a day without one, what today is.
    static func runPlain(_ request: StrengthRequest, launch: SessionLaunch, voice: Bool, startAtRest: Bool) throws {
        let context = launch.context
        if let pending = launch.pending {
            let check = try StrengthDoor.resumable(pending.snapshot.plan, context: context)
            guard check.ok else {
                for line in ["The interrupted session \"\(pending.snapshot.plan.title)\" cannot resume today."] + check.lines { PlainOutput.write(line) }
                throw Failure("the interrupted session stays saved; `legwork session --fresh` closes it and starts today's session anew")
            }
            try launch.runPlain(voice: voice, startAtRest: startAtRest) { throw Failure("unreachable: a pending session resumes") }
            return
        }
        let input = PlainInput()
        var outcome = try StrengthDoor.resolve(request, context: context, checkIn: nil)
        if case .run = outcome, !startAtRest {
            let checkIn = try PlainCheckIn.ask(try context.checkInDefaults(today: LocalCalendar.today()), input: input, write: PlainOutput.write)
            try context.recordCheckIn(checkIn)
            outcome = try StrengthDoor.resolve(request, context: context, checkIn: checkIn)
        }
        switch outcome {
        case let .run(plan, preface):
            try launch.runPlain(voice: voice, startAtRest: startAtRest, input: input) { (SessionEngine(plan: plan), preface) }
        case let .refused(headline, lines, offersStretch, _):
            for line in [headline] + lines { PlainOutput.write(line) }
            if offersStretch { PlainOutput.write("A stretch is fine today: legwork stretch --plain") }
            throw Failure("no strength session today (\(headline.prefix { $0 != ":" && $0 != "." }.lowercased()))")
        case let .outlook(outlook):
            for line in [outlook.headline] + outlook.details { PlainOutput.write(line) }
            if outlook.offersStretch { PlainOutput.write("To stretch: legwork stretch --plain") }
            if outlook.offersSessionAnyway, let warning = outlook.warning {
                PlainOutput.write("To do your next session today anyway: legwork session next --plain (\(warning))")
            }
        }
    }
}
