/// "Did you mean…?" for mistyped ids, vocabulary words and command-line values.
///
/// A candidate is suggested when it equals the word ignoring case, starts with it, contains it, or is
/// a few typing mistakes away from it (or from its own beginning, so "glutes" finds "glute-max").
/// Better kinds of match come first, then fewer mistakes, then the order of `candidates`.
public enum Suggestions {
    /// The best `limit` candidates for `word`, or an empty list when nothing is close enough.
    public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let query = normalized(word)
        guard !query.isEmpty, limit > 0 else { return [] }
        var ranked: [(rank: Int, distance: Int, index: Int, candidate: String)] = []
        for (index, candidate) in candidates.enumerated() {
            if let (rank, distance) = match(query, normalized(candidate)) {
                ranked.append((rank, distance, index, candidate))
            }
        }
        ranked.sort { ($0.rank, $0.distance, $0.index) < ($1.rank, $1.distance, $1.index) }
        var seen = Set<String>()
        return ranked.map(\.candidate).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// ` (did you mean "a"?)`-style wording: `did you mean "a"?`, `did you mean "a" or "b"?`,
    /// `did you mean "a", "b" or "c"?`; nil when there is nothing to suggest.
    public static func didYouMean(_ suggestions: [String]) -> String? {
        let quoted = suggestions.map { "\"\($0)\"" }
        guard let last = quoted.last else { return nil }
        let list = quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
        return "did you mean \(list)?"
    }

    // MARK: - Matching

    /// Ranks: 0 same word, 1 candidate starts with the word, 2 contains it, 3 close by edit distance.
    private static func match(_ query: [Character], _ candidate: [Character]) -> (rank: Int, distance: Int)? {
        if query == candidate { return (0, 0) }
        if candidate.starts(with: query) { return (1, candidate.count - query.count) }
        if query.count >= 2, contains(candidate, query) { return (2, candidate.count - query.count) }
        // Roughly one mistake per three letters, at least one: "strenght" (1) but not "xyz" for "core".
        let allowed = max(1, query.count / 3)
        let whole = editDistance(query, candidate)
        // Compare beginnings too, so a short form finds the word ("glutes" -> "glute-max") and a plural
        // finds its singular ("injuries" -> "injury").
        let head = query.count < candidate.count
            ? editDistance(query, Array(candidate.prefix(query.count))) + 1
            : (query.count > candidate.count ? editDistance(Array(query.prefix(candidate.count)), candidate) + 1 : whole)
        let distance = min(whole, head)
        return distance <= allowed ? (3, distance) : nil
    }

    /// Lower case, with `_`, `-` and spaces treated alike, so "split squat" finds "split_squat".
    private static func normalized(_ text: String) -> [Character] {
        Array(text.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    }

    private static func contains(_ text: [Character], _ part: [Character]) -> Bool {
        guard part.count <= text.count else { return false }
        for start in 0...(text.count - part.count) where text[start..<(start + part.count)].elementsEqual(part) {
            return true
        }
        return false
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring letters each count as one mistake ("strenght" is one mistake from "strength").
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, before[j - 2] + 1)
                }
                current[j] = best
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
