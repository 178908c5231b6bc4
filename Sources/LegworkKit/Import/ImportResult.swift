/// What an import file yielded: the cards that could be mapped and, for every other record, why not.
/// `cards.count + rejected.count` is the number of records in the file.
public struct ImportResult: Hashable, Sendable {
    /// Mapped cards, in file order.
    public var cards: [ExerciseCard]
    /// Records not imported, in file order.
    public var rejected: [RejectedRecord]

    public init(cards: [ExerciseCard], rejected: [RejectedRecord]) {
        self.cards = cards; self.rejected = rejected
    }

    /// Records in the file.
    public var recordCount: Int { cards.count + rejected.count }

    /// Text for the command line: a line of counts, then one line per distinct reason (the first
    /// `reasons` of them), naming the records it applies to:
    ///
    ///     873 records: 859 cards, 14 not imported
    ///       category "cardio" is not imported: ... (14 records: Bicycling, Bicycling_Stationary, ... and 11 more)
    public func summary(reasons limit: Int = 3) -> String {
        var lines = ["\(recordCount) record\(recordCount == 1 ? "" : "s"): \(cards.count) card\(cards.count == 1 ? "" : "s")"
            + (rejected.isEmpty ? "" : ", \(rejected.count) not imported")]
        var groups: [(reason: String, records: [RejectedRecord])] = []
        for record in rejected {
            let reason = record.reason.description
            if let i = groups.firstIndex(where: { $0.reason == reason }) {
                groups[i].records.append(record)
            } else {
                groups.append((reason, [record]))
            }
        }
        for group in groups.prefix(limit) {
            let names = group.records.prefix(3).map { $0.id.map { SafeText.escaped($0) } ?? "#\($0.index)" }.joined(separator: ", ")
            let more = group.records.count > 3 ? " and \(group.records.count - 3) more" : ""
            let count = group.records.count == 1 ? "record" : "\(group.records.count) records"
            lines.append("  \(group.reason) (\(count): \(names)\(more))")
        }
        if groups.count > limit {
            let rest = groups.dropFirst(limit).reduce(0) { $0 + $1.records.count }
            lines.append("  and \(rest) more record\(rest == 1 ? "" : "s") with other reasons")
        }
        return lines.joined(separator: "\n")
    }
}

/// One record of an import file that did not become a card.
public struct RejectedRecord: Hashable, Sendable, CustomStringConvertible {
    /// 0-based position of the record in the file's array.
    public var index: Int
    /// The record's own id, when it had a readable one.
    public var id: String?
    public var reason: RejectionReason

    public init(index: Int, id: String?, reason: RejectionReason) {
        self.index = index; self.id = id; self.reason = reason
    }

    /// `record 12 ("Bicycling"): cardio is not imported: ...`.
    public var description: String {
        let name = id.map { " (\"\($0)\")" } ?? ""
        return "record \(index)\(name): \(reason)"
    }
}

/// Why a record was not imported. Invalid data and deliberate skips are both reported, never dropped
/// silently.
public enum RejectionReason: Error, Hashable, Sendable, CustomStringConvertible {
    /// The array element is not a JSON object.
    case notAnObject
    /// A required field is absent.
    case missingField(String)
    /// A field holds the wrong kind of value (`expected` in words: "a string", "a list of strings").
    case wrongType(field: String, expected: String)
    /// A required text field is empty or blank.
    case emptyField(String)
    /// The id has characters other than letters, digits, `_` and `-`.
    case invalidID(String)
    /// A field's value is not one of its vocabulary's words.
    case unknownValue(field: String, value: String, allowed: [String])
    /// Another record earlier in the file has the same id (compared case-insensitively).
    case duplicateID(String, firstIndex: Int)
    /// Valid, but deliberately not imported (e.g. machine cardio), with the reason in words.
    case notImported(category: String, why: String)
    /// A field holds control characters or bidi overrides (terminal escape sequences, hidden text).
    case controlCharacters(field: String)
    /// A field holds bytes that are not UTF-8 text (read as U+FFFD).
    case notUTF8(field: String)

    public var description: String {
        switch self {
        case .notAnObject: "not a JSON object"
        case let .missingField(field): "field \"\(field)\" is missing"
        case let .wrongType(field, expected): "field \"\(field)\" should be \(expected)"
        case let .emptyField(field): "field \"\(field)\" is empty"
        case let .invalidID(id): "id \"\(id)\" may only hold letters, digits, '_' and '-'"
        case let .unknownValue(field, value, allowed):
            "field \"\(field)\": \"\(value)\" is not one of \(allowed.joined(separator: ", "))"
        case let .duplicateID(id, first): "id \"\(id)\" was already used by record \(first)"
        case let .notImported(category, why): "category \"\(category)\" is not imported: \(why)"
        case let .controlCharacters(field): "field \"\(field)\" holds control characters (terminal escape codes or hidden text)"
        case let .notUTF8(field): "field \"\(field)\" holds bytes that are not UTF-8 text"
        }
    }

    /// True for data errors, false for records skipped on purpose.
    public var isInvalid: Bool {
        if case .notImported = self { return false }
        return true
    }
}
