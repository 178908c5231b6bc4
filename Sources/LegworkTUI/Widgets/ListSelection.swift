/// Selection and scrolling of a vertical list: what every list screen (home menu, browser, plan) shares.
public struct ListSelection: Sendable, Equatable {
    public private(set) var count: Int
    public private(set) var index: Int = 0
    /// The first visible row; kept so the selection stays in view.
    public private(set) var offset: Int = 0

    public init(count: Int) { self.count = max(0, count) }

    public mutating func reset(count: Int) {
        self.count = max(0, count)
        index = min(index, max(0, self.count - 1))
        offset = min(offset, index)
    }

    public mutating func select(_ i: Int) { index = count == 0 ? 0 : min(max(0, i), count - 1) }

    /// Moves on a navigation key (arrows, j/k, Home/End, PgUp/PgDn). Returns false for other keys.
    @discardableResult
    public mutating func handle(_ key: Key, page: Int = 10) -> Bool {
        switch key {
        case .up, .character("k"): select(index - 1)
        case .down, .character("j"): select(index + 1)
        case .home, .character("g"): select(0)
        case .end, .character("G"): select(count - 1)
        case .pageUp: select(index - max(1, page))
        case .pageDown: select(index + max(1, page))
        default: return false
        }
        return true
    }

    /// The rows to draw in a viewport of `height` rows, scrolling just enough to show the selection.
    public mutating func visible(height: Int) -> Range<Int> {
        guard height > 0, count > 0 else { return 0..<0 }
        if index < offset { offset = index }
        if index >= offset + height { offset = index - height + 1 }
        offset = max(0, min(offset, count - height))
        return offset..<min(count, offset + height)
    }

    /// Same as `visible(height:)` for drawing from an immutable value.
    public func window(height: Int) -> Range<Int> {
        var copy = self
        return copy.visible(height: height)
    }
}
