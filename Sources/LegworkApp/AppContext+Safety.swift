import LegworkKit
import LegworkStore

extension DocumentKey {
    /// The runner's check-ins and clinician clearances (`SafetyJournal`).
    static let safetyJournal: DocumentKey = "safety-journal"
}

/// What the safety gate needs from the store, and what the check-in and a clearance write back.
extension AppContext {
    /// How far back pain reported after sets is read: two weeks for the persistent-pain rule, and more.
    static let safetyLookBackDays = 30

    package func safetyJournal() throws -> SafetyJournal {
        do {
            return try store.loadDocument(.safetyJournal, as: SafetyJournal.self) ?? SafetyJournal()
        } catch {
            throw Failure(error.description)
        }
    }

    /// The journal, pain reported after sets over the last weeks, and today's safety stops. Sets of
    /// previews are not training and are left out.
    package func safetyHistory(today: CalendarDate) throws -> SafetyHistory {
        let journal = try safetyJournal()
        let since = WallTime(secondsSince1970: Int64(today.adding(days: -Self.safetyLookBackDays).dayNumber) * 86_400, utcOffsetSeconds: 0)
        do {
            let pain = try store.setPains(since: since).map { SafetyHistory.SetPain(date: Self.day($0.startedAt), exerciseID: $0.exerciseID, pain: $0.pain) }
            var stops: [SafetyHistory.SafetyStop] = []
            let recent = try store.sessions(limit: 20)
            // The mornings a "worse the morning after" can be about: days a strength session was trained.
            let sessionDays = recent.filter { $0.kind == .strength && !$0.preview }.map { Self.day($0.startedAt) }
            // A safety stop counts even in a preview: someone reported pain or a warning sign.
            for session in recent where session.status == .stopped && session.kind == .strength {
                let date = Self.day(session.startedAt)
                guard today.days(since: date) <= 1 else { continue }
                // The exercise that hurt: the last one logged, the worst pain first.
                let sets = try store.sets(session: session.id)
                let worst = sets.max { ($0.pain ?? 0, $0.startedAt.secondsSince1970) < ($1.pain ?? 0, $1.startedAt.secondsSince1970) }
                stops.append(SafetyHistory.SafetyStop(date: date, exerciseID: worst?.exerciseID))
            }
            let runPain = try store.runs(from: today.adding(days: -Self.safetyLookBackDays), through: today)
                .compactMap { run in run.pain.map { SafetyHistory.RunPain(date: run.date, pain: $0) } }
            return SafetyHistory(journal: journal, setPain: pain, safetyStops: stops, sessionDays: sessionDays, runPain: runPain)
        } catch {
            throw Failure(error.description)
        }
    }

    /// The gate's decision for today: the stored profile (none yet: no signs), the log and `checkIn`.
    package func safetyDecision(today: CalendarDate, checkIn: CheckIn? = nil) throws -> SafetyDecision {
        let profile = try self.profile() ?? Profile()
        return SafetyGate.decide(profile: profile, history: try safetyHistory(today: today), today: today, checkIn: checkIn)
    }

    /// Today's check-in questions before anything is typed: nothing answered unless the runner already
    /// checked in today; last time's pain as a hint.
    package func checkInQuestions(today: CalendarDate) throws -> CheckInQuestions {
        let profile = try self.profile() ?? Profile()
        let hadSession: Bool
        do { hadSession = try store.sessions(limit: 10).contains { $0.kind == .strength && !$0.preview } } catch { throw Failure(error.description) }
        return CheckInQuestions.today(profile: profile, last: try safetyJournal().lastCheckIn(onOrBefore: today), today: today,
                                      hadSessionBefore: hadSession)
    }

    /// Keeps the check-in in the journal, and its pains and new signs in the profile (the plan's weeks
    /// stay where they are: this is not a new profile).
    package func recordCheckIn(_ checkIn: CheckIn) throws {
        var edited: Profile?
        do {
            try store.saveDocument(try safetyJournal().recording(checkIn), key: .safetyJournal)
            if let previous = try self.profile(), case let applied = checkIn.applied(to: previous), applied != previous {
                try store.saveDocument(applied, key: .profile)
                edited = previous
            }
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure("could not save the check-in: \(error)")
        }
        // New pains can start or stop a tendon protocol, or a beginner's flare: the block follows them. An
        // answer that changed nothing in the profile is no edit to adapt the block to (`previous`).
        try recordBlock(today: checkIn.date, previous: edited)
    }

    /// A strength session (not a preview) was completed today.
    package func strengthDoneToday(_ today: CalendarDate) -> Bool {
        let sessions = (try? store.sessions(limit: 10)) ?? []
        return sessions.contains { $0.kind == .strength && !$0.preview && $0.status == .completed && Self.day($0.startedAt) == today }
    }

    static func day(_ time: WallTime) -> CalendarDate { time.localDate }
}
