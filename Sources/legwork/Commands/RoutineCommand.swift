import ArgumentParser
import LegworkApp

/// `legwork routine …`: your own routines and the programme your physical therapist gives you.
struct RoutineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routine",
        abstract: "Your own routines, and a therapist's programme: list, run, import, export, schedule.",
        discussion: """
        A routine is a small JSON file (docs/routine-format.md): a title, exercises by card id or name, each \
        with sets, reps or seconds, and optionally tempo, rest, side, load and a note. Build one on the \
        screens (Home, My routines) or write one and take it in with `legwork routine import FILE`.
        """,
        subcommands: [RoutineListCommand.self, RoutineRunCommand.self, RoutineImportCommand.self, RoutineExportCommand.self,
                      RoutineDeleteCommand.self, RoutineScheduleCommand.self, RoutineUnscheduleCommand.self],
        defaultSubcommand: RoutineListCommand.self
    )
}

struct RoutineListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List your routines, and the one in your plan.")
    @OptionGroup var global: GlobalOptions
    func run() throws { try app { Output.print(try RoutineAction.list(settings: global.settings)) } }
}

struct RoutineRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a routine: a stored one by name, or a routine file.",
        discussion: """
        The same check-in, safety rules and runner as your plan's sessions: a warning sign or pain changes or \
        refuses a routine exactly as it changes your plan. The session is logged; for exercises your plan also \
        uses it counts in their progression.
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The routine's name, or a routine file.", valueName: "NAME|FILE")) var routine: String
    @Flag(name: .long, help: "Print a line per event instead of drawing screens.") var plain = false
    @Flag(name: .long, help: "Discard an interrupted session instead of resuming it.") var fresh = false
    @Flag(name: .long, help: "Speak the cues through espeak-ng (when installed).") var voice = false
    func run() throws {
        try app { try RoutineAction.run(routine, plain: plain, fresh: fresh, voice: voice, settings: global.settings) }
    }
}

struct RoutineImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Keep a routine file (a therapist's programme) under its title.",
        discussion: "Problems are named by line and field; a misspelled exercise gets \"did you mean\". A routine of the same name is not replaced unless --force is given.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The routine file.", valueName: "FILE")) var file: String
    @Flag(help: "Replace a stored routine of the same name.") var force = false
    func run() throws { try app { Output.print(try RoutineAction.importFile(file, overwrite: force, settings: global.settings)) } }
}

struct RoutineExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a stored routine as its file.",
        discussion: "To standard output unless -o FILE is given; an existing FILE is not overwritten unless --force is given.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The routine's name.", valueName: "NAME")) var name: String
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?
    @Flag(help: "Overwrite FILE when it exists.") var force = false
    func run() throws { try app { try RoutineAction.export(name, output: output, force: force, settings: global.settings) } }
}

struct RoutineDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a stored routine.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The routine's name.", valueName: "NAME")) var name: String
    func run() throws { try app { Output.print(try RoutineAction.delete(name, settings: global.settings)) } }
}

struct RoutineScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Put a routine into your plan: `legwork routine schedule \"Knee programme\" --days tue,fri --weeks 6`.",
        discussion: """
        On its days the plan holds the programme, passed through the plan's own rules (warning signs, jump \
        gates, light weeks, frozen doses) and fitted to your session minutes; the plan says whose programme \
        it is. With --instead it takes the place of the plan's own strength sessions in those weeks; without, \
        it sits beside them. One programme at a time: scheduling another replaces it.
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The routine's name.", valueName: "NAME")) var name: String
    @Option(help: ArgumentHelp("Weekdays, such as tue,fri.", valueName: "DAYS")) var days: String
    @Option(help: ArgumentHelp("How many weeks (1–26).", valueName: "N")) var weeks = 6
    @Option(help: ArgumentHelp("The first day (default today).", valueName: "YYYY-MM-DD")) var from: String?
    @Flag(help: "In place of the plan's own strength sessions in those weeks.") var instead = false
    func run() throws {
        try app {
            Output.print(try RoutineAction.schedule(name, days: days, weeks: weeks, from: from, instead: instead, settings: global.settings))
        }
    }
}

struct RoutineUnscheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unschedule", abstract: "Take the programme out of your plan.")
    @OptionGroup var global: GlobalOptions
    func run() throws { try app { Output.print(try RoutineAction.unschedule(settings: global.settings)) } }
}
