import Foundation
import LegworkKit
import Testing
@testable import LegworkStore

/// The strength check's results: kept per test and side, one check a day, in the backup and back.
@Suite struct StoreStrengthCheckTests {
    static let day = CalendarDate(year: 2026, month: 11, day: 2)!

    static func check(_ date: CalendarDate, calves left: Int, _ right: Int) -> StrengthCheck {
        var check = StrengthCheck(date: date)
        check.record(.heelRaise, side: .left, value: left)
        check.record(.heelRaise, side: .right, value: right)
        check.record(.sidePlank, side: .left, value: 48)
        check.record(.painFreeRun, side: nil, value: 1)
        return check
    }

    @Test func checksAreKeptPerDayAndASecondSaveThatDayReplacesTheFirst() throws {
        let store = try Store.inMemory()
        let first = Self.check(Self.day, calves: 18, 26)
        let later = Self.check(Self.day.adding(days: 35), calves: 22, 27)
        try store.saveStrengthCheck(later)
        try store.saveStrengthCheck(first)
        #expect(try store.strengthChecks() == [first, later])
        let redone = Self.check(Self.day, calves: 20, 26)
        try store.saveStrengthCheck(redone)
        #expect(try store.strengthChecks() == [redone, later])
    }

    @Test func aFigureOutOfRangeIsRefusedAndNothingIsWritten() throws {
        let store = try Store.inMemory()
        var bad = Self.check(Self.day, calves: 18, 26)
        bad.record(.kneeToWall, side: .left, value: 45)
        #expect(throws: StoreError.self) { try store.saveStrengthCheck(bad) }
        #expect(try store.strengthChecks().isEmpty)
    }

    @Test func aBackupRoundTripKeepsTheChecks() throws {
        let original = try Store.inMemory()
        try original.saveDocument(["experience": "regular"], key: .profile)
        let checks = [Self.check(Self.day, calves: 18, 26), Self.check(Self.day.adding(days: 30), calves: 24, 26)]
        for check in checks { try original.saveStrengthCheck(check) }
        let text = try original.backup().encoded()
        #expect(text.contains("\"strengthChecks\""))
        #expect(text.contains("\"version\" : \(Backup.currentVersion)"))

        let restored = try Store.inMemory()
        let outcome = try restored.restore(try Backup.decode(text, source: "backup.json"), replace: false)
        #expect(outcome.strengthChecks == 2)
        #expect(try restored.strengthChecks() == checks)
        #expect(try restored.backup().encoded() == text)

        // Replacing a store removes its own checks; a store holding only checks is not overwritten silently.
        let other = try Store.inMemory()
        try other.saveStrengthCheck(Self.check(Self.day.adding(days: 2), calves: 30, 30))
        #expect(throws: BackupError.self) { try other.restore(try Backup.decode(text, source: "backup.json"), replace: false) }
        try other.restore(try Backup.decode(text, source: "backup.json"), replace: true)
        #expect(try other.strengthChecks() == checks)
    }

    @Test func aBackupWithoutChecksReadsAsBefore() throws {
        let store = try Store.inMemory()
        try store.saveDocument(["experience": "regular"], key: .profile)
        let text = try store.backup().encoded()
        #expect(!text.contains("strengthChecks"))
        var backup = try Backup.decode(text, source: "old.json")
        backup.version = 1
        let restored = try Store.inMemory()
        try restored.restore(backup, replace: false)
        #expect(try restored.strengthChecks().isEmpty)
    }
}
