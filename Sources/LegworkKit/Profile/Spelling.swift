/// Finds the word a typo most likely meant, for "did you mean …?" hints.
enum Spelling {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a plausible typo:
    /// at most 2 edits (1 for words of 4 letters or fewer), one is a prefix of the other, or both start
    /// with the same 4 letters or more ("injuries" → "injury").
    static func closest(to word: String, in candidates: [String]) -> String? {
        let w = word.lowercased()
        guard !w.isEmpty else { return nil }
        let scored = candidates.map { ($0, distance(w, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = w.count <= 4 ? 1 : 2
        if best.1 <= allowed { return best.0 }
        if w.count >= 3, let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(w) || w.hasPrefix($0.lowercased()) }) {
            return prefixed
        }
        let shared = candidates.map { c in (c, zip(w, c.lowercased()).prefix { $0 == $1 }.count) }
        if let longest = shared.max(by: { $0.1 < $1.1 }), longest.1 >= 4 { return longest.0 }
        return nil
    }

    /// Levenshtein distance, with a swap of two neighbouring letters counted as one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, rows[i - 2][j - 2] + 1) }
                rows[i][j] = d
            }
        }
        return rows[a.count][b.count]
    }
}
