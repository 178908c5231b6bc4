/// A payload-free enum with text raw values, hashed by its case rather than by its text.
///
/// The standard library hashes a `RawRepresentable` enum by its raw value: every set or dictionary
/// lookup of a `Quality` hashed all of "load-tolerance", and a plan looks up qualities, equipment,
/// levels and weekdays tens of thousands of times. Equality is unchanged (the case), so hashing the case
/// keeps equal values hashing alike.
public protocol CaseHashable: CaseIterable, Hashable, RawRepresentable where RawValue == String {}

extension CaseHashable {
    /// The case's tag: a payload-free enum is stored as its case's number, in declaration order (the
    /// Swift ABI's layout of such enums), in at most a few bytes. Distinct for distinct cases, which
    /// `CaseHashableTests` checks for every conforming enum.
    var caseTag: UInt64 {
        withUnsafeBytes(of: self) { bytes in bytes.reduce(0) { $0 << 8 | UInt64($1) } }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

    /// What sets and dictionaries call: without it they would use the raw value's, as before.
    public func _rawHashValue(seed: Int) -> Int { caseTag._rawHashValue(seed: seed) }
}
