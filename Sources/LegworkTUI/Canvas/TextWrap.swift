/// Word wrapping by display width: lines break between words and never cut a word unless the word
/// alone is wider than the line.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { result.append(line); line = ""; lineWidth = 0 }
                while wordWidth > width {
                    let (head, rest) = split(word, at: width)
                    result.append(head)
                    word = rest
                    wordWidth = DisplayWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// Shortens `text` to `width` columns, ending in "…" (or "..." without Unicode) when cut.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return String(split(text, at: max(0, width)).0) }
        return split(text, at: room).0 + ellipsis
    }

    private static func split(_ text: String, at columns: Int) -> (String, String) {
        var head = "", used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let w = DisplayWidth.of(text[index])
            if used + w > columns { break }
            head.append(text[index]); used += w
            index = text.index(after: index)
        }
        if head.isEmpty, index < text.endIndex { // a single character wider than the line
            head.append(text[index]); index = text.index(after: index)
        }
        return (head, String(text[index...]))
    }
}
