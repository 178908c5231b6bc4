import ArgumentParser
import LegworkApp

/// `legwork check [--plain | --json]`: the runner's strength check (DOMAIN.md §5).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "The runner's strength check: measure, then plan.",
        discussion: """
        About 15 minutes of tests done alone at home, each side separately: single-leg heel raises and \
        hamstring bridges to fatigue (a bell paces 1 s up, 1 s down; Enter stops), the side plank hold (a \
        big clock; Enter stops), the single-leg squat check, the knee-to-wall lunge, 10 single-leg hops and \
        30 minutes of pain-free running. --plain asks one line at a time, from the terminal or standard \
        input; `skip` leaves a test out. Today's warning \
        signs and pain decide which tests may run. The results are saved, read against the norms for \
        your age and sex (profile keys age and sex) and used by the plan. --json prints every check with \
        its verdicts.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Ask one line at a time instead of the guided screen (answers may come from standard input).")
    var plain = false

    @Flag(name: .long, help: "Print every check with its norms and verdicts as JSON.")
    var json = false

    @Flag(name: .long, help: "Speak the pace (up, down) with the metronome's bell through espeak-ng (when installed).")
    var voice = false

    func validate() throws {
        if plain && json { throw ValidationError("choose --plain or --json, not both") }
    }

    func run() throws {
        try app { try CheckAction.run(json: json, plain: plain, voice: voice, settings: global.settings) }
    }
}
