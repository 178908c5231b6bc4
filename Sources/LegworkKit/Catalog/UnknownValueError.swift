/// A word typed by a person (a filter value, an exercise id) that Legwork does not know, with the
/// closest names it does know. Its description is the message the command line prints, e.g.
///
///     unknown kind "strenght"; did you mean "strength"? (valid: strength, core, power, stretch)
public struct UnknownValueError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was looked up: "kind", "quality", "muscle", "equipment", "injury", "level", "exercise".
    public var what: String
    public var value: String
    /// The closest known names, best first; may be empty.
    public var suggestions: [String]
    /// The closing hint in parentheses: the valid words ("valid: a, b, c"), or where to find them.
    public var hint: String

    public init(what: String, value: String, suggestions: [String], hint: String) {
        self.what = what; self.value = value; self.suggestions = suggestions; self.hint = hint
    }

    /// An unknown word of a closed vocabulary, listing all valid words in the hint.
    public init(what: String, value: String, valid: [String]) {
        self.init(what: what, value: value, suggestions: Suggestions.closest(to: value, in: valid),
                  hint: "valid: " + valid.joined(separator: ", "))
    }

    public var description: String {
        "unknown \(what) \"\(value)\"" + (Suggestions.didYouMean(suggestions).map { "; \($0)" } ?? "") + " (\(hint))"
    }
}
