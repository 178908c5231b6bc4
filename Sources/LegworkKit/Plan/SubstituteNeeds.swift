/// Rule: what a card's written substitute needs, read from its words.
///
/// A substitute is plain text ("a stair or sturdy box", "a kettlebell or a loaded backpack"), so the only
/// way to know whether the runner can use it is to look for the things it names. "X or Y" are alternatives
/// (DOMAIN.md §1: never both): the substitute is usable when one alternative is. An alternative is usable
/// when every vocabulary item it names is at hand and it names no gym kit outside the vocabulary ("a cable
/// machine", "an ankle weight"); household things (a carpet, a water jug, a rolled T-shirt) are everyone's.
/// A fragment naming nothing at all ("knee height or lower") is a description, not an alternative.
enum SubstituteNeeds {
    /// What the words of a substitute name: vocabulary equipment, whether it names gym kit the
    /// vocabulary has no word for, and whether it names a household thing everyone has.
    struct Reading: Equatable, Sendable {
        var equipment: Set<Equipment>
        var namesGymKit: Bool
        var namesHousehold = false

        /// Whether the words name anything at all.
        var namesSomething: Bool { !equipment.isEmpty || namesGymKit || namesHousehold }
    }

    /// Two-word names, checked before single words ("mini band" is not a plain "band").
    private static let pairs: [String: Equipment] = [
        "mini band": .miniBand, "loop band": .miniBand, "long band": .longBand, "resistance band": .longBand,
        "trap bar": .trapBar, "hex bar": .trapBar, "yoga mat": .mat, "yoga block": .block,
    ]

    private static let words: [String: Equipment] = [
        "mat": .mat, "band": .longBand, "tube": .longBand,
        "dumbbell": .dumbbells, "kettlebell": .kettlebell,
        "step": .step, "stair": .step, "staircase": .step, "box": .step, "platform": .step,
        "bench": .bench, "chair": .bench, "sofa": .bench, "couch": .bench, "stool": .bench,
        "wall": .wall, "door": .wall, "fence": .wall, "post": .wall, "tree": .wall, "surface": .wall,
        "backpack": .backpack, "rucksack": .backpack,
        "towel": .towel,
        "block": .block, "pillow": .block, "cushion": .block, "bolster": .block,
    ]

    /// Things every home has, outside the vocabulary: a substitute made of them needs nothing.
    private static let household: Set<String> = [
        "floor", "ground", "carpet", "rug", "blanket", "sheet", "shirt", "sock", "belt", "strap", "scarf",
        "bottle", "jug", "bag", "grocery", "groceries", "book", "rail", "banister", "table", "hand",
    ]

    private static let articles: Set<String> = ["a", "an", "the", "one", "two", "any", "some"]

    /// Gym kit without a vocabulary word: nobody is assumed to have it.
    private static let gymKit: Set<String> = ["machine", "cable", "plate", "weight", "barbell", "sandbag", "medicine"]

    /// What `text` names, read once per text for the process (`learn` reads the catalog's ahead).
    static func read(_ text: String) -> Reading { readings.value(for: text) { reading(text) } }

    private static let readings = Memo<String, Reading>()

    private static func reading(_ text: String) -> Reading {
        let tokens = text.lowercased().split { !$0.isLetter }.map(String.init)
        var reading = Reading(equipment: [], namesGymKit: false)
        var index = 0
        while index < tokens.count {
            if index + 1 < tokens.count, let item = pairs["\(singular(tokens[index])) \(singular(tokens[index + 1]))"] {
                reading.equipment.insert(item)
                index += 2
                continue
            }
            let word = singular(tokens[index])
            if let item = words[word] { reading.equipment.insert(item) }
            if gymKit.contains(word) { reading.namesGymKit = true }
            if household.contains(word) { reading.namesHousehold = true }
            index += 1
        }
        return reading
    }

    /// The alternatives of a substitute: its parts between "or", commas and semicolons that name
    /// something. A text naming nothing at all is one alternative (a household thing without a word).
    /// A comma starts a new alternative only before an article ("a kettlebell, a loaded backpack");
    /// otherwise it adds to the one before ("the bottom stair, holding the rail" is one).
    static func alternatives(_ text: String) -> [String] { alternativeLists.value(for: text) { splitAlternatives(text) } }

    private static let alternativeLists = Memo<String, [String]>()

    private static func splitAlternatives(_ text: String) -> [String] {
        var parts: [String] = []
        for piece in text.split(separator: " or ").flatMap({ $0.split(separator: ";") }) {
            for (index, clause) in piece.split(separator: ",").enumerated() {
                let words = clause.split(separator: " ")
                let startsAlternative = index == 0 || words.first.map { articles.contains($0.lowercased()) } ?? false
                if startsAlternative || parts.isEmpty {
                    parts.append(words.joined(separator: " "))
                } else {
                    parts[parts.count - 1] += "," + clause
                }
            }
        }
        let naming = parts.filter { read($0).namesSomething }
        return naming.isEmpty ? [text] : naming
    }

    /// Reads every written substitute of `cards` and its alternatives into the memos: a plan asks about
    /// each card it considers, and the catalog's reader thread can do this while the store opens.
    static func learn(_ cards: [ExerciseCard]) {
        for card in cards {
            for text in card.equipment.substitutes.values {
                for part in alternatives(text) { _ = read(part) }
            }
        }
    }

    /// Whether `text` begins with an article or a number word ("a", "the", "two"…).
    static func startsWithArticle(_ text: String) -> Bool {
        text.split(separator: " ").first.map { articles.contains($0.lowercased()) } ?? false
    }

    /// The first alternative of `text` someone with `available` can use, if any.
    static func usableAlternative(_ text: String, with available: Set<Equipment>) -> String? {
        alternatives(text).first { part in
            let reading = read(part)
            return !reading.namesGymKit && reading.equipment.isSubset(of: available)
        }
    }

    /// Whether someone with `available` can use the substitute `text`: one of its alternatives.
    static func isUsable(_ text: String, with available: Set<Equipment>) -> Bool {
        usableAlternative(text, with: available) != nil
    }

    /// What of `text` someone with `available` can use: the whole text when every alternative is usable
    /// ("a carpet or a folded blanket"), else the first usable one, else nil. Kept for the process: the
    /// plan asks about the same few texts thousands of times, and reading one takes many small strings.
    static func usablePart(of text: String, with available: Set<Equipment>) -> String? {
        usableParts.value(for: UsableKey(text: text, available: available)) {
            let alternatives = alternatives(text)
            let usable = alternatives.filter { isUsable($0, with: available) }
            return usable.count == alternatives.count ? text : usable.first
        }
    }

    private struct UsableKey: Hashable, Sendable {
        let text: String
        let available: Set<Equipment>
    }

    private static let usableParts = Memo<UsableKey, String?>()

    /// "stairs" → "stair", "boxes" → "box": enough English for equipment names.
    private static func singular(_ word: String) -> String {
        if word.hasSuffix("xes") || word.hasSuffix("ches") { return String(word.dropLast(2)) }
        if word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
