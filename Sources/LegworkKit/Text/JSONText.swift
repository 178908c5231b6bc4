import Foundation

/// `Encodable` values as JSON text: exactly the bytes Foundation's `JSONEncoder` writes with
/// `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`), which is how every
/// JSON Legwork prints or stores is written: keys sorted by their UTF-8 bytes, two-space indents,
/// `"key" : value`, control characters escaped, everything else (slashes, non-ASCII) as it is.
///
/// Why not `JSONEncoder` itself: for every type it meets, it asks the runtime whether the value is a
/// date, data, a URL, a decimal or a string-keyed dictionary (`as?` casts). In the static binary each
/// such question, the first time it is asked of a type, scans every protocol conformance the binary
/// holds, Foundation's and the Swift runtime's included, reading pages of the binary all over its text;
/// encoding the plan asked it of a few dozen types, and `legwork plan --json` took 12 ms longer than the
/// same plan as text (42 ms against 30). This encoder checks those few types by identity (a pointer
/// comparison) and otherwise lets each value encode itself.
/// `JSONTextTests` holds it to `JSONEncoder`'s bytes on plans, profiles, cards, backups and edge cases.
public enum JSONText {
    /// The JSON text of `value`. Throws `EncodingError.invalidValue` for a number JSON cannot hold
    /// (NaN, infinity), as `JSONEncoder` does.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        String(decoding: try utf8(value, pretty: pretty), as: UTF8.self)
    }

    /// `encode` as the UTF-8 bytes it writes, for a document that is printed, not read back as text:
    /// making a `String` of them checks all 300 KB of a plan again.
    public static func utf8<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        try utf8(value, pretty: pretty, depth: 0, written: nil)
    }

    /// `utf8(value, pretty:)`, with `parts` written first, on two cores, and placed as written: the same
    /// bytes, as a part is written as the whole document would write it at `depth` (2 for the items of a
    /// list in the top object). `parts` are the first values of their type that the document holds, in
    /// its order; any more of that type are encoded in place. A part that cannot be written fails the
    /// whole, its error's coding path starting at the part. Most of a plan's JSON is its weeks, and the
    /// other core is idle by the time the plan is printed.
    /// Each core takes the next part no one has taken, so both finish together: a fixed half each left
    /// one waiting for the other, as the parts differ in size, the first of each type costs the runtime
    /// more, and the pool's thread may start late.
    public static func utf8<T: Encodable, Part: Encodable & Sendable>(_ value: T, pretty: Bool, writingFirst parts: [Part],
                                                                       atDepth depth: Int) throws -> [UInt8] {
        let written = SharedWork<[UInt8]>(count: parts.count)
        @Sendable func writeUntaken() {
            while let i = written.take() {
                written.set(i, Result { try utf8(parts[parts.startIndex + i], pretty: pretty, depth: depth, written: nil) })
            }
        }
        // The other core's share on a pool thread (not this one: `concurrentPerform` can keep both).
        let helper = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: helper) { writeUntaken() }
        writeUntaken()
        helper.wait()
        return try utf8(value, pretty: pretty, depth: 0, written: WrittenParts(type: Part.self, bytes: written.all()))
    }

    private static func utf8<T: Encodable>(_ value: T, pretty: Bool, depth: Int, written: WrittenParts?) throws -> [UInt8] {
        let tree = Tree(written: written)
        let root = try tree.encoding(value, path: nil)
        // The parts written beforehand are most of the document: room for them at once, not by doubling
        // (each larger buffer is fresh memory, and a plan's 300 KB took some 150 page faults that way).
        var writer = Writer(pretty: pretty, nodes: tree.nodes, depth: depth, adding: written?.bytes.reduce(0) { $0 + $1.count } ?? 0)
        writer.write(root)
        return writer.bytes
    }
}

/// Parts written beforehand (`utf8(_:pretty:writingFirst:atDepth:)`): the next value of their type that
/// the document encodes takes the next of them.
private struct WrittenParts {
    let type: Any.Type
    var bytes: [[UInt8]]
    var next = 0
}

// MARK: - The tree a value encodes into

/// The values of one document while it encodes itself, side by side: a node is its index in `nodes`.
/// Containers are filled in place, in any order, and a keyed container asked for twice adds to the same
/// object (`FormatMarked` relies on it). One buffer rather than an object per value: a plan's JSON holds
/// some twenty thousand values, most of them strings and numbers, and making and releasing an object for
/// each was a tenth of `legwork plan --json`.
private final class Tree {
    enum Content {
        /// Nothing encoded yet (written as `{}`, as `JSONEncoder` writes a value that encodes nothing).
        case empty
        /// A number, `true`, `false` or `null`, as written.
        case literal(String)
        case string(String)
        case array
        case object
        /// A value written beforehand, at this depth: its bytes as they are.
        case written([UInt8])
    }

    struct Node {
        var content = Content.empty
        /// An object's members in the order of their keys' UTF-8 bytes, each key once (a key encoded
        /// again replaces its value, as in `JSONEncoder`). Kept in order as they come: a type encodes
        /// its keys in the same order every time, often already sorted, so a key is usually placed
        /// after one comparison, and the object is not sorted again when written.
        var members: [(key: String, node: Int)] = []
        var items: [Int] = []
    }

    /// Unchecked: only the encoder of this one document touches it, on one thread, and a node is
    /// written while no other access is under way; the runtime's check on every access was a twentieth
    /// of encoding a plan.
    @exclusivity(unchecked) var nodes: [Node] = []
    /// Values written beforehand, placed instead of encoding them again: the type is compared at every
    /// value, the bytes read only for a value of that type.
    private let writtenType: Any.Type?
    private var written: WrittenParts?

    init(written: WrittenParts?) {
        self.written = written
        writtenType = written?.type
        nodes.reserveCapacity(1024)
    }

    func add(_ content: Content = .empty) -> Int {
        nodes.append(Node(content: content))
        return nodes.count - 1
    }

    /// A new node holding what `value` encodes.
    func encoding<T: Encodable>(_ value: T, path: CodingPath?) throws -> Int {
        let node = add()
        try encode(value, into: node, path: path)
        return node
    }

    /// Encodes `value` into `node`. The types `JSONEncoder` writes otherwise than their own `encode(to:)`
    /// are recognised by identity, which asks the runtime nothing.
    func encode<T: Encodable>(_ value: T, into node: Int, path: CodingPath?) throws {
        if let writtenType, T.self == writtenType, let next = written?.next, next < written?.bytes.count ?? 0 {
            nodes[node].content = .written(written!.bytes[next])
            written?.next += 1
        } else if T.self == URL.self, let url = value as? URL {
            nodes[node].content = .string(url.absoluteString)
        } else if T.self == Data.self, let data = value as? Data {
            nodes[node].content = .string(data.base64EncodedString())
        } else if T.self == Decimal.self, let decimal = value as? Decimal {
            nodes[node].content = .literal(decimal.description)
        } else {
            try value.encode(to: TreeEncoder(tree: self, node: node, path: path))
        }
    }

    func becomeObject(_ node: Int) {
        if case .object = nodes[node].content { return }
        nodes[node].content = .object
        // Room for a plan item's dozen members at once: grown one by one, the list was allocated five
        // times over for each of a plan's thousands of objects.
        nodes[node].members = []
        nodes[node].members.reserveCapacity(16)
    }

    func becomeArray(_ node: Int) {
        if case .array = nodes[node].content { return }
        nodes[node].content = .array
        nodes[node].items = []
    }

    func set(_ node: Int, _ key: String, _ child: Int) {
        var at = nodes[node].members.count
        while at > 0 {
            let order = Self.order(key, nodes[node].members[at - 1].key)
            if order == 0 {
                nodes[node].members[at - 1].node = child
                return
            }
            if order > 0 { break }
            at -= 1
        }
        if at == nodes[node].members.count {
            nodes[node].members.append((key, child))
        } else {
            nodes[node].members.insert((key, child), at: at)
        }
    }

    /// -1, 0 or 1 as `a`'s UTF-8 bytes sort before, with or after `b`'s (the order of `.sortedKeys`).
    static func order(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        var x = a.utf8.makeIterator(), y = b.utf8.makeIterator()
        while true {
            switch (x.next(), y.next()) {
            case let (p?, q?): if p != q { return p < q ? -1 : 1 }
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            }
        }
    }

    /// A new node, the last item of the array `node`.
    func appendItem(to node: Int, _ content: Content = .empty) -> Int {
        let child = add(content)
        nodes[node].items.append(child)
        return child
    }
}

/// Where a value sits, for `codingPath`: a link per level, walked only when someone asks.
private final class CodingPath {
    let parent: CodingPath?
    let key: any CodingKey

    init(_ parent: CodingPath?, _ key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    static func keys(_ path: CodingPath?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var link = path
        while let current = link {
            keys.append(current.key)
            link = current.parent
        }
        return keys.reversed()
    }
}

/// A position in an unkeyed container, as a coding key.
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

/// The scalars, written as `JSONEncoder` writes them.
private enum Scalar {
    static func integer(_ value: some BinaryInteger) -> Tree.Content { .literal(value.description) }

    /// `JSONEncoder`'s form: the shortest text that reads back the same, without a trailing ".0".
    static func float<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, path: CodingPath?) throws -> Tree.Content {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: CodingPath.keys(path), debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .literal(text)
    }
}

// MARK: - The encoder and its containers

private struct TreeEncoder: Encoder {
    let tree: Tree
    let node: Int
    let path: CodingPath?

    var codingPath: [any CodingKey] { CodingPath.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        tree.becomeObject(node)
        return KeyedEncodingContainer(KeyedContainer<Key>(tree: tree, node: node, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        tree.becomeArray(node)
        return UnkeyedContainer(tree: tree, node: node, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(tree: tree, node: node, path: path) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let tree: Tree
    let node: Int
    let path: CodingPath?

    var codingPath: [any CodingKey] { CodingPath.keys(path) }

    private func set(_ content: Tree.Content, _ key: Key) { tree.set(node, key.stringValue, tree.add(content)) }
    private func below(_ key: Key) -> CodingPath { CodingPath(path, key) }

    mutating func encodeNil(forKey key: Key) { set(.literal("null"), key) }
    mutating func encode(_ value: Bool, forKey key: Key) { set(.literal(value ? "true" : "false"), key) }
    mutating func encode(_ value: String, forKey key: Key) { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(try Scalar.float(value, path: below(key)), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(try Scalar.float(value, path: below(key)), key) }
    mutating func encode(_ value: Int, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { set(Scalar.integer(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        tree.set(node, key.stringValue, try tree.encoding(value, path: below(key)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = tree.add(.object)
        tree.set(node, key.stringValue, child)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(tree: tree, node: child, path: below(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = tree.add(.array)
        tree.set(node, key.stringValue, child)
        return UnkeyedContainer(tree: tree, node: child, path: below(key))
    }

    mutating func superEncoder() -> any Encoder {
        let child = tree.add()
        tree.set(node, SuperKey().stringValue, child)
        return TreeEncoder(tree: tree, node: child, path: CodingPath(path, SuperKey()))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = tree.add()
        tree.set(node, key.stringValue, child)
        return TreeEncoder(tree: tree, node: child, path: below(key))
    }
}

/// What the unkeyed and the single-value containers share: every value they take goes into one node, the
/// container's next (a new item, or the value itself).
private protocol NodeSink {
    var tree: Tree { get }
    /// The coding path of the value put next.
    var nextPath: CodingPath? { get }
    /// The node the next value goes into.
    func nextNode() -> Int
}

extension NodeSink {
    private func put(_ content: Tree.Content) { tree.nodes[nextNode()].content = content }

    mutating func encodeNil() { put(.literal("null")) }
    mutating func encode(_ value: Bool) { put(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(try Scalar.float(value, path: nextPath)) }
    mutating func encode(_ value: Float) throws { put(try Scalar.float(value, path: nextPath)) }
    mutating func encode(_ value: Int) { put(Scalar.integer(value)) }
    mutating func encode(_ value: Int8) { put(Scalar.integer(value)) }
    mutating func encode(_ value: Int16) { put(Scalar.integer(value)) }
    mutating func encode(_ value: Int32) { put(Scalar.integer(value)) }
    mutating func encode(_ value: Int64) { put(Scalar.integer(value)) }
    mutating func encode(_ value: UInt) { put(Scalar.integer(value)) }
    mutating func encode(_ value: UInt8) { put(Scalar.integer(value)) }
    mutating func encode(_ value: UInt16) { put(Scalar.integer(value)) }
    mutating func encode(_ value: UInt32) { put(Scalar.integer(value)) }
    mutating func encode(_ value: UInt64) { put(Scalar.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = nextPath
        try tree.encode(value, into: nextNode(), path: path)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, NodeSink {
    let tree: Tree
    let node: Int
    let path: CodingPath?

    var codingPath: [any CodingKey] { CodingPath.keys(path) }
    var count: Int { tree.nodes[node].items.count }
    var nextPath: CodingPath? { CodingPath(path, IndexKey(count)) }

    func nextNode() -> Int { tree.appendItem(to: node) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let at = nextPath
        let child = tree.appendItem(to: node, .object)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(tree: tree, node: child, path: at))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let at = nextPath
        let child = tree.appendItem(to: node, .array)
        return UnkeyedContainer(tree: tree, node: child, path: at)
    }

    mutating func superEncoder() -> any Encoder {
        let at = nextPath
        return TreeEncoder(tree: tree, node: tree.appendItem(to: node), path: at)
    }
}

private struct SingleContainer: SingleValueEncodingContainer, NodeSink {
    let tree: Tree
    let node: Int
    let path: CodingPath?

    var codingPath: [any CodingKey] { CodingPath.keys(path) }
    var nextPath: CodingPath? { path }

    func nextNode() -> Int { node }
}

// MARK: - Writing the tree

/// `JSONEncoder`'s layout (swift-foundation's `JSONWriter`): pretty output puts each member and item on
/// its own line, indented two spaces a level, and an empty container on two lines (`{\n\n}`).
///
/// A line break and its indent are appended as one slice of `lineBreaks`, and a node is read in place
/// (its content and children are not copied out): a plan's JSON is some twenty thousand values, and
/// appending byte by byte and copying each node was most of writing it.
private struct Writer {
    let pretty: Bool
    let nodes: [Tree.Node]
    var bytes: [UInt8] = []
    private var indent = 0
    /// "\n" then spaces: `lineBreaks[0 ..< 1 + 2 * indent]` ends a line and indents the next.
    private var lineBreaks: [UInt8] = [UInt8(ascii: "\n")] + Array(repeating: 0x20, count: 64)

    /// `depth`: the indent level of the value written, where it stands in its document; `adding`: the
    /// bytes of the values written beforehand that it holds.
    init(pretty: Bool, nodes: [Tree.Node], depth: Int = 0, adding written: Int = 0) {
        self.pretty = pretty
        self.nodes = nodes
        indent = depth
        bytes.reserveCapacity(max(1 << 12, nodes.count * 16 + written))
    }

    mutating func write(_ index: Int) {
        switch nodes[index].content {
        case .empty: open(UInt8(ascii: "{")); close(UInt8(ascii: "}"))
        case let .literal(text): bytes.append(contentsOf: text.utf8)
        case let .string(text): string(text)
        case let .written(bytes): self.bytes.append(contentsOf: bytes)
        case .array:
            open(UInt8(ascii: "["))
            let count = nodes[index].items.count
            for i in 0..<count {
                separate(first: i == 0)
                write(nodes[index].items[i])
            }
            close(UInt8(ascii: "]"))
        case .object:
            open(UInt8(ascii: "{"))
            for (i, member) in nodes[index].members.enumerated() {
                separate(first: i == 0)
                string(member.key)
                if pretty { bytes.append(contentsOf: " : ".utf8) } else { bytes.append(UInt8(ascii: ":")) }
                write(member.node)
            }
            close(UInt8(ascii: "}"))
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent += 1
        }
    }

    private mutating func separate(first: Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        if pretty {
            if first { appendSpaces(2 * indent) } else { newLine() }
        }
    }

    private mutating func close(_ bracket: UInt8) {
        if pretty {
            indent -= 1
            newLine()
        }
        bytes.append(bracket)
    }

    /// A line break and the indent of the current level.
    private mutating func newLine() {
        let width = 1 + 2 * indent
        if width > lineBreaks.count { lineBreaks += Array(repeating: 0x20, count: width - lineBreaks.count) }
        bytes.append(contentsOf: lineBreaks[0..<width])
    }

    private mutating func appendSpaces(_ count: Int) {
        if 1 + count > lineBreaks.count { lineBreaks += Array(repeating: 0x20, count: 1 + count - lineBreaks.count) }
        bytes.append(contentsOf: lineBreaks[1..<(1 + count)])
    }

    /// A quoted string: the quote, the backslash and the C0 controls escaped (`\n`, `\t`, `\u001b`…).
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied at once: most strings are one such run.
            var runStart = 0
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                escape(byte)
                runStart = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of a byte `string` does not copy as it is.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x00...0x1F:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: bytes.append(byte)
        }
    }
}
