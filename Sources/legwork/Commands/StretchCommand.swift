import ArgumentParser
import LegworkApp
import LegworkKit

/// `legwork stretch`: the follow-along stretch routine.
struct StretchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stretch",
        abstract: "Follow-along stretch routine of an exact length.",
        discussion: """
        The routine's stretches, their holds and why it differs from the default routine are shown \
        before it starts. Injuries in your profile shift the focus: plantar fasciitis puts the foot and \
        calf stretches first, Achilles tendinopathy and shin splints the calf and soleus stretches (with \
        60 s per side on the calves), IT band syndrome the crossover and more time on glutes and hips; \
        knee pain drops the deep kneeling stretches while it hurts. --plain prints one line per \
        event, "[MM:SS.t] text", on the --speed clock. A finished or stopped routine is written to the \
        training log. An interrupted routine is resumed (--fresh discards it); an interrupted strength \
        session is left for `legwork session`. Warning signs that need urgent care allow no stretching.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Length in minutes: 5, 10, 15, 20 or 30.", valueName: "N"))
    var minutes = 15

    @Option(name: .long, help: ArgumentHelp("Favour an area: calves, hips, hamstrings or back.", valueName: "AREA"))
    var focus: String?

    @Flag(name: .long, help: "Print a line per event instead of drawing screens.")
    var plain = false

    @Flag(name: .long, help: "Discard an interrupted session instead of resuming it.")
    var fresh = false

    @Flag(name: .long, help: "Speak the cues through espeak-ng (when installed).")
    var voice = false

    @Flag(name: .long, help: .hidden)
    var exitAtEnd = false

    func validate() throws {
        guard StretchRoutineBuilder.allowedMinutes.contains(minutes) else {
            throw ValidationError("--minutes must be one of \(StretchRoutineBuilder.allowedMinutes.map(String.init).joined(separator: ", ")) (got \(minutes))")
        }
        if let focus {
            do { _ = try StretchFocus(parsing: focus) } catch {
                throw ValidationError("--focus must be one of \(StretchFocus.allCases.map(\.rawValue).joined(separator: ", ")) (got \"\(focus)\")")
            }
        }
    }

    func run() throws {
        try app {
            try StretchAction.run(minutes: minutes, focus: focus, plain: plain, fresh: fresh, voice: voice, exitAtEnd: exitAtEnd,
                                  settings: global.settings)
        }
    }
}
