import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// A file store reads the log for the plan on another core while the plan is made, for every card it
/// could hold (`AppContext.reading`); the plan must be the one the log of the exercises ahead gives, as
/// an in-memory store (which reads after the plan) gives it from the same data.
@Suite struct PlanLogReadAheadTests {
    @Test func aFileStoreGivesThePlanAnInMemoryStoreGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legwork-readahead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = DoorsHeadlessTests.day
        let runner = DoorsHeadlessTests.runner()
        let file = AppContext(settings: AppSettings(today: { first }), store: try Store.open(at: folder.appendingPathComponent("legwork.sqlite")))
        try file.saveProfile(runner, today: first)
        // Three weeks of sessions run to their end, so the log holds sets of the plan's exercises.
        for offset in 0..<21 {
            let today = first.adding(days: offset)
            let plan = try file.plan(for: runner, today: today)
            guard let day = plan.sessionDays.first(where: { $0.date == today && $0.session?.kind == .strength }),
                  let session = day.session else { continue }
            let launch = try SessionLaunch(context: file, fresh: false, kinds: [.strength], starting: true, today: today)
            try BlockEventsHeadlessTests.runToTheEnd(PlanSessions.sessionPlan(session, date: today, catalog: file.catalog), launch: launch)
        }
        #expect(try !file.store.sessions(limit: 1).isEmpty)
        let memory = AppContext(store: try Store.inMemory())
        _ = try memory.store.restore(try file.store.backup(), replace: true)
        for offset in [21, 22, 30] {
            let today = first.adding(days: offset)
            #expect(try file.plan(for: runner, today: today) == memory.plan(for: runner, today: today))
        }
    }
}
