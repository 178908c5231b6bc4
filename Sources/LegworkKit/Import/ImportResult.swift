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

    /// One line for the command line, with the first few reasons:
    /// `873 records: 859 cards, 14 not imported (#12 "Bicycling": cardio is ...; ...)`.
    public func summary(reasons limit: Int = 3) -> String {
        var text = "\(recordCount) record\(recordCount == 1 ? "" : "s"): \(cards.count) card\(cards.count == 1 ? "" : "s")"
        guard !rejected.isEmpty else { return text }
        text += ", \(rejected.count) not imported"
        let shown = rejected.prefix(limit).map(\.description).joined(separator: "; ")
        let more = rejected.count > limit ? "; and \(rejected.count - limit) more" : ""
        return text + " (\(shown)\(more))"
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
        }
    }

    /// True for data errors, false for records skipped on purpose.
    public var isInvalid: Bool {
        if case .notImported = self { return false }
        return true
    }
}
