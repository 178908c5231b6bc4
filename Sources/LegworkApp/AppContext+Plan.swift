import LegworkKit
import LegworkStore

extension AppContext {
    /// The runner's plan on `today`: generated from the profile and the training block holding today, with
    /// the sessions from today on adjusted to the training log (auto-regulation). A plan that has run out
    /// is followed by the next block. A pure read of the profile, the stored block, the log, the safety
    /// journal and `today`: it never writes. The events that change the block record it (`recordBlock`).
    package func plan(for profile: Profile, today: CalendarDate) throws -> Plan {
        // A passed strength check opens the jump gate as the hop-test answer does.
        let profile = measured(profile)
        func read() throws -> Plan {
            let stored = try trainingBlock() ?? TrainingBlock.first(today)
            var plan = try reading(profile, today: today, from: stored).plan
            // Said first among the warnings: everything else in the plan depends on the date.
            if let doubt = clockDoubt(stored, today: today) { plan.warnings.insert(doubt.notice, at: 0) }
            return plan
        }
        guard let stamp = try? store.changeStamp() else { return try read() }
        return try planMemo.value(for: PlanRead(profile: profile, today: today, stamp: stamp), read)
    }

    /// What looks wrong with the computer's date for `block` and the training log (`BlockClock`), or nil
    /// when it agrees with both. An unreadable log counts as none: the block's own start still decides.
    package func clockDoubt(_ block: TrainingBlock, today: CalendarDate) -> ClockDoubt? {
        let last = ((try? store.sessions(limit: 1)) ?? []).first.map { Self.day($0.startedAt) }
        return BlockClock.doubt(block: block, today: today, lastLogged: last)
    }

    /// Records the training block after an event that changes it: a session saved (the log moved), a
    /// profile edit or a check-in (the answers changed), and so the first of those after a block ended (it
    /// rolls over to the next). The block is the one the plan is read from, with what each slot reached in
    /// that plan (`TrainingBlock.recording`): a profile edit adapts the weeks ahead and the next block
    /// starts from the doses reached. Nothing is written when nothing changed, before the first profile, or
    /// while the computer's date looks wrong (`clockDoubt`): the block stays as it was until the date
    /// agrees with it and the log again.
    /// - Parameter previous: the profile before an edit: what it said held until today (a beginner's flare
    ///   keeps the wait for jumps going until the edit that ends it).
    package func recordBlock(today: CalendarDate, previous: Profile? = nil) throws {
        // The block is computed from a read of the store (the plan reads the log, the runs, the journal),
        // then written in one transaction only if the block and the profile it came from are still the
        // ones read: another copy that recorded meanwhile is never overwritten with a block computed from
        // what it replaced. Then the computation starts again from what that copy stored.
        for _ in 0..<Self.recordAttempts {
            // Read before the store is: a plan memorised under it is one the store as read gives.
            let stamp = try? store.changeStamp()
            guard let stored = try profile() else { return }
            let saved: TrainingBlock?
            do { saved = try store.trainingBlock() } catch { throw Failure(error.description) }
            let reached: TrainingBlock
            switch try blockToRecord(profile: stored, saved: saved, today: today, previous: previous) {
            case .doubted: return
            case let .unchanged(plan):
                // The plan just read is the one `plan(for:today:)` would read from this store (the same
                // reading of the same block, with no clock doubt to add): the next read needs no new one.
                if let plan, let stamp { planMemo.keep(plan, for: PlanRead(profile: measured(stored), today: today, stamp: stamp)) }
                return
            case let .changed(block): reached = block
            }
            let recorded: Bool
            do {
                recorded = try store.updateDocuments { documents in
                    guard try documents.load(.trainingBlock, as: TrainingBlock.self) == saved,
                          try documents.load(.profile, as: Profile.self) == stored else { return false }
                    try documents.save(reached, key: .trainingBlock)
                    return true
                }
            } catch let error as StoreError {
                throw Failure(error.description)
            }
            if recorded { return }
        }
    }

    /// Rounds of `recordBlock` against other copies recording at the same moment; after them the others'
    /// blocks stand (each was computed from a consistent read too).
    static let recordAttempts = 3

    /// What an event does to the stored block (`blockToRecord`).
    private enum BlockRecord {
        /// The date looks wrong: nothing is recorded.
        case doubted
        /// The block reached is the one stored; `plan` is the plan read from it as `plan(for:today:)` reads
        /// it, or nil when it was read from the block adapted to an edit first.
        case unchanged(plan: Plan?)
        /// The block to store.
        case changed(TrainingBlock)
    }

    /// The block to store after an event, unless it is the one stored (`saved`) or the date is doubted.
    private func blockToRecord(profile stored: Profile, saved: TrainingBlock?, today: CalendarDate, previous: Profile?) throws -> BlockRecord {
        let profile = measured(stored)
        let previous = previous.map(measured)
        // A store written before blocks existed has only the plan's start day: its block is saved here.
        var block = try saved ?? trainingBlock() ?? TrainingBlock.first(today)
        if clockDoubt(block, today: today) != nil { return .doubted }
        if let previous {
            block = generator(for: capability(of: previous, today: today, jumpGate: block.jumpGate))
                .adapt(block.current(on: today, for: previous), to: previous, today: today)
        }
        let (plan, read) = try reading(profile, today: today, from: block)
        let reached = read.recording(plan, from: today)
        return reached == saved ? .unchanged(plan: previous == nil ? plan : nil) : .changed(reached)
    }

    /// The plan on `today` and the block it was generated from: `stored` rolled over to the block holding
    /// today and adapted to the profile (`PlanGenerator.adapt`: protocols that start or stop, a beginner's
    /// flare), generated once, then adjusted to the log against the doses the block reached.
    private func reading(_ profile: Profile, today: CalendarDate, from stored: TrainingBlock) throws -> (plan: Plan, block: TrainingBlock) {
        // The gate shapes the plan: warning signs, pain and clinician referrals (an unreadable log must
        // not hide the plan: the profile's own answers still count).
        let read = capability(of: profile, today: today, jumpGate: stored.jumpGate)
        let safety = read.safety
        let generator = generator(for: read)
        let block = generator.adapt(stored.current(on: today, for: profile), to: profile, today: today, dosesFrozen: safety.dosesFrozen)
        let capability = read.with(jumpGate: block.jumpGate)
        // The runs that happened set the weekly distance (an unreadable run table leaves the profile's figure).
        let runs = (try? store.runs(from: today.adding(days: -Self.runsLookBackDays), through: today)) ?? []
        let running = RunningLoad.current(runs: runs, profile: profile, today: today)
        // Which exercises' sets the log gives depends on the plan (those still ahead), but those can only be
        // the catalog's cards or the block's: a file store reads theirs on the other core while the plan is
        // made, and the ones ahead are kept below. An in-memory store is one connection, which would make
        // the other core wait for this one.
        let candidates = Set(capability.catalog.cards.map(\.id)).union(block.slots.values.map(\.cardID))
        let logAhead = store.file == nil ? nil : ReadAhead { [store] in
            try? store.recentSets(exercises: candidates.sorted(), sessions: LogHistory.sessionsRead)
        }
        var plan = generator.plan(for: profile, start: block.start, safety: safety, today: today, block: block, running: running, memo: lastGenerated)
        // Among the warnings, not the safety notices: a proposal must not open the plan on its notices.
        if let proposal = checkProposal(today: today) { plan.warnings.append(proposal) }
        // Only the exercises still ahead (and those the block's slots reached), and only the sessions the
        // rules read, through the by-exercise index: a long log stays cheap to open. An unreadable log must
        // not hide the plan: it shows as generated.
        let ahead = Set(plan.sessionDays.filter { $0.date >= today }.flatMap { $0.session?.items.map(\.cardID) ?? [] })
            .union(block.slots.values.map(\.cardID))
        let sets: [SetRecord]
        if ahead.isSubset(of: candidates), let read = logAhead?.value {
            // Each exercise's sets are its own whatever else is asked, in the order asked (sorted).
            sets = read.filter { ahead.contains($0.exerciseID) }
        } else {
            sets = (try? store.recentSets(exercises: ahead.sorted(), sessions: LogHistory.sessionsRead)) ?? []
        }
        let adjusted = AutoRegulation.adjust(plan, capability: capability, sets: sets, from: today, reached: block.slots)
        // A scheduled programme after the log's stage: its doses are the therapist's, not the log's to move.
        return (withProgramme(adjusted, capability: capability), block)
    }

    /// Metres run on each day of `plan` up to `today`, for the plan's run column. An unreadable run table
    /// shows the planned runs only.
    package func ranByDay(_ plan: Plan, today: CalendarDate) -> [CalendarDate: Double] {
        guard let first = plan.weeks.first?.days.first?.date,
              let runs = try? store.runs(from: first, through: today) else { return [:] }
        return Dictionary(runs.map { ($0.date, $0.metres) }, uniquingKeysWith: +)
    }

    /// The runs the plan reads: the load rules look back two weeks and 30 days before a run.
    static let runsLookBackDays = RunLoadRules.recentDays + RunLoadRules.longestRunWindowDays + 7 * RunLoadRules.riseSpanWeeks

    /// Imported cards are not reviewed for runners: they enter the plan only when the runner says so
    /// (`Capability.catalog`).
    private func generator(for capability: Capability) -> PlanGenerator {
        PlanGenerator(cards: capability.catalog.cards, check: checkPriorities(for: capability.profile))
    }

    /// What the runner of the store has and may do on `today` with today's check-in, for a door: the
    /// profile as the plan reads it (`measured`), the jump gate of the stored block. An unreadable log or
    /// journal is an error here: a door does not guess today's safety.
    package func capability(today: CalendarDate, checkIn: CheckIn?) throws -> Capability {
        let profile = measured(try self.profile() ?? Profile())
        return Capability(profile: profile, catalog: catalog, safety: try safetyDecision(today: today, checkIn: checkIn),
                          jumpGate: try trainingBlock()?.jumpGate ?? JumpGate())
    }

    /// What `profile` has and may do on `today`, once for every stage that reads it (`Capability`): the
    /// cards that count, today's safety decision (an unreadable log must not hide the plan: the profile's
    /// own answers still count), and the jump gate of the block read.
    package func capability(of profile: Profile, today: CalendarDate, checkIn: CheckIn? = nil, jumpGate: JumpGate) -> Capability {
        let safety = (try? safetyDecision(today: today, checkIn: checkIn)) ?? SafetyGate.decide(profile: profile, today: today, checkIn: checkIn)
        return Capability(profile: profile, catalog: catalog, safety: safety, jumpGate: jumpGate)
    }

    /// The stored block; a store written before blocks existed has only the plan's start day.
    package func trainingBlock() throws -> TrainingBlock? {
        do {
            if let block = try store.loadDocument(.trainingBlock, as: TrainingBlock.self) { return block }
            return try store.loadDocument(.planStart, as: CalendarDate.self).map(TrainingBlock.first)
        } catch {
            throw Failure(error.description)
        }
    }

    /// Today's planned session, ready for the runner; nil without a profile or on a day without a session
    /// (then the default "today" session applies).
    package func plannedSessionToday() -> SessionPlan? {
        guard let profile = (try? profile()) ?? nil else { return nil }
        let today = self.today()
        guard let plan = try? plan(for: profile, today: today) else { return nil }
        return PlanSessions.today(plan: plan, date: today, catalog: catalog)
    }
}
