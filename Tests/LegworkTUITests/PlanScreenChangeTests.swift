import LegworkKit
import Testing
@testable import LegworkTUI

/// What auto-regulation changed shows under the item in the day's detail.
@Suite struct PlanScreenChangeTests {
    @Test func theChangeShowsUnderTheItem() throws {
        var plan = PlanScreenFixtures.plan
        let today = PlanScreenFixtures.today
        for w in plan.weeks.indices {
            for d in plan.weeks[w].days.indices where plan.weeks[w].days[d].date == today {
                plan.weeks[w].days[d].session?.items[0].reason =
                    .addedLoad(2.5, .kg, done: .init(sets: 3, amount: 12, seconds: false, rir: 2))
            }
        }
        let terminal = TestTerminal(size: Size(width: 80, height: 40), capabilities: .init(colors: true, unicode: true),
                                    inputs: [.key(.character("q"))])
        let runtime = Runtime(program: App(environment: FixtureEnvironment()),
                              model: App.Model(root: PlanScreen(plan: plan, today: today)), terminal: terminal, clock: VirtualClock())
        _ = try runtime.run()
        let lines = try #require(terminal.frames.first).lines
        let why = try #require(lines.firstIndex { $0.contains("why: Strong glutes") })
        #expect(lines[why + 1].trimmingCharacters(in: .whitespaces) == "Up 2.5 kg: 3 × 12 with 2 reps to spare, twice")
        #expect(lines.filter { $0.contains("Up 2.5 kg") }.count == 1)
    }
}
