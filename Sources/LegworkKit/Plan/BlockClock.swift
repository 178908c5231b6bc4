/// Rule: when the computer's date cannot be right for the training block and the log, the block is kept
/// as it is, the runner is told what looks wrong, and nothing is recorded until the date agrees again. A
/// clock set back (a laptop's battery, a board before its clock syncs) used to reset a block of months to
/// block 1; a first run while the clock read 1970 left a block that far back.
public enum BlockClock {
    /// Days the date may fall before the block's first day without doubt: a time zone crossed, a date
    /// changed by hand to the day before [conv].
    public static let toleranceDays = 1
    /// A block that began longer ago than this, with nothing logged since as long, was most likely made
    /// while the clock was wrong: two years [conv].
    public static let longAgoDays = 2 * 365

    /// What looks wrong with `today` for `block` and a log whose last session was on `lastLogged`, or nil
    /// when the date agrees with both.
    public static func doubt(block: TrainingBlock, today: CalendarDate, lastLogged: CalendarDate?) -> ClockDoubt? {
        if block.start.days(since: today) > toleranceDays { return .beforeBlock(today: today, start: block.start) }
        if let lastLogged, lastLogged > today { return .beforeLog(today: today, last: lastLogged) }
        let lastSeen = max(block.start, lastLogged ?? block.start)
        if today.days(since: lastSeen) > longAgoDays { return .longAgo(today: today, start: block.start, lastSeen: lastSeen) }
        return nil
    }
}

/// Why the computer's date looks wrong for the training block (`BlockClock`).
public enum ClockDoubt: Hashable, Sendable {
    /// Today is more than a day before the block's first day.
    case beforeBlock(today: CalendarDate, start: CalendarDate)
    /// Today is before the last session in the training log.
    case beforeLog(today: CalendarDate, last: CalendarDate)
    /// The block began more than two years ago and nothing was logged in those two years.
    case longAgo(today: CalendarDate, start: CalendarDate, lastSeen: CalendarDate)

    /// The plan's word to the runner, said once with the plan's warnings.
    public var notice: PlanNotice { PlanNotice(.clock, message) }

    public var message: String {
        switch self {
        case let .beforeBlock(today, start):
            "The computer's date (\(today)) is before your training block began (\(start)): please check the date. "
                + "Your plan is kept as it was, and nothing in it changes until the date is right again."
        case let .beforeLog(today, last):
            "The computer's date (\(today)) is before your last logged session (\(last)): please check the date. "
                + "Your plan is kept as it was, and nothing in it changes until the date is right again."
        case let .longAgo(today, start, lastSeen):
            "Your training block began on \(start) and nothing was logged since \(lastSeen), more than two years "
                + "before today (\(today)): if the computer's date was wrong then, or is wrong now, please check it. "
                + "Your plan carries on from that block, and it is kept as it was until you log a session."
        }
    }
}
