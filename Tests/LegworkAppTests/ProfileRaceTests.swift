import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// Profile edits are read-modify-write in one transaction (issue 23: two `profile set` at once lost 11
/// of 60 updates, a racing first run 4 of 15). Writers here each open the same database file on their
/// own connection, as separate copies of Legwork do.
@Suite struct ProfileRaceTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 7)!

    /// Four writers, starting on a folder with no database yet (each first run creates it), each make
    /// their own first edit and then add 1 to the weekly distance 15 times: every edit is there at the end.
    @Test func concurrentEditsAndFirstRunsLoseNothing() throws {
        try withDataFolder { _, file in
            let firstEdits = ["experience=seasoned", "strength-days=3", "session-minutes=45", "workout-day=thu"]
            let increments = 15
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: firstEdits.count) { writer in
                do {
                    let context = AppContext(store: try Store.open(at: file))
                    try context.updateProfile(today: Self.day) { stored in
                        try ProfileAction.applying([firstEdits[writer]], to: stored ?? Profile(), today: Self.day)
                    }
                    for _ in 0..<increments {
                        try context.updateProfile(today: Self.day) { stored in
                            guard var profile = stored else { throw Failure("the first edit is gone") }
                            profile.weeklyKm += 1
                            return profile
                        }
                    }
                } catch {
                    failures.add("writer \(writer): \(error)")
                }
            }
            #expect(failures.all.isEmpty)
            let profile = try #require(try AppContext(store: try Store.open(at: file)).profile())
            #expect(profile.weeklyKm == Profile().weeklyKm + Double(firstEdits.count * increments), "no increment lost")
            #expect(profile.experience == .seasoned && profile.strengthDays == 3 && profile.sessionMinutes == .long && profile.workoutDay == .thu,
                    "no first edit lost")
        }
    }

    /// A refused value changes nothing and is reported as the usage error it is.
    @Test func aRefusedValueStoresNothing() throws {
        let app = try TestApp()
        try app.context.saveProfile(DoorsHeadlessTests.runner(), today: Self.day)
        #expect(throws: UsageError.self) {
            try app.context.updateProfile(today: Self.day) { try ProfileAction.applying(["strength-days=9"], to: $0 ?? Profile(), today: Self.day) }
        }
        #expect(try app.context.profile() == DoorsHeadlessTests.runner())
    }
}

/// Errors gathered from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ failure: String) { lock.withLock { list.append(failure) } }
    var all: [String] { lock.withLock { list } }
}
