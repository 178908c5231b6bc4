import Foundation

/// Checks a JSON value against a JSON Schema (draft 2020-12), the part of it docs/schemas uses: `type`,
/// `enum`, `const`, `required`, `properties`, `additionalProperties`, `items`, `minimum`, `maximum`,
/// `pattern` and `$ref` to `#/$defs/…` or to another schema's, `history.schema.json#/$defs/…`. Hand-written for the tests: no JSON Schema library is among the
/// packages this project may use, and these keywords are a few lines each.
struct JSONSchemaSubset {
    let root: [String: Any]
    /// The other schemas a `$ref` may name, by file name (the schemas beside this one).
    var others: [String: [String: Any]] = [:]

    /// Every place `value` breaks the schema, as `path: problem`; empty when it conforms.
    func problems(_ value: Any) -> [String] { check(value, against: root, at: "$", in: root) }

    /// `document` is the schema whose `$defs` a local `$ref` names: the one the definition came from.
    private func check(_ value: Any, against schema: [String: Any], at path: String, in document: [String: Any]) -> [String] {
        if let ref = schema["$ref"] as? String {
            let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let file = parts[0], name = String((parts.count > 1 ? parts[1] : "").dropFirst("/$defs/".count))
            guard let target = file.isEmpty ? document : others[file],
                  let definition = (target["$defs"] as? [String: Any])?[name] as? [String: Any] else { return ["\(path): unknown $ref \(ref)"] }
            return check(value, against: definition, at: path, in: target)
        }
        var found: [String] = []
        if let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map({ [$0] }), !types.contains(where: { Self.isType(value, $0) }) {
            return ["\(path): \(Self.describe(value)) is not \(types.joined(separator: " or "))"]
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            found.append("\(path): \(Self.describe(value)) is not one of the enum")
        }
        if let constant = schema["const"], !Self.equal(constant, value) { found.append("\(path): \(Self.describe(value)) is not the const") }
        if let number = value as? NSNumber, !Self.isBoolean(value) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { found.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { found.append("\(path): above \(maximum)") }
        }
        if let text = value as? String, let pattern = schema["pattern"] as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path): \"\(key)\" is missing") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let inner = properties[key] as? [String: Any] {
                    found += check(member, against: inner, at: "\(path).\(key)", in: document)
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    found += check(member, against: extra, at: "\(path).\(key)", in: document)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    found.append("\(path): \"\(key)\" is not in the schema")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { found += check(element, against: items, at: "\(path)[\(index)]", in: document) }
        }
        return found
    }

    static func isType(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": value is NSNull
        case "boolean": isBoolean(value)
        case "integer": !isBoolean(value) && (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": !isBoolean(value) && value is NSNumber
        case "string": value is String
        case "array": value is [Any]
        case "object": value is [String: Any]
        default: false
        }
    }

    /// JSONSerialization gives true and false as NSNumbers whose type is a C char or bool.
    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        let code = String(cString: number.objCType)
        return code == "c" || code == "B"
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let a = a as? String, let b = b as? String { return a == b }
        if let a = a as? NSNumber, let b = b as? NSNumber { return a == b }
        return false
    }

    static func describe(_ value: Any) -> String {
        if let text = value as? String { return "\"\(text)\"" }
        return "\(value)"
    }
}
