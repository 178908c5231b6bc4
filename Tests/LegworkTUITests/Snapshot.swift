import Foundation
import Testing
@testable import LegworkTUI

/// Expected screens kept as text files in `Snapshots/`, one per picture: only the screen's body (the
/// header, its rule and the footer are the shared chrome, tested once in `AppTests`).
///
/// `LEGWORK_RECORD_SNAPSHOTS=1 swift test --filter …` writes what the screens draw now as the new
/// expectations and prints what changed, line by line, for review before committing them.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Snapshots")

    static var recording: Bool { !(ProcessInfo.processInfo.environment["LEGWORK_RECORD_SNAPSHOTS"] ?? "").isEmpty }

    /// The body of a frame: below the header's rule, above the footer.
    static func body(_ canvas: Canvas) -> [String] {
        let lines = canvas.lines
        guard lines.count > 3 else { return lines }
        return Array(lines[2..<(lines.count - 1)])
    }

    /// Compares the body of `canvas` with `Snapshots/NAME.txt`, or records it.
    static func expect(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appending(path: "\(name).txt")
        let actual = body(canvas)
        let stored = (try? String(contentsOf: file, encoding: .utf8)).map { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
        if recording {
            guard stored != actual else { return }
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try (actual.map { $0 + "\n" }.joined()).write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            let changes = diff(stored ?? [], actual).joined(separator: "\n")
            print("recorded \(name):\n\(changes)")
            return
        }
        guard let stored else {
            Issue.record("no snapshot \(name).txt: record it with LEGWORK_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        if stored != actual {
            let changes = diff(stored, actual).joined(separator: "\n")
            Issue.record("\(name) differs (- expected, + drawn):\n\(changes)", sourceLocation: sourceLocation)
        }
    }

    /// The lines that differ, row by row: "-" the expected line, "+" the drawn one.
    static func diff(_ old: [String], _ new: [String]) -> [String] {
        var out: [String] = []
        for row in 0..<max(old.count, new.count) {
            let a = row < old.count ? old[row] : nil, b = row < new.count ? new[row] : nil
            guard a != b else { continue }
            if let a { out.append(String(format: "%3d -", row) + a) }
            if let b { out.append(String(format: "%3d +", row) + b) }
        }
        return out
    }
}
