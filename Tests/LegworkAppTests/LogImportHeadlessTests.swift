import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// `legwork import` with training logs: a Strong file goes into the log, again adds nothing, and the
/// log written as Strong, Hevy and Legwork CSV comes back into an empty store the same.
@Suite struct LogImportHeadlessTests {
    static let strong = """
        Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes
        2026-11-30 07:31:54;"Legs";"Single-leg RDL (Dumbbell)";1;12;kg;8;8;;;0;"left side";""
        2026-11-30 07:31:54;"Legs";"Single-leg RDL (Dumbbell)";2;12;kg;8;8;;;0;"right side; pain 2/10";""
        2026-11-30 07:31:54;"Legs";"Deadlift (Barbell)";1;135;lbs;5;;;;0;;
        2026-11-30 07:31:54;"Legs";"Running";1;0;kg;0;;3;km;1200;;

        """

    @Test func aStrongExportGoesIntoTheLogOnce() throws {
        let context = AppContext(store: try Store.inMemory())
        let report = try #require(try LogImport.run(Self.strong, utf8: true, file: "strong.csv", context: context))
        #expect(report.hasPrefix("strong.csv: Strong log, 1 workout (3 sets) read; 1 added, 0 already held"))
        #expect(report.contains("exercises: 1 matched to Legwork's cards, 1 kept under Strong's names (Deadlift (Barbell))"))
        #expect(report.contains("skipped 1 cardio sets (a distance, no reps)"))
        let sessions = try context.store.sessions()
        #expect(sessions.count == 1 && sessions[0].status == .completed && sessions[0].notes == "imported from Strong")
        let sets = try context.store.allSets()
        #expect(sets.map(\.exerciseID) == ["sl_rdl", "sl_rdl", "Deadlift (Barbell)"])
        #expect(sets.map(\.side) == [.left, .right, .both] && sets.map(\.pain) == [nil, 2, nil])
        let again = try #require(try LogImport.run(Self.strong, utf8: true, file: "strong.csv", context: context))
        #expect(again.hasPrefix("strong.csv: Strong log, 1 workout (3 sets) read; 0 added, 1 already held"))
        #expect(try context.store.allSets().count == 3)
    }

    @Test(arguments: [LiftingLogFormat.strong, .hevy, .legwork])
    func theLogComesBackFromEachFormat(format: LiftingLogFormat) throws {
        let source = AppContext(store: try Store.inMemory())
        _ = try LogImport.run(Self.strong, utf8: true, file: "strong.csv", context: source)
        let text = format == .legwork ? try HistoryAction.logText(csv: true, store: source.store) : try HistoryAction.appText(format, context: source)
        let target = AppContext(store: try Store.inMemory())
        let report = try #require(try LogImport.run(text, utf8: true, file: "log.csv", context: target))
        #expect(report.contains("\(format.name) log, 1 workout (3 sets) read; 1 added"))
        func values(_ store: Store) throws -> [String] {
            try store.allSets().map { "\($0.exerciseID) \($0.setNumber) \($0.side) \($0.reps ?? 0) \($0.loadKg.map(AutoRegulation.kilograms) ?? "-") \($0.rir ?? -1) \($0.pain ?? -1)" }
        }
        #expect(try values(target.store) == values(source.store))
        #expect(try target.store.sessions().map(\.title) == ["Legs"])
    }

    @Test func aFileThatIsNoTrainingLogIsLeftToTheOtherReaders() throws {
        let context = AppContext(store: try Store.inMemory())
        #expect(try LogImport.run("[]", utf8: true, file: "cards.json", context: context) == nil)
        #expect(throws: Failure.self) { try LogImport.run(Self.strong, utf8: false, file: "strong.csv", context: context) }
    }
}
