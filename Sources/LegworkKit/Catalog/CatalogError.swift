/// One problem in catalog data, located by file, card and field so that the person editing the file
/// can go straight to it. Its description reads, for example:
///
///     catalog/strength.json: card "step_up": field "regression": unknown id "split_sqat" (did you mean "split_squat"?)
///
/// Loading collects every problem and throws them together as `CatalogErrors`.
public struct CatalogError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The asset path ("catalog/strength.json"), or where added cards came from ("imported from free-exercise-db").
    public var file: String
    /// The card, when the problem is inside one.
    public var card: CardReference?
    /// The field path inside the card (or the file): "regression", "dose.beginner.sets", "muscles.primary".
    public var field: String?
    public var problem: Problem

    public init(file: String, card: CardReference? = nil, field: String? = nil, problem: Problem) {
        self.file = file; self.card = card; self.field = field; self.problem = problem
    }

    /// Names a card by its id, or by its position in the file when it has no usable id.
    public enum CardReference: Hashable, Sendable, CustomStringConvertible {
        case id(String)
        /// 1-based position in the file's "cards" list.
        case position(Int)

        public var description: String {
            switch self {
            case let .id(id): "card \"\(id)\""
            case let .position(n): "card #\(n)"
            }
        }
    }

    /// What is wrong. Each case's description says what to do about it.
    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        /// The file is not valid JSON.
        case syntax(line: Int, column: Int, message: String)
        /// A required field is absent.
        case missing
        /// The value has the wrong JSON type ("expected text, found a number").
        case wrongType(expected: String, found: String)
        /// A key the format does not know, usually a typo.
        case unknownField(suggestions: [String])
        /// The same key twice in one object: JSON would silently keep only the last one.
        case givenTwice
        /// A word outside a closed vocabulary (kind, muscle, equipment, injury, quality, level).
        case unknownWord(String, vocabulary: String, suggestions: [String], valid: [String])
        /// A value that breaks a format rule: `rule` says what a valid value looks like.
        case invalid(value: String, rule: String)
        case duplicateID(String, firstIn: String)
        /// A regression or progression naming a card that does not exist.
        case unknownReference(String, suggestions: [String])
        case outOfRange(Int, allowed: ClosedRange<Int>)
        /// A reps range written high-low.
        case reversedRange(low: Int, high: Int)
        /// A list with too few or too many items: `noun` names them ("steps").
        case wrongCount(Int, allowed: ClosedRange<Int>, noun: String)
        case empty
        /// An empty text in a list; `item` is its 1-based position.
        case emptyItem(Int)
        /// Control characters or bidi overrides (`SafeText`); `item` is the 1-based position in a list.
        case controlCharacters(item: Int?)
        /// Text longer than the limit; `item` is the 1-based position in a list, nil for a single text.
        case tooLong(item: Int?, length: Int, limit: Int)
        /// A figure line wider than the limit.
        case figureTooWide(frame: Int, line: Int, width: Int, limit: Int)
        case figureTooTall(frame: Int, lines: Int, limit: Int)
        case figureEmptyFrame(frame: Int)
        /// A figure line whose width differs from the frame's first line (lines must be padded).
        case figureRagged(frame: Int, line: Int, width: Int, expected: Int)
        /// A frame whose size differs from the first frame's.
        case figureFramesDiffer(frame: Int, width: Int, height: Int, expectedWidth: Int, expectedHeight: Int)
        case figureNonASCII(frame: Int, line: Int, character: String)
        /// Following regressions (or progressions) from a card leads back to it; `chain` starts and ends there.
        case loop(chain: [String])
        case unsupportedFormat(Int)

        public var description: String {
            switch self {
            case let .syntax(line, column, message):
                return "line \(line), column \(column): \(message)"
            case .missing:
                return "missing (required)"
            case let .wrongType(expected, found):
                return "expected \(expected), found \(found)"
            case let .unknownField(suggestions):
                return "unknown field" + (Suggestions.didYouMean(suggestions).map { " (\($0))" } ?? "; remove it")
            case .givenTwice:
                return "given twice; keep only one"
            case let .unknownWord(word, vocabulary, suggestions, valid):
                return "unknown \(vocabulary) \"\(word)\""
                    + (Suggestions.didYouMean(suggestions).map { "; \($0)" } ?? "")
                    + " (valid: \(valid.joined(separator: ", ")))"
            case let .invalid(value, rule):
                return "\"\(value)\": \(rule)"
            case let .duplicateID(id, firstIn):
                return "duplicate id \"\(id)\" (first used in \(firstIn)); give each card its own id"
            case let .unknownReference(id, suggestions):
                return "unknown id \"\(id)\"" + (Suggestions.didYouMean(suggestions).map { " (\($0))" } ?? "")
            case let .outOfRange(value, allowed):
                return "\(value) is outside \(allowed.lowerBound)-\(allowed.upperBound)"
            case let .reversedRange(low, high):
                return "range \"\(low)-\(high)\" runs backwards; write the lower number first"
            case let .wrongCount(count, allowed, noun):
                return "write \(allowed.lowerBound) to \(allowed.upperBound) \(noun), not \(count)"
            case .empty:
                return "empty; write something"
            case let .emptyItem(item):
                return "item \(item) is empty; write something or remove it"
            case let .controlCharacters(item):
                return (item.map { "item \($0) holds" } ?? "holds") + " control characters (terminal escape codes or hidden text); remove them"
            case let .tooLong(item, length, limit):
                return (item.map { "item \($0) is " } ?? "") + "\(length) characters; keep it to \(limit)"
            case let .figureTooWide(frame, line, width, limit):
                return "frame \(frame) line \(line) is \(width) columns wide; keep it to \(limit)"
            case let .figureTooTall(frame, lines, limit):
                return "frame \(frame) has \(lines) lines; keep it to \(limit)"
            case let .figureEmptyFrame(frame):
                return "frame \(frame) has no lines; draw it or remove it"
            case let .figureRagged(frame, line, width, expected):
                return "frame \(frame) line \(line) is \(width) columns wide, line 1 is \(expected); pad every line to the same width"
            case let .figureFramesDiffer(frame, width, height, expectedWidth, expectedHeight):
                return "frame \(frame) is \(width)x\(height) but frame 1 is \(expectedWidth)x\(expectedHeight); draw every frame the same size"
            case let .figureNonASCII(frame, line, character):
                return "frame \(frame) line \(line) has the non-ASCII character \"\(character)\"; use plain ASCII"
            case let .loop(chain):
                return "chain loops back to \"\(chain.first ?? "")\": \(chain.joined(separator: " -> "))"
            case let .unsupportedFormat(found):
                return "format \(found) is not supported; this version of Legwork reads format \(CatalogRules.format)"
            }
        }
    }

    public var description: String {
        var parts = [file]
        if let card { parts.append(card.description) }
        if let field { parts.append("field \"\(field)\"") }
        parts.append(problem.description)
        return parts.joined(separator: ": ")
    }
}

/// Every problem found while loading or extending a catalog, in file order. Its description lists one
/// problem per line; `errors` is never empty.
public struct CatalogErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [CatalogError]

    public init(_ errors: [CatalogError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
