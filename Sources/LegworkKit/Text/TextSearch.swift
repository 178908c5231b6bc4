extension StringProtocol {
    /// Whether `part` appears in this text, compared by their UTF-8 bytes: what the rules' keyword checks
    /// on data (a card's load words, its name) need, whose keywords are plain ASCII words.
    ///
    /// Hand-written because neither library search fits a check made for every dose a plan writes and
    /// reads back: Foundation's `contains` goes through CoreFoundation's string search for every call (a
    /// fiftieth of `legwork plan --json`), and the standard library's `firstRange(of:)` is generic over
    /// any collection and, unspecialised, cost a fifth more instructions than the whole plan otherwise did.
    func mentions(_ part: String) -> Bool { TextSearch.find(part, in: String(self), foldingCase: false) }

    /// `mentions`, with the letters A to Z of this text taken as lowercase (`part` is written in lowercase):
    /// a card's name checked for a keyword without making a lowercased copy of it first.
    func mentionsIgnoringCase(_ part: String) -> Bool { TextSearch.find(part, in: String(self), foldingCase: true) }
}

private enum TextSearch {
    static func find(_ part: String, in text: String, foldingCase: Bool) -> Bool {
        var text = text, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                func byte(_ i: Int) -> UInt8 {
                    let b = haystack[i]
                    return foldingCase && (0x41...0x5A).contains(b) ? b + 0x20 : b
                }
                for start in 0...(haystack.count - needle.count) where byte(start) == first {
                    var k = 1
                    while k < needle.count && byte(start + k) == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                return false
            }
        }
    }
}
