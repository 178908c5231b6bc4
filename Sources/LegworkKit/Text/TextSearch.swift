extension StringProtocol {
    /// Whether `part` appears in this text, compared by their UTF-8 bytes: what the rules' keyword checks
    /// on data (a card's load words, its name) need, whose keywords are plain ASCII words.
    ///
    /// Not Foundation's `contains`: it goes through CoreFoundation's string search for every call, and
    /// the load words of every dose a plan writes and reads back were checked that way (a fiftieth of
    /// `legwork plan --json`).
    func mentions(_ part: String) -> Bool { utf8.firstRange(of: part.utf8) != nil }
}
