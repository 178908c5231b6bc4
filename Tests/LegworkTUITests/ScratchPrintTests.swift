import LegworkKit
import Testing
import Foundation
@testable import LegworkTUI

@Suite struct ScratchPrintTests {
    @Test func printFrames() {
        var out = "// The runner's pictures at the four sizes of the issue: written from the screen once, read line by\n// line, and kept as the expectation.\n\nenum RunnerPictures {\n    /// Keyed by the scene and the terminal size, e.g. reps 80x24.\n    static let all: [String: [String]] = [\n"
        for (name, screen, t) in RunnerScenes.all {
            for size in RunnerScenes.sizes {
                out += "        \"\(name) \(size)\": [\n"
                out += runnerFrame(screen, at: sec(t), size: size).lines.map { "            \"" + $0.replacingOccurrences(of: "\\", with: "\\\\") + "\"," }.joined(separator: "\n") + "\n        ],\n"
            }
        }
        out += "    ]\n}\n"
        try? out.write(toFile: "/tmp/RunnerPictures.swift", atomically: true, encoding: .utf8)
    }
}
