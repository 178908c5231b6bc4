/// What the log says that the safety rules need: check-ins, clinician clearances, pain reported during
/// sets and sessions stopped for safety. Built at the edge from the store; the gate only reads it.
public struct SafetyHistory: Hashable, Sendable {
    /// Check-ins and clearances, kept as one document in the store (see `SafetyJournal`).
    public var journal: SafetyJournal
    /// Pain reported after exercises (set logs), oldest first or in any order.
    public var setPain: [SetPain]
    /// Days on which a strength session was stopped for safety, with the exercise that hurt when known.
    public var safetyStops: [SafetyStop]
    /// Days on which a strength session (not a preview) was done, in any order: a "worse the morning
    /// after" report belongs to the last of them before the check-in.
    public var sessionDays: [CalendarDate]
    /// Pain 0–10 the runner logged with a run, by the run's day: the same pain limit as a check-in's.
    public var runPain: [RunPain]

    public init(journal: SafetyJournal = SafetyJournal(), setPain: [SetPain] = [], safetyStops: [SafetyStop] = [],
                sessionDays: [CalendarDate] = [], runPain: [RunPain] = []) {
        self.journal = journal; self.setPain = setPain; self.safetyStops = safetyStops; self.sessionDays = sessionDays
        self.runPain = runPain
    }

    /// Pain logged with a run (`legwork run 8km easy --pain 6`).
    public struct RunPain: Hashable, Sendable {
        public var date: CalendarDate
        public var pain: Int
        public init(date: CalendarDate, pain: Int) { self.date = date; self.pain = pain }
    }

    /// Pain 0–10 reported after one exercise on one day.
    public struct SetPain: Hashable, Sendable {
        public var date: CalendarDate
        public var exerciseID: String
        public var pain: Int
        public init(date: CalendarDate, exerciseID: String, pain: Int) { self.date = date; self.exerciseID = exerciseID; self.pain = pain }
    }

    public struct SafetyStop: Hashable, Sendable {
        public var date: CalendarDate
        public var exerciseID: String?
        public init(date: CalendarDate, exerciseID: String?) { self.date = date; self.exerciseID = exerciseID }
    }
}

/// The runner's own safety record: every check-in and every "a clinician cleared me".
public struct SafetyJournal: Codable, Hashable, Sendable {
    public var checkIns: [CheckIn]
    public var clearances: [Clearance]

    public init(checkIns: [CheckIn] = [], clearances: [Clearance] = []) { self.checkIns = checkIns; self.clearances = clearances }

    /// A clinician saw the runner and cleared them to train: the signs then held are kept for the record.
    public struct Clearance: Codable, Hashable, Sendable {
        public var date: CalendarDate
        public var signs: [RedFlag]
        public init(date: CalendarDate, signs: [RedFlag]) { self.date = date; self.signs = signs }
    }

    /// Check-ins are kept for this many days: the rules look back two weeks, the rest is history nobody reads.
    public static let keptDays = 120

    /// The journal with `checkIn` replacing any earlier check-in of the same day, and entries older than
    /// `keptDays` dropped (the document stays small).
    public func recording(_ checkIn: CheckIn) -> SafetyJournal {
        var copy = self
        copy.checkIns.removeAll { $0.date == checkIn.date || checkIn.date.days(since: $0.date) > Self.keptDays }
        copy.checkIns.append(checkIn)
        copy.checkIns.sort { $0.date < $1.date }
        return copy
    }

    public func recording(_ clearance: Clearance) -> SafetyJournal {
        var copy = self
        copy.clearances.append(clearance)
        copy.clearances.sort { $0.date < $1.date }
        return copy
    }

    /// The last check-in on or before `date`.
    public func lastCheckIn(onOrBefore date: CalendarDate) -> CheckIn? { checkIns.last { $0.date <= date } }

    /// The day of the latest clearance, if any.
    public var lastClearance: CalendarDate? { clearances.map(\.date).max() }

    enum CodingKeys: String, CodingKey { case checkIns = "check-ins", clearances }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        checkIns = try c.decodeIfPresent([CheckIn].self, forKey: .checkIns) ?? []
        clearances = try c.decodeIfPresent([Clearance].self, forKey: .clearances) ?? []
    }
}
