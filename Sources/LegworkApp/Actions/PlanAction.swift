import LegworkKit
import LegworkTUI

/// `legwork plan`: the plan screen, or the plan printed in one of its formats.
package enum PlanAction {
    package enum Format: Sendable { case screen, json, markdown, ics, plain }

    package static func run(_ format: Format, week: Int?, remind: CalendarReminder? = nil, output: OutputFile = OutputFile(path: nil, force: false),
                            settings: AppSettings) throws {
        AppContext.readCatalogAhead()
        let context = try format == .screen ? AppContext.open(settings) : AppContext.openForReading(settings)
        guard let profile = try context.profile() else {
            throw Failure("no profile yet, so no plan: run `legwork intake` (or `legwork profile set KEY=VALUE…`) first")
        }
        let today = context.today()
        let plan = try context.plan(for: profile, today: today)
        if let week, week > plan.weeks.count {
            throw UsageError("--week \(week): the plan has \(plan.weeks.count) weeks; choose 1 to \(plan.weeks.count)")
        }
        let weeks = week.map { Set([$0]) }
        switch format {
        case .json:
            var shown = plan
            if let weeks { shown.weeks = plan.weeks.filter { weeks.contains($0.number) } }
            try output.write(utf8: PlanJSON.utf8(shown) + [UInt8(ascii: "\n")], format: .json, extensions: ["json"], what: "the plan as JSON")
        case .markdown:
            try output.write(PlanMarkdown.encode(plan, weeks: weeks) + "\n", format: .text, extensions: ["md", "markdown"], what: "the plan as Markdown")
        case .plain:
            try output.write(PlanText.plain(plan, weeks: weeks) + "\n", format: .text, extensions: ["txt"], what: "the plan as text")
        case .ics:
            try PlanCalendar.export(plan, weeks: weeks, remind: remind, output: output, store: context.store)
        case .screen:
            try Interactive.run(root: PlanScreen(plan: plan, today: today, week: week, startsAnyDay: true,
                                                 ran: context.ranByDay(plan, today: today)), context: context)
        }
    }
}
