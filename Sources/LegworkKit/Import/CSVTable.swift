/// An activities CSV read into its header and rows (RFC 4180, by `LogCSV.parse`), with the columns
/// found by name: exports put them in different places, and Strava's repeats some.
public struct CSVTable: Sendable {
    public let header: [String]
    /// The records after the header, each with its row number in the file (the header is row 1).
    public let rows: [(row: Int, fields: [String])]

    public init(_ text: String, separator: Unicode.Scalar = ",") throws(CSVError) {
        // A byte-order mark (spreadsheets write one) is not part of the first column's name.
        let records = try LogCSV.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, separator: separator)
        let kept = records.enumerated().filter { !($0.element.count == 1 && $0.element[0].isEmpty) }
        guard let first = kept.first else { throw CSVError(line: 1, problem: "the file is empty") }
        header = first.element.map { $0.trimmingSpaces }
        rows = kept.dropFirst().map { ($0.offset + 1, $0.element) }
    }

    /// The trimmed field at `index` of a row, or nil when the column is missing or the row is short.
    public static func field(_ fields: [String], _ index: Int?) -> String? {
        index.flatMap { $0 < fields.count ? fields[$0].trimmingSpaces : nil }
    }

    /// The indexes of the columns named `name`, in order (Strava's export has two "Distance" columns).
    public func columns(_ name: String) -> [Int] {
        header.indices.filter { header[$0] == name }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
