import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// `legwork run` on an in-memory store, on a chosen day.
@Suite("legwork run: log, list, change and delete runs")
struct RunCommandHeadlessTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)!  // a Wednesday
    let context: AppContext

    init() throws {
        context = AppContext(settings: AppSettings(today: { Self.today }), store: try Store.inMemory())
    }

    @Test func oneLineLogsARunInKilometresOrMiles() throws {
        #expect(try RunAction.log(.init(distance: "8km", kind: "easy"), context: context) == "logged run 1: Wednesday 2 December: 8 km easy run")
        let long = try RunAction.log(.init(distance: "21.1km", kind: "long", time: "1:58:00", date: "2026-11-29"), context: context)
        #expect(long == "logged run 2: Sunday 29 November: 21.1 km long run in 1:58:00")
        _ = try RunAction.log(.init(distance: "5mi", kind: "workout", pain: 3), context: context)
        let runs = try context.store.runs()
        #expect(runs.map(\.kind) == [.long, .easy, .workout])
        #expect(runs.last?.pain == 3 && abs((runs.last?.metres ?? 0) - 8046.72) < 0.01)
    }

    @Test func badInputSaysWhatToTypeAndStoresNothing() throws {
        let cases: [(RunAction.Entry, String)] = [
            (.init(distance: "8kg", kind: "easy"), "8kg is not a distance: give kilometres or miles, like 8km, 21.1km or 5mi"),
            (.init(distance: "8km", kind: "jog"), "kind of run"),
            (.init(distance: "8km", kind: "easy", time: "1:75:00"), "--time 1:75:00 is not a time"),
            (.init(distance: "8km", kind: "easy", date: "2026-13-01"), "--date 2026-13-01 is not a date"),
            (.init(distance: "8km", kind: "easy", date: "2026-12-03"), "is after today"),
            (.init(distance: "8km", kind: "easy", pain: 11), "--pain 11 is not 0–10"),
            (.init(distance: "800km", kind: "easy"), "the distance must be between"),
        ]
        for (entry, words) in cases {
            do {
                _ = try RunAction.log(entry, context: context)
                Issue.record("\(entry) was accepted")
            } catch let error as UsageError {
                #expect(error.description.contains(words), "\(error.description)")
            }
        }
        #expect(try context.store.runs().isEmpty)
    }

    @Test func aLongerRunWarnsWithTheNumbers() throws {
        _ = try RunAction.log(.init(distance: "20km", kind: "long", date: "2026-11-15"), context: context)
        let text = try RunAction.log(.init(distance: "24km", kind: "long"), context: context)
        #expect(text.contains("warning: today's 24 km run was 20% longer than your longest of the 30 days before (20 km)"))
        // Two weeks before: 20 km; this week: 24 km, up 20%: within the limit.
        #expect(!text.contains("up 20%"))
    }

    @Test func listEditAndDelete() throws {
        _ = try RunAction.log(.init(distance: "8km", kind: "easy", date: "2026-11-30"), context: context)
        _ = try RunAction.log(.init(distance: "10km", kind: "easy"), context: context)
        #expect(try RunAction.edit(id: 2, .init(kind: "workout", time: "50:00"), context: context)
                == "changed run 2: Wednesday 2 December: 10 km workout in 0:50:00")
        let list = try RunAction.list(context: context)
        #expect(list.hasPrefix("    2  Wednesday 2 December: 10 km workout in 0:50:00\n    1  Monday 30 November: 8 km easy run"))
        #expect(list.contains("this week 18 km"))
        #expect(try RunAction.delete(id: 1, context: context) == "deleted run 1: Monday 30 November: 8 km easy run")
        #expect(throws: Failure.self) { try RunAction.delete(id: 1, context: context) }
        #expect(try context.store.runs().map(\.id) == [2])
    }
}
