import Foundation
import Testing
@testable import LegworkKit

/// `JSONText` writes the bytes Foundation's `JSONEncoder` writes (sorted keys, slashes as they are, and
/// pretty-printed when asked), on the values Legwork prints and stores and on the edge cases of the format.
@Suite("JSONText")
struct JSONTextTests {
    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func expectSame<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for pretty in [true, false] {
            #expect(try JSONText.encode(value, pretty: pretty) == foundation(value, pretty: pretty), "pretty: \(pretty)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: PlanGeneratorTests.profiles)
    func aWholePlanIsWrittenAsFoundationWritesIt(profile: Profile) throws {
        let plan = PlanGenerator(cards: try Catalog.bundled().cards).plan(for: profile, start: PlanFixtures.monday)
        let document = FormatMarked(format: PlanJSON.format, version: PlanJSON.version, value: plan)
        try Self.expectSame(document)
        #expect(try PlanJSON.decode(PlanJSON.encode(plan)) == plan)
        // The weeks written first, on two cores, then placed: the same bytes as written in one go.
        #expect(PlanJSON.utf8(plan) == Array(try Self.foundation(document, pretty: true).utf8))
        for pretty in [true, false] {
            #expect(try JSONText.utf8(document, pretty: pretty, writingFirst: plan.weeks, atDepth: pretty ? 2 : 0)
                == JSONText.utf8(document, pretty: pretty), "pretty: \(pretty)")
        }
    }

    /// Parts written first are placed in the order the document holds values of their type; any the
    /// list lacks are encoded in place, and a part that cannot be written fails the whole document.
    @Test func partsWrittenFirstArePlacedInOrder() throws {
        struct Doc: Encodable { var first: [[Int]]; var name = "a/b \"q\""; var rest: [Int] }
        let doc = Doc(first: [[1, 2], [], [3], [4, 5, 6], [7]], rest: [8, 9])
        for parts in [doc.first, Array(doc.first.prefix(3)), [], [[1, 2]]] {
            #expect(try JSONText.utf8(doc, pretty: true, writingFirst: parts, atDepth: 2) == JSONText.utf8(doc, pretty: true), "\(parts)")
        }
        struct Bad: Encodable { var values: [[Double]] = [[1], [.nan]] }
        #expect(throws: EncodingError.self) { try JSONText.utf8(Bad(), pretty: true, writingFirst: Bad().values, atDepth: 2) }
    }

    @Test func profilesAndCardsAreWrittenAsFoundationWritesThem() throws {
        for profile in PlanGeneratorTests.profiles { try Self.expectSame(profile) }
        try Self.expectSame(try Catalog.bundled().cards)
    }

    struct Edges: Encodable {
        var text = "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{07} escape \u{1B} unit \u{1F} del \u{7F}"
        var unicode = "café – naïve 🏃‍♀️ \u{202E}"
        var empty = ""
        var emptyList: [Int] = []
        var emptyObject: [String: Int] = [:]
        var nested: [[String: [Int]]] = [["b": [1, 2]], ["a": []]]
        var doubles: [Double] = [0, -0.0, 2.5, 20, 1e-7, 1e20, 123456789.125, -3.75]
        var floats: [Float] = [0.1, 7]
        var integers: [Int64] = [.min, .max, 0, -1]
        var unsigned: [UInt8] = [0, 255]
        var flags = [true, false]
        var optional: Int? = nil
        var present: Int? = 4
        var optionals: [String?] = ["a", nil]
        var keysNeedingOrder = ["b": 1, "B": 2, "a": 3, "ä": 4, "a b": 5, "10": 6, "9": 7]
        var byInt = [3: "c", 1: "a", 10: "j"]
        var date = Date(timeIntervalSinceReferenceDate: 86_400.5)
        var data = Data([0, 1, 2, 250])
        var url = URL(string: "https://example.org/a path?q=1")
        var decimal = Decimal(string: "12.340")!
    }

    @Test func theEdgesOfTheFormatAreWrittenAsFoundationWritesThem() throws {
        try Self.expectSame(Edges())
        try Self.expectSame([Edges(), Edges()])
        try Self.expectSame("a lone string")
        try Self.expectSame(42)
    }

    /// Encodes nothing at all, or the same keyed container twice (`FormatMarked` merges its marker in).
    struct Quiet: Encodable { func encode(to encoder: any Encoder) throws {} }
    struct Merged: Encodable {
        enum Keys: String, CodingKey { case a, b, c }
        func encode(to encoder: any Encoder) throws {
            var first = encoder.container(keyedBy: Keys.self)
            try first.encode(1, forKey: .b)
            var second = encoder.container(keyedBy: Keys.self)
            try second.encode(2, forKey: .a)
            var nested = second.nestedUnkeyedContainer(forKey: .c)
            try nested.encode("a list beside them")
        }
    }

    /// A key encoded twice: the second value stands.
    struct Twice: Encodable {
        enum Keys: String, CodingKey { case a, b }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(1, forKey: .a)
            try c.encode("b", forKey: .b)
            try c.encode(2, forKey: .a)
        }
    }

    @Test func quietAndMergedContainersAreWrittenAsFoundationWritesThem() throws {
        try Self.expectSame(Twice())
        try Self.expectSame([Quiet(), Quiet()])
        try Self.expectSame(["quiet": Quiet()])
        try Self.expectSame(Merged())
    }

    @Test func aNumberJSONCannotHoldIsRefusedWithItsPlace() {
        struct Bad: Encodable { var values: [Double] = [1, .nan] }
        #expect(throws: EncodingError.self) { try JSONText.encode(Bad(), pretty: true) }
        do {
            _ = try JSONText.encode(Bad(), pretty: false)
        } catch let EncodingError.invalidValue(_, context) {
            #expect(context.codingPath.map(\.stringValue) == ["values", "Index 1"])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
