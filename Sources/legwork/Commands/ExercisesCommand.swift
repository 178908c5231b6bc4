import ArgumentParser
import LegworkApp

/// `legwork exercises [filters] [--json]`: the cards that match, as an aligned table or as JSON.
struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "List exercise cards, filtered.",
        discussion: """
        Filters combine (all must hold). Values are the catalog's words; a typo exits 1 and suggests the \
        closest ones. --json prints the schema of docs/catalog-format.md ("JSON output").
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "strength, core, power or stretch.", completion: CompletionValues.kinds)
    var kind: String?
    @Option(help: "Cards that train it well (score 2+): single-leg, joint-control, load-tolerance, carryover (or SL JC LT CO).", completion: CompletionValues.qualities)
    var quality: String?
    @Option(help: "A muscle worked, primary or secondary (glute-med, calves, ...).", completion: CompletionValues.muscles)
    var muscle: String?
    @Option(help: "The equipment you have, comma-separated (mat,step,dumbbells), or none for body weight only.", completion: CompletionValues.equipment)
    var equipment: String?
    @Option(help: "Cards that help with it: itbs, knee, shins, achilles, plantar, other.", completion: CompletionValues.injuries)
    var injury: String?
    @Option(help: "Cards with a dose for it: beginner, intermediate, advanced.", completion: CompletionValues.levels)
    var level: String?
    @Option(help: "Words that begin words of the name or an alias (\"sl rdl\").")
    var search: String?
    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let words = ExercisesAction.Words(kind: kind, quality: quality, muscle: muscle, equipment: equipment, injury: injury,
                                          level: level, search: search)
        try app { try ExercisesAction.run(words, json: json, settings: global.settings) }
    }
}
