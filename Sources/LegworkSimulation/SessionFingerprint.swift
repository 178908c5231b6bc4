import Foundation

/// A digest of everything a simulated runner was offered — every plan read and every session a door
/// produced, as their JSON — so a change meant only to make the app faster can be shown to change no
/// session of any runner (`legwork-simulate --fingerprint on`, before and after). FNV-1a over the bytes:
/// stable across processes, unlike `Hasher`, which is seeded per run.
struct SessionFingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    mutating func add(_ label: String, _ value: some Encodable) {
        add(Data(label.utf8))
        add((try? encoder.encode(value)) ?? Data("unencodable".utf8))
    }

    private mutating func add(_ bytes: Data) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        value ^= 0xff
        value = value &* 0x100_0000_01b3
    }

    /// Folds the runners' fingerprints, in grid order, into one.
    static func combined(_ values: [UInt64]) -> UInt64 {
        var total = SessionFingerprint()
        for value in values { withUnsafeBytes(of: value.littleEndian) { total.add(Data($0)) } }
        return total.value
    }
}
