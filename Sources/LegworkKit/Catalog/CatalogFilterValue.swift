extension CatalogFilter {
    /// Filter values as typed on the command line or in the browser, forgiving about case, spaces and
    /// "_" versus "-" ("Single leg", "hip_flexors"), and throwing `UnknownValueError` with the closest
    /// valid words on a typo.
    public enum Value {
        public static func parse(kind text: String) throws(UnknownValueError) -> ExerciseKind {
            try word(text, what: "kind")
        }

        /// Also accepts the abbreviations SL, JC, LT and CO.
        public static func parse(quality text: String) throws(UnknownValueError) -> Quality {
            if let quality = Quality.allCases.first(where: { $0.abbreviation.lowercased() == folded(text) }) {
                return quality
            }
            return try word(text, what: "quality")
        }

        public static func parse(muscle text: String) throws(UnknownValueError) -> Muscle {
            try word(text, what: "muscle")
        }

        /// Also accepts the clinical abbreviations PFP (knee), MTSS (shins), AT (achilles), PF (plantar).
        public static func parse(injury text: String) throws(UnknownValueError) -> Injury {
            let clinical: [String: Injury] = ["pfp": .knee, "mtss": .shins, "at": .achilles, "pf": .plantar]
            if let injury = clinical[folded(text)] { return injury }
            return try word(text, what: "injury")
        }

        public static func parse(level text: String) throws(UnknownValueError) -> Level {
            try word(text, what: "level")
        }

        /// A comma-separated list ("mat, step,dumbbells"); "none" is the empty set (body weight only).
        /// Reports the first unknown item.
        public static func parse(equipment text: String) throws(UnknownValueError) -> Set<Equipment> {
            let items = text.split(separator: ",").map(String.init).filter { !folded($0).isEmpty }
            if items.count == 1, folded(items[0]) == "none" { return [] }
            var result = Set<Equipment>()
            for item in items { result.insert(try word(item, what: "equipment")) }
            return result
        }

        private static func word<Word: RawRepresentable & CaseIterable>(
            _ text: String, what: String
        ) throws(UnknownValueError) -> Word where Word.RawValue == String {
            let key = folded(text)
            if let word = Word.allCases.first(where: { $0.rawValue == key }) { return word }
            throw UnknownValueError(what: what, value: text, valid: Word.allCases.map(\.rawValue))
        }

        /// Lower case, trimmed, with spaces and "_" written as "-" like the vocabulary words.
        private static func folded(_ text: String) -> String {
            let words = text.lowercased().split { $0 == " " || $0 == "_" || $0 == "-" }
            return words.joined(separator: "-")
        }
    }
}
