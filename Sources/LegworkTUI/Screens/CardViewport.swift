import Synchronization

/// The size a screen's body was last drawn at. `render` is not mutating, yet scrolling keys need the
/// page height and the document's length at the current width; the screen remembers them here.
/// Shared by copies of one screen value (they are the same screen), never between screens.
final class CardViewport: Sendable {
    private let size = Mutex<Size?>(nil)

    init() {}

    var last: Size? { size.withLock { $0 } }

    func remember(_ area: Rect) {
        size.withLock { $0 = Size(width: area.width, height: area.height) }
    }
}
