/// One record of the free-exercise-db JSON format, as read from the file before any mapping.
/// Vocabulary words stay strings here: checking them is the mapping's job, so one bad word rejects one
/// record with a clear reason instead of failing the whole file.
struct FreeExerciseDBRecord: Hashable, Sendable {
    var id: String
    var name: String
    var force: String?
    var level: String
    var mechanic: String?
    var equipment: String?
    var primaryMuscles: [String]
    var secondaryMuscles: [String]
    var instructions: [String]
    var category: String

    enum Key: String, CodingKey {
        case id, name, force, level, mechanic, equipment, primaryMuscles, secondaryMuscles, instructions, category
    }

    init(from c: KeyedDecodingContainer<Key>) throws {
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        force = try c.decodeIfPresent(String.self, forKey: .force)
        level = try c.decode(String.self, forKey: .level)
        mechanic = try c.decodeIfPresent(String.self, forKey: .mechanic)
        equipment = try c.decodeIfPresent(String.self, forKey: .equipment)
        primaryMuscles = try c.decodeIfPresent([String].self, forKey: .primaryMuscles) ?? []
        secondaryMuscles = try c.decodeIfPresent([String].self, forKey: .secondaryMuscles) ?? []
        instructions = try c.decodeIfPresent([String].self, forKey: .instructions) ?? []
        category = try c.decode(String.self, forKey: .category)
    }
}

/// One element of the file's array: the record, or why it could not be read. Decoding a slot never
/// throws, so one broken record does not stop the others from being read.
struct FreeExerciseDBSlot: Decodable, Sendable {
    var outcome: Result<FreeExerciseDBRecord, RejectionReason>
    /// The record's id when it is a readable string, even if the rest of the record is broken.
    var id: String?

    init(from decoder: Decoder) throws {
        let depth = decoder.codingPath.count
        guard let c = try? decoder.container(keyedBy: FreeExerciseDBRecord.Key.self) else {
            outcome = .failure(.notAnObject)
            id = nil
            return
        }
        id = try? c.decode(String.self, forKey: .id)
        do {
            outcome = .success(try FreeExerciseDBRecord(from: c))
        } catch let error as DecodingError {
            outcome = .failure(Self.reason(for: error, below: depth))
        } catch {
            outcome = .failure(.wrongType(field: "?", expected: "valid data (\(error))"))
        }
    }

    /// Turns a decoding error into words about the record's own fields (`primaryMuscles[2]`).
    static func reason(for error: DecodingError, below depth: Int) -> RejectionReason {
        func field(_ path: [CodingKey]) -> String {
            var text = ""
            for key in path.dropFirst(depth) {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "?" : text
        }
        func words(_ type: Any.Type) -> String {
            if type == String.self { return "a string" }
            if "\(type)".hasPrefix("Array") { return "a list of strings" }
            return "\(type)"
        }
        switch error {
        case let .keyNotFound(key, context):
            return .missingField(field(context.codingPath + [key]))
        case let .valueNotFound(type, context):
            return .wrongType(field: field(context.codingPath), expected: words(type) + ", not null")
        case let .typeMismatch(type, context):
            return .wrongType(field: field(context.codingPath), expected: words(type))
        case let .dataCorrupted(context):
            return .wrongType(field: field(context.codingPath), expected: "valid data (\(context.debugDescription))")
        @unknown default:
            return .wrongType(field: "?", expected: "valid data")
        }
    }
}
