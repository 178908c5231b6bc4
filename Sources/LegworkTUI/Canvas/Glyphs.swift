/// The symbols screens draw with, in a Unicode and an ASCII set. The ASCII set is used when the locale
/// is not UTF-8 (LANG=C) so boxes, bars and bullets stay readable on any terminal.
public struct Glyphs: Sendable, Equatable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var barFull: String
    public var barEmpty: String
    public var pointer: String
    public var bullet: String
    public var separator: String
    public var ellipsis: String
    public var check: String
    /// Eight levels from empty to full, for small quality bars and charts.
    public var levels: [String]

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        barFull: "█", barEmpty: "░", pointer: "›", bullet: "•", separator: "·", ellipsis: "…", check: "✓",
        levels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        barFull: "#", barEmpty: ".", pointer: ">", bullet: "*", separator: "-", ellipsis: "...", check: "v",
        levels: [" ", ".", ".", ":", ":", "|", "|", "#", "#"])
}

/// Replaces characters a non-UTF-8 terminal cannot show by ASCII look-alikes. The backend applies it to
/// every cell when the locale is not UTF-8, so text from data files ("3 × 10", "–") stays readable.
public enum AsciiFallback {
    public static func map(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = ""
        for character in text {
            if character.isASCII { out.append(character); continue }
            out += table[character] ?? (character.unicodeScalars.first.map { table[Character($0)] } ?? nil) ?? "?"
        }
        return out
    }

    private static let table: [Character: String] = [
        "×": "x", "–": "-", "—": "-", "·": "-", "•": "*", "…": "...", "’": "'", "‘": "'", "“": "\"",
        "”": "\"", "›": ">", "‹": "<", "→": "->", "←": "<-", "↑": "^", "↓": "v", "✓": "v", "°": "o",
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+",
        "┤": "+", "┬": "+", "┴": "+", "┼": "+", "█": "#", "▓": "#", "▒": ":", "░": ".", "▁": ".",
        "▂": ".", "▃": ":", "▄": ":", "▅": "|", "▆": "|", "▇": "#", "▀": "\"", "▌": "|", "▐": "|",
        "é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "ö": "o", "ü": "u", "ä": "a", "ñ": "n",
        "½": "1/2", "\u{00A0}": " ", "±": "+/-", "⏸": "||", "▶": ">", "≥": ">=", "≤": "<=",
    ]
}
