import Foundation
import LegworkKit
import LegworkStore

/// Writes a running session to the store so that a kill, a crash or a dropped connection loses at most
/// the step in progress. Used by the screens (through `AppCommand.saveSession`) and by `--plain`.
///
/// - `begin`: the session row (status in-progress) and the first snapshot, at the start.
/// - `save` after every completed step: in ONE transaction, the snapshot document
///   `.sessionInProgress` and the sets done or changed since the last save.
/// - `save` once the engine has ended: the remaining sets, the session closed as completed, abandoned
///   or stopped, and the snapshot removed, again in one transaction.
/// Sets are keyed by (session, exercise, set, side) in the store, so saving one again never duplicates it.
package final class SessionPersistence: @unchecked Sendable {
    let store: Store
    private let wall: WallClockMapping
    private let lock = NSLock()
    /// The log row of the session being saved, once begun.
    private(set) var sessionID: Int64?
    /// Which engine run the row belongs to: (plan id, engine start).
    private var run: RunKey?
    /// What was last written per set, to write only what changed.
    private var written: [SetKey: (performed: PerformedSet, record: SetRecord)] = [:]
    private var logsWritten: [ItemLog] = []
    /// A pending session the runner may resume: the first save of an engine on its plan continues it.
    private var awaitingResume: PersistedSession?

    struct RunKey: Equatable { var planID: String; var startedAt: Moment? }
    struct SetKey: Hashable { var item: Int; var set: Int; var side: Side? }

    package init(store: Store, wall: WallClockMapping) {
        self.store = store
        self.wall = wall
    }

    // MARK: - The pending session

    /// Where an interrupted session of `kind` waits: strength sessions and stretch routines each have
    /// their own, so a stretch after an interrupted strength session never takes its place.
    static func documentKey(_ kind: SessionPlan.Kind) -> DocumentKey {
        kind == .stretch ? .stretchInProgress : .sessionInProgress
    }

    /// The session of `kind` a kill or a crash left behind, if any.
    static func pending(in store: Store, kind: SessionPlan.Kind) throws -> PersistedSession? {
        do {
            return try store.loadDocument(documentKey(kind), as: PersistedSession.self)
        } catch {
            throw Failure("the saved session in progress cannot be read (\(error)); start with --fresh to discard it")
        }
    }

    /// The pending session, or nil. One that cannot be read (a damaged or crafted snapshot: a time
    /// beyond any session, a step outside its plan) is dropped with a message on standard error, its
    /// log row closed as abandoned (its sets stay in the history), so it can never stop a start.
    static func readableOrDropped(in store: Store, kind: SessionPlan.Kind) -> PersistedSession? {
        let key = documentKey(kind)
        let reason: String
        do {
            guard let pending = try store.loadDocument(key, as: PersistedSession.self) else { return nil }
            do {
                _ = try SessionEngine(resuming: pending.snapshot, at: .origin)
                return pending
            } catch {
                reason = error.description
            }
        } catch {
            reason = error.description
        }
        struct Row: Decodable { var sessionID: Int64 }
        var changes: [StoreChange] = [.removeDocument(key)]
        if let row = try? store.loadDocument(key, as: Row.self) {
            changes.insert(.finishSession(id: row.sessionID, status: .abandoned, endedAt: WallTime.now(), notes: nil), at: 0)
        }
        if (try? store.apply(changes)) == nil { try? store.apply([.removeDocument(key)]) }
        Output.error("legwork: the interrupted session could not be resumed and was discarded (\(reason)); its sets stay in the history")
        return nil
    }

    /// The runner chose to start anew: closes the interrupted session of `kind` (as abandoned) and forgets it.
    func discardInterrupted(_ kind: SessionPlan.Kind) throws {
        try SessionLock.acquire(store)
        locked { awaitingResume = nil }
        if let pending = try Self.pending(in: store, kind: kind), pending.sessionID != sessionID {
            try Self.discard(pending, in: store)
        }
    }

    /// Closes the pending session as abandoned (its sets stay in the log) and removes its snapshot.
    package static func discard(_ pending: PersistedSession, in store: Store) throws {
        do {
            try store.apply([
                .finishSession(id: pending.sessionID, status: .abandoned, endedAt: pending.savedAt, notes: nil),
                .removeDocument(documentKey(pending.snapshot.plan.kind)),
            ])
        } catch .unknownSession {
            try? store.apply([.removeDocument(documentKey(pending.snapshot.plan.kind))])
        } catch {
            throw Failure(error.description)
        }
    }

    // MARK: - Writing

    /// Starts the log row of a new session and saves its first snapshot. Does nothing when this engine
    /// run was already begun.
    package func begin(_ engine: SessionEngine) throws {
        try SessionLock.acquire(store)
        try locked {
            guard run != key(of: engine) else { return }
            let kind: SessionRecord.Kind = engine.plan.kind == .stretch ? .stretch : .strength
            let record = try failing {
                // A run on a faster or slower clock is a preview (DOMAIN §3): logged, marked, never training.
                try store.beginSession(kind: kind, title: engine.plan.title, startedAt: wall.now(),
                                       plannedSeconds: Int(engine.plannedTotal.seconds.rounded(.up)), preview: wall.speed != 1)
            }
            sessionID = record.id
            run = key(of: engine)
            written = [:]
            logsWritten = []
            try write(engine, extra: [])
        }
    }

    /// Continues the log row of a pending session with an engine resumed from its snapshot: the sets
    /// already in the store keep their times and are not written again unless they change.
    func adopt(_ pending: PersistedSession, engine: SessionEngine) throws {
        locked { adoptUnlocked(pending, engine: engine) }
    }

    /// The screens resume later, at the moment the runner says yes: remember the pending session so
    /// that the first save of an engine on the same plan continues its log row.
    func expectResume(_ pending: PersistedSession) {
        locked { awaitingResume = pending }
    }

    private func adoptUnlocked(_ pending: PersistedSession, engine: SessionEngine) {
        do {
            awaitingResume = nil
            sessionID = pending.sessionID
            run = key(of: engine)
            let stored = (try? store.sets(session: pending.sessionID)) ?? []
            written = [:]
            for performed in pending.snapshot.records {
                let set = setNumber(of: performed, in: engine.plan)
                let side = Self.side(performed.side)
                guard let record = stored.first(where: { $0.exerciseID == performed.cardID && $0.setNumber == set && $0.side == side })
                else { continue }
                written[SetKey(item: performed.item, set: performed.set, side: performed.side)] = (performed, record)
            }
            logsWritten = pending.snapshot.logs
        }
    }

    /// Saves after a completed step; once the engine has ended, closes the session. Begins the session
    /// first when this engine run has not been begun (a screen that saves only after its first step).
    package func save(_ engine: SessionEngine) throws {
        // Every door that runs a session (the home menu, the plan, a command) writes through here.
        try SessionLock.acquire(store)
        let adopted: Bool = locked {
            guard run != key(of: engine), let pending = awaitingResume, pending.snapshot.plan == engine.plan else { return false }
            adoptUnlocked(pending, engine: engine)
            return true
        }
        if !adopted, run != key(of: engine) { try begin(engine) }
        try locked {
            guard let id = sessionID else { return }
            guard let outcome = engine.outcome else {
                try write(engine, extra: [])
                return
            }
            let status: SessionRecord.Status
            var notes: [String] = []
            switch outcome {
            case .completed: status = .completed
            case .abandoned: status = .abandoned
            case let .safetyStop(message):
                status = .stopped
                notes.append(message)
            }
            let summary = engine.summary
            if engine.plan.kind == .stretch {
                let done = summary.items.filter { $0.setsDone > 0 }.count
                notes.append("\(StretchRoutine.clockText(Int(engine.plannedTotal.seconds.rounded(.up)))) routine: "
                    + "\(done) of \(summary.items.count) stretches done")
            }
            if let leftOut = summary.leftOutSentence { notes.append(leftOut) }
            // Exercises a finished session passed over; a session stopped early says so itself.
            if engine.plan.kind == .strength, outcome == .completed, !summary.skippedNames.isEmpty {
                notes.append("\(ItemSummary.skippedWord.capitalized): " + summary.skippedNames.joined(separator: ", ") + ".")
            }
            notes += summary.notes
            let ended = engine.endedAt.map(wall.time) ?? wall.now()
            try write(engine, snapshot: false, extra: [
                .finishSession(id: id, status: status, endedAt: ended, notes: notes.isEmpty ? nil : notes.joined(separator: "\n")),
                .removeDocument(Self.documentKey(engine.plan.kind)),
            ])
            run = nil
            sessionID = nil
        }
    }

    /// One transaction: the changed sets, the snapshot (unless ending) and `extra` changes.
    private func write(_ engine: SessionEngine, snapshot: Bool = true, extra: [StoreChange]) throws {
        guard let id = sessionID else { return }
        var sets: [SetRecord] = []
        var updated = written
        for performed in engine.records {
            let key = SetKey(item: performed.item, set: performed.set, side: performed.side)
            let log = engine.logs.first { $0.item == performed.item }?.entry
            let previous = written[key]
            var record = previous?.record ?? SetRecord(
                sessionID: id, exerciseID: performed.cardID, setNumber: setNumber(of: performed, in: engine.plan),
                side: Self.side(performed.side), startedAt: wall.time(performed.started), endedAt: wall.time(performed.ended))
            if let previous, previous.performed.started != performed.started || previous.performed.ended != performed.ended {
                // Redone with "back": new times on this run's clock.
                record.startedAt = wall.time(performed.started)
                record.endedAt = wall.time(performed.ended)
            }
            if record.endedAt < record.startedAt { record.endedAt = record.startedAt }
            record.reps = performed.reps
            record.seconds = performed.seconds
            // The set's own load (the stepper after it, the form's correction); the exercise's otherwise.
            record.loadKg = performed.loadKg ?? log?.loadKg
            // Reps in reserve describe repetitions; a hold is asked how long it was held instead.
            record.rir = performed.reps != nil ? log?.repsInReserve : nil
            record.pain = log?.pain
            record.notes = performed.loadText
            record.role = engine.plan.items[performed.item].role
            if previous?.record != record { sets.append(record) }
            updated[key] = (performed, record)
        }
        // Sets written before and since corrected to nothing done: a skipped set is never logged.
        let current = Set(engine.records.map { SetKey(item: $0.item, set: $0.set, side: $0.side) })
        let removed = updated.filter { !current.contains($0.key) }
        for key in removed.keys { updated[key] = nil }
        var changes: [StoreChange] = sets.isEmpty ? [] : [.appendSets(sets)]
        if !removed.isEmpty { changes.append(.removeSets(removed.values.map(\.record))) }
        if snapshot {
            changes.append(.saveDocument(Self.documentKey(engine.plan.kind), PersistedSession(
                sessionID: id, snapshot: engine.snapshot, savedAt: wall.now())))
        }
        changes += extra
        try failing { try store.apply(changes) }
        written = updated
        logsWritten = engine.logs
    }

    // MARK: - Helpers

    private func key(of engine: SessionEngine) -> RunKey { RunKey(planID: engine.plan.id, startedAt: engine.startedAt) }

    /// A card that comes up twice in a plan (a stretch in a second round) numbers its sets on from the
    /// first time, so the two never share a row.
    private func setNumber(of performed: PerformedSet, in plan: SessionPlan) -> Int {
        let earlier = plan.items.prefix(performed.item).filter { $0.cardID == performed.cardID }
        return earlier.reduce(0) { $0 + $1.dose.sets } + performed.set
    }

    static func side(_ side: Side?) -> SetRecord.Side {
        switch side {
        case .left: .left
        case .right: .right
        case nil: .both
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func failing<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as StoreError { throw Failure(error.description) }
    }
}

/// The document saved under `.sessionInProgress`: the snapshot to resume from and the log row it continues.
package struct PersistedSession: Codable, Sendable {
    var sessionID: Int64
    package var snapshot: SessionSnapshot
    /// When the snapshot was written (a discarded session ends then).
    var savedAt: WallTime
}

/// Turns moments of this run (scaled by --speed) into wall-clock times for the training log.
package struct WallClockMapping: Sendable {
    let anchor: Moment
    let anchorWall: WallTime
    let speed: Double
    /// The wall clock: the computer's, or the day a simulated runner lives.
    private let wall: @Sendable () -> WallTime

    /// Anchored now: `anchor` is the clock's current moment.
    init(now: Moment, speed: Double) {
        self.init(now: now, speed: speed, wall: { WallTime.now() })
    }

    /// Anchored now on the wall clock `wall` (today passed in: the simulator's days).
    package init(now: Moment, speed: Double, wall: @escaping @Sendable () -> WallTime) {
        anchor = now
        anchorWall = wall()
        self.speed = speed
        self.wall = wall
    }

    func now() -> WallTime { wall() }

    func time(_ moment: Moment) -> WallTime {
        let seconds = ((moment - anchor).seconds / speed).rounded(.down)
        return anchorWall.adding(seconds: Int64(seconds))
    }
}
