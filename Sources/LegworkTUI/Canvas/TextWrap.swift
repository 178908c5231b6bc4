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
                if wordWidth > width {
                    // A word wider than the line is cut in one pass, so wrapping stays linear in the
                    // text's length however long the word (a pasted 1M-character name).
                    var pieces = chunks(word, width: width)
                    word = pieces.removeLast()
                    wordWidth = DisplayWidth.of(word)
                    result += pieces
                }
                line = word
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// Shortens `text` to `width` columns, ending in "…" (or "..." without Unicode) when cut. Reads
    /// only as far as the cut, so a very long name costs no more than a short one.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            used += DisplayWidth.of(text[index])
            if used > width { break }
            index = text.index(after: index)
        }
        guard index < text.endIndex else { return text }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return head(text, columns: max(0, width)) }
        return head(text, columns: room) + ellipsis
    }

    /// The first `columns` columns of `text` (at least one character when the first is wider).
    private static func head(_ text: String, columns: Int) -> String {
        var head = "", used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > columns {
                if head.isEmpty { head.append(character) }
                break
            }
            head.append(character); used += w
        }
        return head
    }

    /// `word` cut into pieces of at most `width` columns (a character wider than `width` alone on its
    /// piece); the last piece may be shorter. Never empty.
    static func chunks(_ word: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = "", used = 0
        for character in word {
            let w = DisplayWidth.of(character)
            if used + w > width, !piece.isEmpty {
                pieces.append(piece)
                piece = ""; used = 0
            }
            piece.append(character); used += w
        }
        pieces.append(piece)
        return pieces
    }
}
