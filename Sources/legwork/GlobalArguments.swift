/// Lets global options stand before the command name (`legwork --speed 50 session today`), as the
/// command-line contract says. The argument parser only accepts a command's options after its name,
/// so global options found before the first command word are moved behind it.
enum GlobalArguments {
    static let valued: Set<String> = ["--data-dir", "--speed"]
    static let flags: Set<String> = ["--no-color"]

    static func hoist(_ arguments: [String], commands: Set<String>) -> [String] {
        var globals: [String] = []
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if rest.isEmpty || !commands.contains(rest[0]) {
                if valued.contains(word), index + 1 < arguments.count {
                    globals += [word, arguments[index + 1]]
                    index += 2
                    continue
                }
                if valued.contains(name) || flags.contains(word) {
                    globals.append(word)
                    index += 1
                    continue
                }
            }
            rest.append(word)
            index += 1
        }
        guard let first = rest.first, commands.contains(first) else { return globals + rest }
        // Command words may nest ("profile show"): put the globals after all leading command words.
        var split = 1
        while split < rest.count, !rest[split].hasPrefix("-"), commands.contains(rest[split]) { split += 1 }
        return Array(rest[..<split]) + globals + Array(rest[split...])
    }
}
