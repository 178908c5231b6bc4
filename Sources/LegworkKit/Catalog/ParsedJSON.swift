/// A parsed JSON document, kept close to the text: objects keep their key order and repeated keys, so
/// the catalog reader can report a key given twice, and syntax errors carry a line and column that a
/// person editing the file by hand can go to. (Foundation's decoder reports neither reliably.)
enum ParsedJSON: Sendable {
    case null
    case bool(Bool)
    /// The number as written, so integers stay exact and "8.5 sets" can be reported as written.
    case number(String)
    case string(String)
    case array([ParsedJSON])
    case object([(key: String, value: ParsedJSON)])

    /// What a person would call this kind of value in an error message.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "true/false"
        case .number: "a number"
        case .string: "text"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
