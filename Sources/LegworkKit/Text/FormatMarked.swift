/// A JSON document with `format` and `version` beside its own keys (`{"format": "legwork-plan",
/// "version": 1, ...}`), as the backup and the history carry them: a program that reads the file can
/// tell what it holds and whether it knows that shape. Readers ignore the two keys.
struct FormatMarked<Value: Encodable>: Encodable {
    var format: String
    var version: Int
    var value: Value

    enum Keys: String, CodingKey { case format, version }

    func encode(to encoder: Encoder) throws {
        // The value's keys and the marker's share one object: the encoder merges keyed containers.
        try value.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(format, forKey: .format)
        try c.encode(version, forKey: .version)
    }
}
