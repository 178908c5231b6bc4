import ArgumentParser
import LegworkApp

/// `legwork plan [--week N] [--json | --markdown | --ics]`: the personal plan on screen, or exported.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Your personal plan, with the why of each choice.",
        discussion: """
        Without a format flag, opens the plan screen. --plain prints the plan as sentences (for pipes and \
        screen readers), --markdown prints a printable document, --json the \
        plan as data (see docs/plan-json.md), --ics an iCalendar file with one event per session \
        (e.g. `legwork plan --ics > legwork.ics`). --week N shows week N (exports: only week N).
        """
    )

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp("Show week N of the plan.", valueName: "N")) var week: Int?
    @Flag(name: .long, help: "Print the plan as JSON.") var json = false
    @Flag(name: .long, help: "Print the plan as Markdown.") var markdown = false
    @Flag(name: .long, help: "Print the plan as an iCalendar (.ics) file.") var ics = false
    @Flag(name: .long, help: "Print the plan as plain sentences (for pipes and screen readers).") var plain = false

    func validate() throws {
        if [json, markdown, ics, plain].filter({ $0 }).count > 1 { throw ValidationError("choose one of --json, --markdown, --ics, --plain") }
        if let week, week < 1 { throw ValidationError("--week must be 1 or more (got \(week))") }
    }

    func run() throws {
        let format: PlanAction.Format = json ? .json : markdown ? .markdown : ics ? .ics : plain ? .plain : .screen
        try app { try PlanAction.run(format, week: week, settings: global.settings) }
    }
}
