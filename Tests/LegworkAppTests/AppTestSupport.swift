import Foundation
import LegworkKit
import LegworkStore
@testable import LegworkApp

/// A context on a store of its own in a fresh temporary folder, removed when the test ends.
final class TestApp {
    let folder: URL
    let context: AppContext

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("legwork-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        context = try AppContext.open(AppSettings(dataDir: folder.path))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
