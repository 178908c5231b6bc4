// The routine file, Assets/routines/stretch-15.json (also described in docs/routines.md):
//
// {
//   "id": "stretch-15", "title": "Post-run stretch",
//   "getReady": 5, "switch": 5, "move": 10,                 seconds (see StretchRoutine for the timing)
//   "blocks": [StretchBlock…],                              the default routine, in flow order
//   "pool":   [StretchBlock…],                              alternatives, used through swaps
//   "swaps":  [{"level", "replace", "with", "unless"?}…],   StretchSwap
//   "focus":    {"calves"|"hips"|"hamstrings"|"back": StretchEmphasis},
//   "injuries": {"plantar"|"achilles"|"shins"|"knee"|"itbs"|"other": StretchEmphasis}
// }
//
// A block: {"stretch": card id, "hold": s, "perSide": bool, "area": StretchArea, "position":
// StretchPosition, "otherPositions"?: [StretchPosition], "priority": 1 = kept first, "props": [Equipment]}.
// An emphasis: {"lead"?: [id], "raise"?: [id], "drop"?: [id], "tight"?: [StretchArea]}.
import Foundation
import LegworkAssets

/// Everything the stretch routines are built from: the default routine, the pool of alternatives,
/// the level swaps and how each focus and injury shifts a routine. Decoded from the routine file and
/// checked on the way in, so the builder can trust it.
public struct StretchLibrary: Hashable, Sendable {
    /// Where the bundled routine file lives, relative to Assets/.
    public static let bundledPath = "routines/stretch-15.json"

    /// The default routine (15:00 exactly with the shipped file).
    public var routine: StretchRoutine
    /// Stretches that are not in the default routine but can replace one of its stretches.
    public var pool: [StretchBlock]
    public var swaps: [StretchSwap]
    public var focus: [StretchFocus: StretchEmphasis]
    public var injuries: [Injury: StretchEmphasis]

    /// Checks the parts against the rules of the routine file; throws `invalidFile` naming what is wrong.
    public init(
        routine: StretchRoutine, pool: [StretchBlock] = [], swaps: [StretchSwap] = [],
        focus: [StretchFocus: StretchEmphasis] = [:], injuries: [Injury: StretchEmphasis] = [:],
        path: String = "routine"
    ) throws(StretchError) {
        self.routine = routine; self.pool = pool; self.swaps = swaps; self.focus = focus; self.injuries = injuries
        if let problem = firstProblem() { throw StretchError.invalidFile(path: path, reason: problem) }
    }

    /// Decodes and checks the text of a routine file. `path` only names the file in error messages.
    public init(jsonText: String, path: String = StretchLibrary.bundledPath) throws(StretchError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(jsonText.utf8))
        } catch let error as DecodingError {
            throw StretchError.unreadableFile(path: path, reason: Self.explain(error))
        } catch {
            throw StretchError.unreadableFile(path: path, reason: "\(error)")
        }
        var focus: [StretchFocus: StretchEmphasis] = [:]
        for (word, emphasis) in file.focus ?? [:] {
            guard let key = StretchFocus(rawValue: word) else {
                let valid = StretchFocus.allCases.map(\.rawValue).joined(separator: ", ")
                throw StretchError.invalidFile(path: path, reason: "focus \"\(word)\" is not one of \(valid)")
            }
            focus[key] = emphasis
        }
        var injuries: [Injury: StretchEmphasis] = [:]
        for (word, emphasis) in file.injuries ?? [:] {
            guard let key = Injury(rawValue: word) else {
                let valid = Injury.allCases.map(\.rawValue).joined(separator: ", ")
                throw StretchError.invalidFile(path: path, reason: "injury \"\(word)\" is not one of \(valid)")
            }
            injuries[key] = emphasis
        }
        let routine = StretchRoutine(
            id: file.id, title: file.title, getReady: file.getReady, switchSeconds: file.switchSeconds,
            move: file.move, blocks: file.blocks)
        try self.init(
            routine: routine, pool: file.pool ?? [], swaps: file.swaps ?? [], focus: focus,
            injuries: injuries, path: path)
    }

    /// The routine file compiled into the program.
    public static func bundled() throws(StretchError) -> StretchLibrary { try bundledLibrary.get() }

    /// Every stretch id the file uses (default routine first, then the pool): each must be a
    /// stretch card of the catalog, which the catalog's checks can verify with this list.
    public var stretchIDs: [String] { (routine.blocks + pool).map(\.stretch) }

    /// The pool stretch with this id.
    public func poolBlock(_ id: String) -> StretchBlock? { pool.first { $0.stretch == id } }

    // MARK: - Checks

    private func firstProblem() -> String? {
        let r = routine
        if r.getReady < 0 || r.switchSeconds < 0 || r.move < 0 {
            return "getReady, switch and move must be 0 seconds or more"
        }
        if r.blocks.isEmpty { return "the routine has no blocks" }
        let allBlocks = r.blocks + pool
        let longest = StretchLimits.maxHold(.advanced)
        for block in allBlocks {
            if block.stretch.isEmpty { return "a block has an empty stretch id" }
            if !(StretchLimits.minHold...longest).contains(block.hold) {
                return "\(block.stretch) holds \(block.hold) s; holds must be \(StretchLimits.minHold)–\(longest) s"
            }
            if block.priority < 1 { return "\(block.stretch) has priority \(block.priority); 1 is the highest" }
            if block.round != 1 { return "\(block.stretch) has a round; rounds are set by the builder only" }
        }
        var seen: Set<String> = []
        for id in stretchIDs {
            if !seen.insert(id).inserted { return "\(id) appears twice in blocks and pool" }
        }
        for (before, after) in zip(r.blocks, r.blocks.dropFirst()) where after.position < before.position {
            return "\(after.stretch) (\(after.position.rawValue)) comes after \(before.stretch) "
                + "(\(before.position.rawValue)); blocks must go standing, kneeling, seated, lying"
        }
        for swap in swaps {
            if !r.blocks.contains(where: { $0.stretch == swap.replace }) {
                return "swap replaces \(swap.replace), which is not in the routine's blocks"
            }
            if poolBlock(swap.with) == nil { return "swap uses \(swap.with), which is not in the pool" }
        }
        let named = focus.values.flatMap(\.stretchIDs) + injuries.values.flatMap(\.stretchIDs)
        if let unknown = named.first(where: { !seen.contains($0) }) {
            return "focus or injury rules name \(unknown), which is neither in blocks nor in the pool"
        }
        return nil
    }

    /// A decoding error as a sentence: where in the file, and what was expected.
    private static func explain(_ error: DecodingError) -> String {
        func at(_ path: [CodingKey]) -> String {
            guard !path.isEmpty else { return "top level" }
            return path.reduce("") { text, key in
                if let index = key.intValue { return text + "[\(index)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        switch error {
        case let .keyNotFound(key, context): return "missing \"\(key.stringValue)\" at \(at(context.codingPath))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(context.debugDescription) at \(at(context.codingPath))"
        @unknown default: return "\(error)"
        }
    }

    /// The file as written; dictionaries keyed by words are turned into enums after decoding so an
    /// unknown word gets a clear message.
    private struct File: Decodable {
        var id: String
        var title: String
        var getReady: Int
        var switchSeconds: Int
        var move: Int
        var blocks: [StretchBlock]
        var pool: [StretchBlock]?
        var swaps: [StretchSwap]?
        var focus: [String: StretchEmphasis]?
        var injuries: [String: StretchEmphasis]?

        enum CodingKeys: String, CodingKey {
            case id, title, getReady, switchSeconds = "switch", move, blocks, pool, swaps, focus, injuries
        }
    }
}

/// Decoded once: the bundled file never changes while the program runs.
private let bundledLibrary: Result<StretchLibrary, StretchError> = {
    guard let text = BundledAssets.text(StretchLibrary.bundledPath) else {
        return .failure(.unreadableFile(path: StretchLibrary.bundledPath, reason: "it was not bundled"))
    }
    return Result { () throws(StretchError) in try StretchLibrary(jsonText: text) }
}()
