import Foundation
import LegworkKit

/// Everything the runner owns in one JSON value: the stored documents (profile, a session in progress),
/// imported exercise cards, and the training log (strength sessions and stretch routines with their sets).
/// `legwork export` writes it and `legwork import` restores it; docs/backup-format.md describes the format.
public struct Backup: Codable, Hashable, Sendable {
    /// Always "legwork-backup": how `legwork import` tells a backup from an exercise file.
    public var format: String
    /// The format version; a backup from a newer version is refused rather than half read.
    public var version: Int
    /// When it was written (from the caller's clock; the store never reads one).
    public var exportedAt: WallTime?
    /// Stored documents by key ("profile", "session-in-progress"), as JSON.
    public var documents: [String: BackupJSONValue]
    /// Imported cards, each with its `source`.
    public var importedCards: [ExerciseCard]
    /// Sessions with their sets, oldest first.
    public var sessions: [LoggedSession]
    /// Strength checks, oldest first (version 2); absent when there are none, so a store without any
    /// backs up as before.
    public var strengthChecks: [StrengthCheck]?
    /// The runs that happened, oldest first (absent from version 1 backups).
    public var runs: [RunRecord]
    /// The runner's routines and therapists' programmes, by name (version 3); absent when there are none.
    public var routines: [StoredRoutine]?

    public static let formatName = "legwork-backup"
    /// 2 added strength checks and `runs`: a Legwork that reads version 1 would restore such a backup
    /// without them, so it refuses it instead. Version 1 backups still restore (with neither).
    /// 3 added `routines`, for the same reason; versions 1 and 2 restore without routines.
    public static let currentVersion = 3

    public init(exportedAt: WallTime? = nil, documents: [String: BackupJSONValue] = [:],
                importedCards: [ExerciseCard] = [], sessions: [LoggedSession] = [], strengthChecks: [StrengthCheck] = [],
                runs: [RunRecord] = [], routines: [StoredRoutine] = []) {
        self.format = Self.formatName; self.version = Self.currentVersion; self.exportedAt = exportedAt
        self.documents = documents; self.importedCards = importedCards; self.sessions = sessions
        self.strengthChecks = strengthChecks.isEmpty ? nil : strengthChecks
        self.runs = runs
        self.routines = routines.isEmpty ? nil : routines
    }

    enum CodingKeys: String, CodingKey { case format, version, exportedAt, documents, importedCards, sessions, strengthChecks, runs, routines }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        version = try c.decode(Int.self, forKey: .version)
        exportedAt = try c.decodeIfPresent(WallTime.self, forKey: .exportedAt)
        documents = try c.decode([String: BackupJSONValue].self, forKey: .documents)
        importedCards = try c.decode([ExerciseCard].self, forKey: .importedCards)
        sessions = try c.decode([LoggedSession].self, forKey: .sessions)
        strengthChecks = try c.decodeIfPresent([StrengthCheck].self, forKey: .strengthChecks)
        runs = try c.decodeIfPresent([RunRecord].self, forKey: .runs) ?? []
        routines = try c.decodeIfPresent([StoredRoutine].self, forKey: .routines)
    }

    /// Pretty-printed JSON with sorted keys: the same data always gives the same text.
    public func encoded() throws(BackupError) -> String {
        do {
            return try JSONText.encode(self, pretty: true) + "\n"
        } catch {
            throw .unreadable(source: "the backup", detail: "\(error)")
        }
    }

    /// True when `text` is a Legwork backup: a JSON object whose "format" is "legwork-backup". Read from
    /// the parsed document, wherever the key stands (a backup holding a session in progress puts its
    /// long "documents" first), never from a prefix of the text.
    public static func looksLikeBackup(_ text: String) -> Bool {
        struct Header: Decodable { var format: String? }
        guard text.drop(while: \.isWhitespace).first == "{" else { return false }
        return (try? JSONDecoder().decode(Header.self, from: Data(text.utf8)))?.format == formatName
    }

    /// Decodes a backup. `source` names the file in messages.
    public static func decode(_ text: String, source: String) throws(BackupError) -> Backup {
        struct Header: Decodable { var format: String?; var version: Int? }
        // The strict parser first (line and column; no trailing commas), then the decoder.
        if let syntax = JSONSyntaxError.locate(in: text) {
            throw .unreadable(source: source, detail: "it is not valid JSON at \(syntax)")
        }
        let data = Data(text.utf8)
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .unreadable(source: source, detail: "it is not JSON (\(Store.describe(error)))")
        }
        guard header.format == formatName else { throw .notABackup(source: source) }
        guard let version = header.version, version <= currentVersion else {
            throw .newerVersion(source: source, version: header.version ?? 0)
        }
        do {
            return try JSONDecoder().decode(Backup.self, from: data)
        } catch {
            throw .unreadable(source: source, detail: Store.describe(error))
        }
    }
}
