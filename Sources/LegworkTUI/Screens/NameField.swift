import Foundation

/// A one-line name typed on a list (a routine's new name): the keys of a text field, and what a key did.
struct NameField: Sendable, Equatable {
    private(set) var text: String
    /// Names longer than this are not a name (a paste of a page).
    static let limit = 100

    init(_ text: String) { self.text = text }

    enum Outcome: Equatable { case typing, kept(String), cancelled }
    enum KeyCommand: Sendable { case keep, cancel, erase, type }

    /// The keys while typing; `what` names the text in the help ("the new name").
    static func keyTable(_ what: String) -> KeyTable<KeyCommand> {
        KeyTable([
            KeyBinding("Enter", "keep \(what)", footer: true, keys: [.key(.enter)], .keep),
            KeyBinding("Esc", "cancel", footer: true, keys: [.key(.escape)], .cancel),
            KeyBinding("Backspace", "delete a character", keys: [.key(.backspace), .key(.delete)], .erase),
            KeyBinding("letters", what, keys: [.printable], .type),
        ])
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch Self.keyTable("").command(for: key) {
        case .keep?: return .kept(text.trimmingCharacters(in: .whitespaces))
        case .cancel?: return .cancelled
        case .erase?: if !text.isEmpty { text.removeLast() }
        case .type?: if case let .character(c) = key, text.count < Self.limit { text.append(c) }
        case nil: break
        }
        return .typing
    }
}
