import LegworkKit
import LegworkTUI

/// `legwork plan`: the plan screen, or the plan printed in one of its formats.
package enum PlanAction {
    package enum Format: Sendable { case screen, json, markdown, ics, plain }

    package static func run(_ format: Format, week: Int?, settings: AppSettings) throws {
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
            Output.print(PlanJSON.encode(shown), format: .json)
        case .markdown:
            Output.print(PlanMarkdown.encode(plan, weeks: weeks))
        case .plain:
            Output.print(PlanText.plain(plan, weeks: weeks))
        case .ics:
            Output.print(PlanICS.encode(plan, stamp: WallTime.now(), weeks: weeks), terminator: "")
        case .screen:
            try Interactive.run(root: PlanScreen(plan: plan, today: today, week: week, startsAnyDay: true,
                                                 ran: context.ranByDay(plan, today: today)), context: context)
        }
    }
}
