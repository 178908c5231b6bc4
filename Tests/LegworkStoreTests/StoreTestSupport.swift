import Foundation
import LegworkKit
@testable import LegworkStore

/// A fresh folder under the system temp dir, removed when the test is done.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("legwork-store-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    return try body(dir)
}

/// The shared public-domain data set, when this checkout sits next to it (`../shared/...` or higher).
let sharedDataSet: String? = {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    for _ in 0..<6 {
        dir = dir.deletingLastPathComponent()
        let file = dir.appendingPathComponent("shared/data/free-exercise-db/exercises.json")
        if let text = try? String(contentsOf: file, encoding: .utf8) { return text }
    }
    return nil
}()

/// A small imported-looking card.
func sampleCard(_ id: String, name: String? = nil, source: String = "test") -> ExerciseCard {
    ExerciseCard(id: id, name: name ?? id, kind: .strength, muscles: MuscleGroups(primary: [.quads]),
                 qualities: nil, dose: [.beginner: .reps(2, 10, rest: 60)], steps: ["Do it."], cues: [],
                 mistakes: [], runningCue: "Run tall.", source: source)
}

func wallTime(_ day: Int, _ hour: Int = 7, _ minute: Int = 0, offset: Int = 3600) -> WallTime {
    WallTime(year: 2025, month: 3, day: day, hour: hour, minute: minute, utcOffsetSeconds: offset)
}

/// The 100-byte header of a file, or nil.
func fileHeader(_ url: URL) -> [UInt8]? {
    guard let data = try? Data(contentsOf: url), data.count >= 100 else { return nil }
    return Array(data.prefix(100))
}
