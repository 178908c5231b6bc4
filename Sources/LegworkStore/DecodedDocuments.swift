import Foundation

/// The last decoded value of each document, kept with the JSON it came from: a read whose JSON is the
/// same text returns that value instead of decoding again. The plan, the check-in, the doors and the
/// safety gate each read the profile, the training block and the safety journal, and decoding them was
/// a tenth of a simulated day. Keyed by the exact text, so a changed document is always decoded afresh;
/// one entry per key, so it never grows past the store's few documents.
final class DecodedDocuments: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`; the values are immutable once stored (value types decoded from JSON).
    private var entries: [String: (json: String, value: Any)] = [:]

    /// The value `json` decodes to under `key`, decoded by `decode` only when it is not the text last seen.
    func value<T, Failure: Error>(_ key: String, json: String, decode: (String) throws(Failure) -> T) throws(Failure) -> T {
        if let entry = lock.withLock({ entries[key] }), entry.json == json, let value = entry.value as? T { return value }
        let value = try decode(json)
        lock.withLock { entries[key] = (json, value) }
        return value
    }
}
