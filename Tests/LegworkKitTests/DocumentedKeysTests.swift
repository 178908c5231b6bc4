import Foundation
import Testing
@testable import LegworkKit

/// The docs name every key the program writes, and no key it does not: a key added to the output (or
/// renamed) without its line in docs/ fails here.
@Suite struct DocumentedKeysTests {
    static let docs: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/", !FileManager.default.fileExists(atPath: dir.appending(path: "docs/catalog-format.md").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appending(path: "docs")
    }()

    /// The first column's `key`s of the first table after the line containing `marker`.
    static func tableKeys(_ file: String, after marker: String) throws -> [String] {
        let text = try String(contentsOf: docs.appending(path: file), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.contains(marker) }, "\(file) has no line with \(marker)")
        var keys: [String] = []
        var inTable = false
        for line in lines[(start + 1)...] {
            if line.hasPrefix("|") {
                inTable = true
                let cell = line.split(separator: "|", omittingEmptySubsequences: false)[1].trimmingCharacters(in: .whitespaces)
                if cell.hasPrefix("`"), cell.hasSuffix("`") { keys.append(String(cell.dropFirst().dropLast())) }
            } else if inTable {
                break
            }
        }
        return keys
    }

    @Test func everyCardKeyIsDocumented() throws {
        let card = try #require(try Catalog.bundled().cards.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(CatalogJSON.encode(card).utf8)) as? [String: Any])
        #expect(Set(try Self.tableKeys("catalog-format.md", after: "A CARD has exactly these keys")) == Set(object.keys))
        #expect(Set(try Self.tableKeys("catalog-format.md", after: "| key | type | required |")) == Set(object.keys),
                "the data-file table names the same keys")
    }

    @Test func everyCSVColumnIsDocumented() throws {
        #expect(try Self.tableKeys("backup-format.md", after: "## History CSV") == LogCSV.columns)
    }
}
