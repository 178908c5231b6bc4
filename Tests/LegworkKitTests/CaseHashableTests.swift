@testable import LegworkKit
import Testing

/// Enums hashed by their case (`CaseHashable`): each case has its own tag, sets and dictionaries find
/// every case, and the hash is the tag's, not the raw text's.
@Suite struct CaseHashableTests {
    private func check<E: CaseHashable>(_: E.Type) {
        let cases = Array(E.allCases)
        #expect(Set(cases.map(\.caseTag)).count == cases.count, "\(E.self): two cases share a tag")
        let positions = Dictionary(uniqueKeysWithValues: cases.enumerated().map { ($1, $0) })
        for (i, value) in cases.enumerated() {
            #expect(positions[value] == i)
            var byCase = Hasher(), byTag = Hasher()
            byCase.combine(value)
            byTag.combine(value.caseTag)
            #expect(byCase.finalize() == byTag.finalize())
            #expect(value._rawHashValue(seed: 42) == value.caseTag._rawHashValue(seed: 42))
        }
        #expect(Set(cases).count == cases.count)
    }

    @Test func everyConformingEnumHashesByItsCase() {
        check(Quality.self)
        check(Equipment.self)
        check(Level.self)
        check(Weekday.self)
        check(Muscle.self)
        check(Injury.self)
        check(ExerciseKind.self)
        check(WarningSignRule.self)
    }
}
