import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// `legwork session ID` with an id no card has (issue 23: it resumed the interrupted session instead).
@Suite struct SessionRequestTests {
    @Test func anUnknownCardIsSaidAndTheInterruptedSessionStaysSaved() throws {
        try withDataFolder { folder, database in
            let store = try Store.open(at: database)
            var engine = SessionEngine(plan: everyStepPlan())
            _ = engine.start(at: .origin)
            try SessionPersistence(store: store, wall: WallClockMapping(now: .origin, speed: 1)).begin(engine)
            #expect(try SessionPersistence.pending(in: store, kind: .strength) != nil)

            let error = #expect(throws: Failure.self) {
                try SessionAction.run("bogus_id", plain: true, fresh: false, voice: false, bench: .init(),
                                      settings: AppSettings(dataDir: folder.path))
            }
            #expect(error?.description.contains("no exercise card has the id \"bogus_id\"") == true)
            #expect(try SessionPersistence.pending(in: store, kind: .strength)?.snapshot.plan == everyStepPlan(), "still saved, untouched")
        }
    }
}
