import LegworkKit

/// "legwork plna" gets "did you mean plan?" instead of the parser's "Unexpected argument": the first
/// word that is neither a global option nor its value is the command the runner meant.
enum CommandSuggestion {
    /// The argument parser's own options that take a value.
    static let parserOptions: Set<String> = ["--generate-completion-script"]

    /// The message for a mistyped command in `arguments`, or nil when the command is known (or absent).
    static func message(_ arguments: [String], commands: [String]) -> String? {
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if GlobalArguments.valued.contains(word) || parserOptions.contains(word) { index += 2; continue }
            if word.hasPrefix("-") { index += 1; continue }
            guard !commands.contains(word) else { return nil }
            let guesses = Suggestions.closest(to: word, in: commands, limit: 2)
            let guess = guesses.isEmpty ? "" : "; did you mean " + guesses.map { "'\($0)'" }.joined(separator: " or ") + "?"
            return "Error: unknown command '\(word)'\(guess)\nSee 'legwork --help' for the commands."
        }
        return nil
    }
}
