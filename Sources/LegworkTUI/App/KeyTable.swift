/// Which keys a binding takes.
public enum KeyPattern: Sendable, Hashable {
    case key(Key)
    /// Any digit 0-9: the screen reads which one from the key.
    case digit
    /// Any printable character: typing into a field.
    case printable

    public static func char(_ c: Character) -> KeyPattern { .key(.character(c)) }

    public func matches(_ key: Key) -> Bool {
        switch (self, key) {
        case let (.key(own), key): own == key
        case let (.digit, .character(c)): c.isASCII && c.isNumber
        case let (.printable, .character(c)): !(c.unicodeScalars.first.map { $0.value < 0x20 || $0.value == 0x7F } ?? true)
        default: false
        }
    }
}

/// One line of a screen's key table: the keys, how help writes them, what they do in words, and the
/// command they give the screen.
public struct KeyBinding<Command: Sendable>: Sendable {
    public let patterns: [KeyPattern]
    public let names: String
    /// How the footer writes the keys when it has less room than the help ("←→" for "←→ h l").
    public let footerNames: String?
    public let action: String
    /// Shown in the footer as well as in the `?` help.
    public let footer: Bool
    public let command: Command

    public init(_ names: String, _ action: String, footer: Bool = false, footerNames: String? = nil, keys patterns: [KeyPattern],
                _ command: Command) {
        self.names = names; self.action = action; self.footer = footer; self.footerNames = footerNames
        self.patterns = patterns; self.command = command
    }
}

/// A screen's keys in one place: `handle` reads the command of a key from it, the footer shows the
/// short form and `?` all of it, so what help says is what the keys do. A key the table does not hold
/// does nothing: the app does not even hand it to the screen (`Screen.ignores`).
public struct KeyTable<Command: Sendable>: Sendable {
    public let bindings: [KeyBinding<Command>]

    public init(_ bindings: [KeyBinding<Command>]) { self.bindings = bindings }

    /// The first binding's command for `key` (earlier lines win), or nil.
    public func command(for key: Key) -> Command? {
        bindings.first { binding in binding.patterns.contains { $0.matches(key) } }?.command
    }

    public func takes(_ key: Key) -> Bool { command(for: key) != nil }

    /// The lines of help: the footer's and the `?` overlay's.
    public var help: [KeyHelp] {
        bindings.filter { !$0.names.isEmpty }.map { KeyHelp($0.names, $0.action, footer: $0.footer, footerKeys: $0.footerNames) }
    }

    /// The list keys every list screen shares (`ListSelection.handle`), as one line of help.
    public static func listMoves(_ action: String, footer: Bool = true, _ command: Command) -> KeyBinding<Command> {
        KeyBinding("↑↓ j k", action, footer: footer,
                   keys: [.key(.up), .key(.down), .char("j"), .char("k"), .key(.home), .key(.end), .char("g"), .char("G"),
                          .key(.pageUp), .key(.pageDown)], command)
    }
}

/// A screen whose keys are one `KeyTable`: its help and the keys it ignores come from the table.
protocol KeyTableScreen: Screen {
    associatedtype Command: Sendable
    var keyTable: KeyTable<Command> { get }
}

extension KeyTableScreen {
    public var keys: [KeyHelp] { keyTable.help }
    public func ignores(_ key: Key) -> Bool { !keyTable.takes(key) }
}
