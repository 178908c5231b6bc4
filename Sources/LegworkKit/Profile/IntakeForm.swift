import Foundation

/// The pure model behind the intake screen: the profile questions in order, the runner's answers as text,
/// and an inline message for each answer that cannot be accepted.
///
/// Each answer goes through `ProfileKey.apply`, the parser of `legwork profile set`, so the form and the
/// command line accept and explain exactly the same things. Cross-field problems (a long-run day that is
/// not a run day, a race without a distance, a race date in the past) are shown on the field they concern.
public struct IntakeForm: Equatable, Sendable {
    public private(set) var fields: [IntakeField]
    /// The day the form is filled in: a race date before it is refused.
    public let today: CalendarDate
    /// The profile the form started from; answers are applied on top of it.
    private let base: Profile

    /// A form showing `profile`'s values (the defaults for a first run), validated at once.
    public init(profile: Profile = Profile(), today: CalendarDate) {
        self.base = profile
        self.today = today
        self.fields = ProfileKey.allCases.compactMap { key in
            guard let q = key.question else { return nil }
            var text = key.text(in: profile)
            // A typed answer left empty means none: the field shows empty rather than the word.
            switch q.kind {
            case .date, .number: if q.isOptional, text == "none" { text = "" }
            case .singleChoice, .multiChoice, .dayList, .injuryList: break
            }
            return IntakeField(key: key, label: q.label, help: q.help, kind: q.kind, isOptional: q.isOptional,
                               text: text, message: nil)
        }
        revalidate()
    }

    public subscript(key: ProfileKey) -> IntakeField? { fields.first { $0.key == key } }

    /// Replaces the answer for `key` and re-checks every field (one answer can fix or break another).
    public mutating func setText(_ text: String, for key: ProfileKey) {
        guard let i = fields.firstIndex(where: { $0.key == key }) else { return }
        fields[i].text = text
        revalidate()
    }

    /// Adds `value` to a list answer (multi choice or day list) or removes it when present, keeping the
    /// list in the order of the choices. Other kinds are left alone.
    public mutating func toggle(_ value: String, for key: ProfileKey) {
        guard let field = self[key] else { return }
        let order: [String]
        switch field.kind {
        case let .multiChoice(choices): order = choices.map(\.value)
        case .dayList: order = Weekday.allCases.map(\.rawValue)
        default: return
        }
        var items = Self.items(field.text)
        if let i = items.firstIndex(of: value) { items.remove(at: i) } else { items.append(value) }
        let known = order.filter(items.contains)
        let unknown = items.filter { !order.contains($0) }
        let all = known + unknown
        setText(all.isEmpty ? "none" : all.joined(separator: ","), for: key)
    }

    /// Moves a single-choice answer `offset` choices along (wrapping), e.g. for the left and right arrows.
    /// An answer that is not one of the choices moves from the first choice. Other kinds are left alone.
    public mutating func cycle(_ key: ProfileKey, by offset: Int) {
        guard let field = self[key], case let .singleChoice(choices) = field.kind, !choices.isEmpty else { return }
        let current = choices.firstIndex { $0.value == field.text.trimmingCharacters(in: .whitespaces).lowercased() }
        let next = current.map { (($0 + offset) % choices.count + choices.count) % choices.count } ?? 0
        setText(choices[next].value, for: key)
    }

    /// True when every answer is accepted and the answers agree with each other.
    public var isValid: Bool { fields.allSatisfy(\.isValid) }

    /// The first field with a problem, where the screen should put the cursor.
    public var firstInvalidKey: ProfileKey? { fields.first { !$0.isValid }?.key }

    /// The profile the answers describe.
    /// - Throws: the first problem, the same error `legwork profile set` would give.
    public func profile() throws(ProfileError) -> Profile {
        var profile = base
        for field in fields { try field.key.apply(field.text, to: &profile) }
        try profile.validate(today: today)
        return profile
    }

    private mutating func revalidate() {
        var profile = base
        for i in fields.indices {
            fields[i].message = nil
            do { try fields[i].key.apply(fields[i].text, to: &profile) } catch { fields[i].message = error.formMessage }
        }
        for problem in profile.problems(today: today) {
            guard let key = problem.key, let i = fields.firstIndex(where: { $0.key == key }),
                  fields[i].message == nil else { continue }
            fields[i].message = problem.formMessage
        }
    }

    /// Whether the form asks `key` now: a question that depends on another answer (the heaviest dumbbell
    /// on ticking dumbbells) is asked once that answer is given, or while it has an answer of its own.
    public func isAsked(_ key: ProfileKey) -> Bool {
        guard let field = self[key] else { return false }
        guard field.text.isEmpty, let condition = key.question?.askedWhen else { return true }
        switch condition {
        case let .ticked(list, value): return Self.items(self[list]?.text).contains(value)
        case let .anyTicked(list): return !Self.items(self[list]?.text).isEmpty
        }
    }

    /// A list answer's items ("mat, step" → mat step; "none" → nothing).
    private static func items(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && $0 != "none" }
    }
}
