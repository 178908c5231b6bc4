/// The members of one JSON object, consumed key by key so that leftovers (typos) and repeats can be reported.
struct JSONFields {
    private var members: [(key: String, value: ParsedJSON)]
    /// Path of this object inside the card ("" for the card itself, "dose.beginner" for a dose).
    let prefix: String
    /// The keys this object may have, for "did you mean" on an unknown key.
    let known: [String]
    private(set) var repeated: [String] = []

    init(members: [(key: String, value: ParsedJSON)], path: String, known: [String]) {
        self.prefix = path
        self.known = known
        var seen = Set<String>()
        var unique: [(key: String, value: ParsedJSON)] = []
        for member in members {
            if seen.insert(member.key).inserted { unique.append(member) } else { repeated.append(member.key) }
        }
        self.members = unique
    }

    func path(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }

    /// Removes and returns the value of `key`.
    mutating func take(_ key: String) -> ParsedJSON? {
        guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
        return members.remove(at: index).value
    }

    /// Removes and returns every member, in file order (for objects keyed by vocabulary words).
    mutating func takeAll() -> [(key: String, value: ParsedJSON)] {
        defer { members = [] }
        return members
    }

    /// Keys nobody asked for.
    var unread: [String] { members.map(\.key) }
}
