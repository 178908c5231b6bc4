import ArgumentParser
import LegworkApp
import LegworkKit

/// `legwork plan [--week N] [--json | --markdown | --ics [--remind HH:MM]] [-o FILE]`: the personal plan on screen, or exported.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Your personal plan, with the why of each choice.",
        discussion: """
        Without a format flag, opens the plan screen. --plain prints the plan as sentences (for pipes and \
        screen readers), --markdown prints a printable document, --json the \
        plan as data (see docs/plan-json.md), --ics an iCalendar file with one event per session \
        (e.g. `legwork plan --ics -o legwork.ics`). --week N shows week N (exports: only week N). \
        Each --ics export remembers what it sent: an event whose session changed gets a higher SEQUENCE and \
        a new LAST-MODIFIED, and a session gone from the plan is sent as cancelled, so importing the new \
        file updates the calendar. --remind HH:MM adds a reminder at that time on each session's day. \
        -o FILE writes to FILE instead of standard output (not over an existing FILE without --force).
        """
    )

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp("Show week N of the plan.", valueName: "N")) var week: Int?
    @Flag(name: .long, help: "Print the plan as JSON.") var json = false
    @Flag(name: .long, help: "Print the plan as Markdown.") var markdown = false
    @Flag(name: .long, help: "Print the plan as an iCalendar (.ics) file.") var ics = false
    @Flag(name: .long, help: "Print the plan as plain sentences (for pipes and screen readers).") var plain = false
    @Option(name: .long, help: ArgumentHelp("With --ics: a reminder at HH:MM on each session's day.", valueName: "HH:MM")) var remind: String?
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the export to FILE instead of standard output.", valueName: "FILE"), completion: .file())
    var output: String?
    @Flag(name: .long, help: "With -o: overwrite FILE when it exists.") var force = false

    func validate() throws {
        if [json, markdown, ics, plain].filter({ $0 }).count > 1 { throw ValidationError("choose one of --json, --markdown, --ics, --plain") }
        if let week, week < 1 { throw ValidationError("--week must be 1 or more (got \(week))") }
        if let remind {
            if !ics { throw ValidationError("--remind goes with --ics (legwork plan --ics --remind \(remind))") }
            if CalendarReminder(remind) == nil { throw ValidationError("--remind takes a time of day as HH:MM, e.g. 18:00 (got \"\(remind)\")") }
        }
        if output != nil && !(json || markdown || ics || plain) { throw ValidationError("-o writes an export: add --json, --markdown, --ics or --plain") }
        if output?.isEmpty == true { throw ValidationError("-o needs a file name") }
    }

    func run() throws {
        let format: PlanAction.Format = json ? .json : markdown ? .markdown : ics ? .ics : plain ? .plain : .screen
        try app {
            try PlanAction.run(format, week: week, remind: remind.flatMap(CalendarReminder.init), output: OutputFile(path: output, force: force),
                               settings: global.settings)
        }
    }
}
