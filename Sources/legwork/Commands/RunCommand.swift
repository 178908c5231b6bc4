import ArgumentParser
import LegworkApp

/// `legwork run 8km easy`, `legwork run --list`, `--edit ID`, `--delete ID`: the runs that happened.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Log a run in one line (legwork run 8km easy), or list, change and delete runs.",
        discussion: """
        DISTANCE in km or miles: 8km, 21.1km, 5mi, 800m; a number alone is in your unit (km, or miles with \
        profile units=lb, which also lists the runs in miles). KIND: easy, long, workout, race or other. \
        Examples: legwork run 21.1km long --time 1:58:00 --date 2026-11-29; legwork run 5mi workout --pain 3. \
        --edit ID changes the values given (legwork run --edit 4 10km long); --list shows every run with its id, \
        the weekly distance and the load warnings. Pain above 5/10 makes the next strength session easier, as at the check-in.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("How far: 8km, 21.1km, 5mi (a number alone: your unit).", valueName: "DISTANCE")) var distance: String?
    @Argument(help: ArgumentHelp("easy, long, workout, race or other (default easy).", valueName: "KIND")) var kind: String?
    @Option(help: ArgumentHelp("How long it took: 1:58:00, 45:10, or minutes.", valueName: "TIME")) var time: String?
    @Option(help: ArgumentHelp("The day it was run (default today).", valueName: "YYYY-MM-DD")) var date: String?
    @Option(help: ArgumentHelp("Pain during or after it, 0–10.", valueName: "N")) var pain: Int?
    @Flag(help: "List the runs, newest first, with the weekly distance and any load warning.") var list = false
    @Option(help: ArgumentHelp("Change run ID: give the values to change.", valueName: "ID")) var edit: Int64?
    @Option(help: ArgumentHelp("Delete run ID.", valueName: "ID")) var delete: Int64?
    @Option(help: ArgumentHelp("A bell on every step at this step rate, for a run on a treadmill or with headphones.", valueName: "SPM"))
    var metronome: Int?
    @Option(help: ArgumentHelp("With --metronome: how long (default 60).", valueName: "MINUTES")) var minutes: Double?

    func validate() throws {
        let modes = [list, edit != nil, delete != nil, metronome != nil].filter { $0 }.count
        if modes > 1 { throw ValidationError("choose one of --list, --edit ID, --delete ID and --metronome SPM") }
        let values = distance != nil || kind != nil || time != nil || date != nil || pain != nil
        if (list || delete != nil || metronome != nil) && values { throw ValidationError("--list, --delete and --metronome take no run values") }
        if minutes != nil && metronome == nil { throw ValidationError("--minutes goes with --metronome SPM") }
        if modes == 0 && distance == nil { throw ValidationError("give the distance and the kind, like: legwork run 8km easy") }
        if edit != nil && !values { throw ValidationError("give the values to change, like: legwork run --edit 4 10km long") }
    }

    func run() throws {
        try app {
            let entry = RunAction.Entry(distance: distance, kind: kind, time: time, date: date, pain: pain)
            try RunAction.run(entry, list: list, edit: edit, delete: delete, metronome: metronome, minutes: minutes, settings: global.settings)
        }
    }
}
