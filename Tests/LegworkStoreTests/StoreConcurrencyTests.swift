import Dispatch
import Foundation
import LegworkKit
import LegworkStore
import Testing

@Suite("Store: two stores on one file")
struct StoreConcurrencyTests {
    @Test func twoStoresWriteAtTheSameTimeWithoutLosingAnything() throws {
        try withTemporaryDirectory { tmp in
            let file = tmp.appendingPathComponent("legwork.sqlite")
            // Two opens at once on a new file: both must succeed (one creates the schema, one waits).
            let stores = try [0, 1].map { _ in try Store.open(at: file) }
            let failures = Failures()
            let writesEach = 40
            let setsPerWrite = 25
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                do {
                    let store = stores[worker]
                    let session = try store.beginSession(kind: .strength, title: "worker \(worker)",
                                                         startedAt: wallTime(worker + 1), plannedSeconds: 600)
                    for i in 1...writesEach {
                        // Batches of sets keep each transaction long enough for the two writers to collide.
                        let sets = (1...setsPerWrite).map { n in
                            SetRecord(sessionID: session.id, exerciseID: "ex-\(n)", setNumber: i, reps: i,
                                      startedAt: wallTime(worker + 1), endedAt: wallTime(worker + 1))
                        }
                        try store.apply([.appendSets(sets), .saveDocument(DocumentKey("worker-\(worker)"), i)])
                        _ = try stores[1 - worker].allSets() // read while the other writes
                    }
                    try store.saveImported((0..<50).map { sampleCard("w\(worker)-\($0)") }, source: "w\(worker)")
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
            for store in stores {
                #expect(try store.allSets().count == 2 * writesEach * setsPerWrite)
                #expect(try store.loadDocument("worker-0", as: Int.self) == writesEach)
                #expect(try store.loadDocument("worker-1", as: Int.self) == writesEach)
                #expect(try store.importedCards().count == 100)
                #expect(try store.sessions().count == 2)
            }
        }
    }

    @Test func twoStoresCreatingANewFileAtOnce() throws {
        for _ in 0..<5 {
            try withTemporaryDirectory { tmp in
                let file = tmp.appendingPathComponent("new/legwork.sqlite")
                let failures = Failures()
                DispatchQueue.concurrentPerform(iterations: 2) { _ in
                    do { try Store.open(at: file).saveDocument(1, key: "x") } catch { failures.add("\(error)") }
                }
                #expect(failures.all.isEmpty)
            }
        }
    }
}

/// Errors collected from worker threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
