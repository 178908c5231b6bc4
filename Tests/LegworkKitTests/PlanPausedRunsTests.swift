import Testing
@testable import LegworkKit

/// While a warning sign pauses the runs, no session gives a cue "for your next run".
@Suite struct PlanPausedRunsTests {
    static func plan(_ signs: Set<RedFlag>) throws -> Plan {
        let runner = PlanFixtures.profile {
            $0.experience = .regular
            $0.runDays = [.tue, .thu, .sat]
            $0.longRunDay = .sat
            $0.equipment = [.mat, .dumbbells, .step]
            $0.redFlags = signs
        }
        return PlanGenerator(cards: try Catalog.bundled().cards).plan(for: runner, start: PlanFixtures.monday)
    }

    @Test func noRunningCueWhileRunsArePaused() throws {
        let paused = try Self.plan([.nightPain])
        let sessions = paused.weeks.flatMap(\.sessions)
        #expect(!sessions.isEmpty)
        #expect(sessions.allSatisfy { $0.runningCue.isEmpty })
        #expect(!PlanMarkdown.encode(paused, weeks: nil).contains("Running cue"))
        let running = try Self.plan([])
        #expect(running.weeks.flatMap(\.sessions).contains { !$0.runningCue.isEmpty })
    }

    /// A slot the warning sign empties says so, not that the equipment is missing.
    @Test func anEmptySlotNamesTheSignNotTheEquipment() throws {
        let warnings = try Self.plan([.nightPain]).warnings.map(\.message)
        #expect(warnings.contains { $0.hasPrefix("No calf exercise for now: your warning sign") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("with your equipment") || $0.contains("fits your level and equipment") }, "\(warnings)")
    }
}
