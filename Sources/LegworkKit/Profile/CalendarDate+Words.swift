extension CalendarDate {
    /// English month names, January first.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// The date as a runner says it: "Tuesday 1 December" (the year only when it is not `today`'s year).
    public func spoken(today: CalendarDate) -> String {
        let words = "\(weekday.title) \(day) \(Self.monthNames[month - 1])"
        return year == today.year ? words : "\(words) \(year)"
    }
}
