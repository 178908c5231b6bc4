import Foundation
import LegworkKit
import LegworkTUI

/// `legwork history --bench` (hidden; scripts/bench-history runs it): what opening the history screen
/// costs on the store given, measured in process with a monotonic clock — open the store and catalog,
/// read the log, this month's highlights and the plan's weeks, build the screen, render the first 80x24 frame through the real app.
package enum HistoryBenchmark {
    package static func run(_ settings: AppSettings) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let context = try AppContext.open(settings)
        let opened = clock.now
        let data = try context.store.historyData()
        let read = clock.now
        let today = WallTime.now().localDaysSince1970
        let progress = try HistoryProgress.read(context, sessions: data.sessions, today: CalendarDate(dayNumber: Int(today)))
        let month = clock.now
        let screen = HistoryScreen(data: data, names: HistoryAction.names(context.catalog), today: today,
                                   highlights: progress.highlights, planned: progress.planned)
        let built = clock.now
        let app = App(environment: LegworkEnvironment(context: context))
        let canvas = app.view(App.Model(root: screen), at: .origin,
                              context: RenderContext(size: Size(width: 80, height: 24), capabilities: .init(colors: true, unicode: true)))
        let drawn = clock.now
        func ms(_ d: Duration) -> String {
            let value = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
            return String(format: "%.1f ms", value)
        }
        let sets = screen.data.sessions.reduce(0) { $0 + $1.sets }
        Output.print("sessions \(screen.data.sessions.count), sets \(sets), exercises \(screen.exerciseIDs.count)")
        Output.print("open store and catalog  \(ms(opened - start))")
        Output.print("read the log            \(ms(read - opened))")
        Output.print("this month and the plan \(ms(month - read))")
        Output.print("build the screen        \(ms(built - month))")
        Output.print("first frame (80x24)     \(ms(drawn - built))")
        Output.print("total                   \(ms(drawn - start))")
        if canvas.text.isEmpty { Output.print("(empty frame)") }
    }
}
