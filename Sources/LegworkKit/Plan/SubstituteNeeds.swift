/// Rule: what a card's written substitute itself needs, read from its words.
///
/// A substitute is plain text ("a stair or sturdy box", "a carpet or a folded blanket"), so the only way to
/// know whether the runner can use it is to look for the equipment it names. The reading is deliberately
/// cautious: a substitute naming anything the runner has not listed ("two heavy dumbbells", "a stair",
/// "a kettlebell or a filled water bottle") counts as needing it, and one naming gym kit outside the
/// vocabulary ("a cable machine", "an ankle weight") is never assumed to be at hand. Only substitutes made
/// of household things (a carpet, a rolled T-shirt) pass, so the plan never prescribes what the runner lacks.
enum SubstituteNeeds {
    /// What the words of a substitute name: vocabulary equipment, and whether it names gym kit the
    /// vocabulary has no word for.
    struct Reading: Equatable {
        var equipment: Set<Equipment>
        var namesGymKit: Bool
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

    /// Gym kit without a vocabulary word: nobody is assumed to have it.
    private static let gymKit: Set<String> = ["machine", "cable", "plate", "weight", "barbell", "sandbag", "medicine"]

    static func read(_ text: String) -> Reading {
        let tokens = text.lowercased().split { !$0.isLetter }.map(String.init)
        var found: Set<Equipment> = []
        var gym = false
        var index = 0
        while index < tokens.count {
            if index + 1 < tokens.count, let item = pairs["\(singular(tokens[index])) \(singular(tokens[index + 1]))"] {
                found.insert(item)
                index += 2
                continue
            }
            let word = singular(tokens[index])
            if let item = words[word] { found.insert(item) }
            if gymKit.contains(word) { gym = true }
            index += 1
        }
        return Reading(equipment: found, namesGymKit: gym)
    }

    /// Whether someone with `available` can use the substitute `text` as written.
    static func isUsable(_ text: String, with available: Set<Equipment>) -> Bool {
        let reading = read(text)
        return !reading.namesGymKit && reading.equipment.isSubset(of: available)
    }

    /// "stairs" → "stair", "boxes" → "box": enough English for equipment names.
    private static func singular(_ word: String) -> String {
        if word.hasSuffix("xes") || word.hasSuffix("ches") { return String(word.dropLast(2)) }
        if word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
