/// Rule: a strength check is proposed every 4–6 weeks (DOMAIN.md §5, retest): from 4 weeks after the
/// last one it is due, after 6 overdue; a runner who never did one is proposed one at once.
public enum CheckSchedule {
    public static let dueAfterDays = 28
    public static let overdueAfterDays = 42

    public enum Status: Equatable, Sendable {
        case never
        case notYet(due: CalendarDate)
        case due
        case overdue
    }

    public static func status(last: CalendarDate?, today: CalendarDate) -> Status {
        guard let last else { return .never }
        let days = today.days(since: last)
        if days >= overdueAfterDays { return .overdue }
        if days >= dueAfterDays { return .due }
        return .notYet(due: last.adding(days: dueAfterDays))
    }

    /// The proposal Home and the plan show, or nil when none is due.
    public static func proposal(last: CalendarDate?, today: CalendarDate) -> String? {
        switch status(last: last, today: today) {
        case .never: "Strength check: about 15 minutes of simple tests show which areas need work first."
        case .due: "Strength check due: it has been \(today.days(since: last!) / 7) weeks; retesting shows your progress."
        case .overdue: "Strength check overdue: it has been \(today.days(since: last!) / 7) weeks; retest so the plan follows your progress."
        case .notYet: nil
        }
    }
}
