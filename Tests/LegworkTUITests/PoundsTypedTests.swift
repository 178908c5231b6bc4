import LegworkKit
import Testing
@testable import LegworkTUI

/// A load typed in pounds ("25lb") or with its kilograms ("11kg") wherever a set is logged: the log form
/// and the `--plain` line.
@Suite struct PoundsTypedTests {
    @Test func theLogFormTakesPounds() throws {
        var form = SessionLogForm(item: runnerPlan().items[1], records: [])
        let load = try #require(form.fields.firstIndex(of: .load))
        while form.focus != load { _ = form.handle(.tab) }
        for c in "25lb" { _ = form.handle(.character(c)) }
        #expect(form.texts[load] == "25lb")
        #expect(form.error(at: load) == nil)
        guard case let .submit(entry) = form.handle(.enter) else { Issue.record("the form should submit"); return }
        #expect(abs((entry.loadKg ?? 0) - 11.33980925) < 1e-9)
        #expect(entry.sets.allSatisfy { abs(($0.loadKg ?? 0) - 11.33980925) < 1e-9 })
    }

    @Test func aUnitNeedsANumberFirst() throws {
        var form = SessionLogForm(item: runnerPlan().items[1], records: [])
        let load = try #require(form.fields.firstIndex(of: .load))
        while form.focus != load { _ = form.handle(.tab) }
        _ = form.handle(.character("l"))
        #expect(form.texts[load] == "", "a letter alone is not typed over the prefilled load")
        for c in "9x" { _ = form.handle(.character(c)) }
        #expect(form.texts[load] == "9")
    }

    @Test(arguments: [("8 25lb", 11.33980925), ("8 11kg", 11.0), ("8 12.5", 12.5)])
    func thePlainLineTakesPounds(line: String, kilograms: Double) throws {
        let entry = try PlainLogLine.parse(line, for: runnerPlan().items[0]).get()
        #expect(abs((entry.loadKg ?? 0) - kilograms) < 1e-9)
    }

    @Test func aWrongUnitIsNamed() {
        guard case let .failure(error) = PlainLogLine.parse("8 25st", for: runnerPlan().items[0]) else { Issue.record("refused"); return }
        #expect(error.description.contains("load \"25st\" is not a weight: a number (in kg), or 25lb, 11kg"))
    }
}
