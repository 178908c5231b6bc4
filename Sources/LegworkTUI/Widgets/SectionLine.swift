/// One line of a scrollable document (a card): a few runs of text, each in its own style.
public struct SectionLine: Sendable, Equatable {
    public struct Span: Sendable, Equatable {
        public var text: String
        public var style: Style
        public init(_ text: String, _ style: Style = .plain) { self.text = text; self.style = style }
    }

    public var spans: [Span]

    public init(_ spans: [Span]) { self.spans = spans }
    public init(_ text: String, _ style: Style = .plain) { spans = text.isEmpty ? [] : [Span(text, style)] }

    public static let blank = SectionLine([])

    /// The text without styles.
    public var text: String { spans.map(\.text).joined() }
    public var width: Int { DisplayWidth.of(text) }

    /// This line padded to `column`, followed by `other`: for two columns side by side.
    public func beside(_ other: SectionLine, at column: Int) -> SectionLine {
        let pad = max(0, column - width)
        return SectionLine(spans + [Span(String(repeating: " ", count: pad))] + other.spans)
    }

    /// Draws the line from (x, y), clipped to `clip`.
    public func render(into canvas: inout Canvas, x: Int, y: Int, clip: Rect) {
        var column = x
        for span in spans { column = canvas.write(span.text, x: column, y: y, style: span.style, clip: clip) }
    }
}
