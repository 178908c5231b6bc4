import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// The "Log a run" form's run reaches the store through the environment, with its words.
@Suite struct RunFormHeadlessTests {
    @Test func theFormsRunIsStoredAndAnsweredInWords() throws {
        let today = CalendarDate(year: 2026, month: 12, day: 2)!
        let context = AppContext(settings: AppSettings(today: { today }), store: try Store.inMemory())
        let environment = LegworkEnvironment(context: context)
        guard case .success(let screen) = environment.screen(for: .logRun) else { Issue.record("no form"); return }
        #expect(screen is RunLogScreen)
        let answer = try environment.perform(.saveRun(RunFormEntry(metres: 8000, kind: .easy, seconds: 2700, date: today, pain: 2)))
        guard case let .runSaved(text)? = answer else { Issue.record("\(String(describing: answer))"); return }
        #expect(text == "Logged: Wednesday 2 December: 8 km easy run in 0:45:00, pain 2/10.")
        #expect(try context.store.runs().map(\.pain) == [2])
    }
}
