import LegworkKit
import Testing
@testable import LegworkTUI

/// The shipped catalog, loaded once for the browser and card tests.
let shippedCatalog: Catalog = {
    do { return try Catalog.bundled() } catch { fatalError("the shipped catalog does not load: \(error)") }
}()

/// Renders `root` after `inputs` through the real App at `size`; returns every frame.
func frames(of root: any Screen, _ inputs: [TerminalInput], size: Size = Size(width: 80, height: 24), unicode: Bool = true) throws -> [Canvas] {
    try drive(inputs + [.key(.character("q"))], size: size, unicode: unicode, root: root).0.frames
}

/// Keys for typing `text`.
func typing(_ text: String) -> [TerminalInput] { text.map { .key(.character($0)) } }

/// Compares a frame with the expected screen, showing the actual screen when they differ.
func expectScreen(_ canvas: Canvas, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    var expected = expected
    while expected.count < canvas.size.height { expected.append("") }
    #expect(canvas.lines == expected, "actual screen:\n\(canvas.lines.map { "\"\($0)\"," }.joined(separator: "\n"))", sourceLocation: sourceLocation)
}
