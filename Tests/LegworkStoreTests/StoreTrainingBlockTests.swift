import Foundation
import GRDB
import LegworkKit
@testable import LegworkStore
import Testing

/// The training block in the store: what it reached survives closing and reopening, a block stored by an
/// earlier version still reads, and a store that only knew the plan's first day gets its first block.
@Suite struct StoreTrainingBlockTests {
    static let start = CalendarDate(year: 2026, month: 1, day: 5)!

    @Test func whatTheBlockReachedSurvivesReopening() throws {
        try withTemporaryDirectory { tmp in
            let file = tmp.appendingPathComponent("legwork.sqlite")
            var block = TrainingBlock(start: Self.start, number: 2, weeksBefore: 8, stepsBefore: 6)
            block.slots["A.core"] = ReachedSlot(cardID: "copenhagen_plank", dose: Dose.hold(3, seconds: 20, rest: 60), tempo: .none,
                                                change: "harder: copenhagen_plank, 3x45 s twice", step: LogStep(.harder, fromSession: 12),
                                                since: Self.start)
            block.protocolStarts = [.hsr: 5]
            block.jumpGate = JumpGate(countFrom: 4, opened: false)
            do {
                let store = try Store.open(at: file)
                #expect(try store.trainingBlock() == nil)
                try store.saveTrainingBlock(block)
                try store.close()
            }
            #expect(try Store.open(at: file).trainingBlock() == block)
        }
    }

    @Test func aBlockStoredByAnEarlierVersionStillReads() throws {
        struct EarlierBlock: Encodable, Sendable {
            let start = "2026-01-05", number = 1
            let weeksBefore = 0, stepsBefore = 0
            enum CodingKeys: String, CodingKey { case start, number, weeksBefore = "weeks-before", stepsBefore = "steps-before" }
        }
        let store = try Store.inMemory()
        try store.saveDocument(EarlierBlock(), key: .trainingBlock)
        let block = try #require(try store.trainingBlock())
        #expect(block.start == Self.start && block.slots.isEmpty && block.protocolStarts == nil && block.jumpGate == JumpGate())
    }

    @Test func aStoreThatKeptOnlyThePlansFirstDayGetsItsFirstBlock() throws {
        try withTemporaryDirectory { tmp in
            let file = tmp.appendingPathComponent("legwork.sqlite")
            do {
                // The file as the version before training blocks left it.
                let queue = try DatabaseQueue(path: file.path)
                try StoreSchema.migrator.migrate(queue, upTo: "v2-preview")
                try queue.write { db in
                    try db.execute(sql: "INSERT INTO document (key, json, updated_at) VALUES ('plan-start', '\"2026-01-05\"', 1)")
                }
                try queue.close()
            }
            let store = try Store.open(at: file)
            #expect(try store.trainingBlock() == TrainingBlock(start: Self.start, protocolStarts: nil, protocolStartDays: nil))
            // A store that already has a block keeps it.
            var later = TrainingBlock(start: Self.start, number: 3)
            later.slots["B.calf"] = ReachedSlot(cardID: "sl_calf_raise", dose: Dose.reps(3, 15, rest: 60), tempo: .none, change: nil, since: Self.start)
            try store.saveTrainingBlock(later)
            try store.close()
            #expect(try Store.open(at: file).trainingBlock() == later)
        }
    }
}
