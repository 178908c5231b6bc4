import Foundation
import LegworkKit

/// Any JSON value, kept as it is: a backup carries stored documents (the profile…) without having to
/// know their types, so a backup made by this version also keeps documents a later feature added.
public enum BackupJSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([BackupJSONValue])
    case object([String: BackupJSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([BackupJSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: BackupJSONValue].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case let .bool(b): try c.encode(b)
        case let .number(n):
            // Whole numbers stay integers in the text ("30", not "30.0"), as the documents wrote them.
            if n == n.rounded(), abs(n) < 9_007_199_254_740_992 { try c.encode(Int64(n)) } else { try c.encode(n) }
        case let .string(s): try c.encode(s)
        case let .array(a): try c.encode(a)
        case let .object(o): try c.encode(o)
        }
    }

    /// Parses JSON text.
    public static func parse(_ text: String) throws -> BackupJSONValue {
        try JSONDecoder().decode(BackupJSONValue.self, from: Data(text.utf8))
    }

    /// Compact JSON text with sorted keys.
    public func text() throws -> String {
        try JSONText.encode(self, pretty: false)
    }
}
