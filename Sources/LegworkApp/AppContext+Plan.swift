import LegworkKit
import LegworkStore

extension AppContext {
    /// The runner's plan: generated from the profile and the day it started (stored when the profile was
    /// saved), with the sessions from today on adjusted to the training log (auto-regulation). A plan that
    /// has run out starts again this week.
    package func plan(for profile: Profile, today: CalendarDate) throws -> Plan {
        // The gate shapes the plan: warning signs, pain and clinician referrals (an unreadable log must
        // not hide the plan: the profile's own answers still count).
        let safety = (try? safetyDecision(today: today)) ?? SafetyGate.decide(profile: profile, today: today)
        let (plan, block) = try generatedPlan(for: profile, today: today, safety: safety)
        // Only the exercises still ahead (and those the block's slots reached), through the by-exercise
        // index: a long log stays cheap to open. An unreadable log must not hide the plan: it shows as generated.
        let ahead = Set(plan.sessionDays.filter { $0.date >= today }.flatMap { $0.session?.items.map(\.cardID) ?? [] })
            .union(block.slots.values.map(\.cardID))
        let sets = ahead.sorted().flatMap { (try? store.sets(exercise: $0)) ?? [] }
        let adjusted = AutoRegulation.adjust(plan, catalog: catalog, sets: sets, from: today, allowRises: !safety.dosesFrozen,
                                             profile: profile, reached: block.slots, safety: safety)
        // The block remembers what each slot reached, so an edit or the next block starts from there.
        let reached = block.recording(adjusted, from: today)
        if reached != block {
            do { try store.saveTrainingBlock(reached) } catch { throw Failure(error.description) }
        }
        return adjusted
    }

    /// The plan as generated from the profile and the stored training block, before the log adjusts it.
    /// A block that has run out is followed by the next one, which carries on from where it ended.
    private func generatedPlan(for profile: Profile, today: CalendarDate, safety: SafetyDecision) throws -> (Plan, TrainingBlock) {
        // Imported cards are not reviewed for runners: they enter the plan only when the runner says so.
        let generator = PlanGenerator(cards: profile.importedCards ? catalog.cards : catalog.cards.filter { !$0.isImported })
        let saved: TrainingBlock?
        do { saved = try store.loadDocument(.trainingBlock, as: TrainingBlock.self) } catch { throw Failure(error.description) }
        // A store written before blocks existed has only the plan's start day: that block is saved below.
        var block = try saved ?? trainingBlock() ?? TrainingBlock.first(today)
        // A start after today (the clock was moved back) cannot hold today: begin a first block now.
        if block.start > today { block = TrainingBlock.first(today) }
        var plan = generator.plan(for: profile, start: block.start, safety: safety, today: today, block: block)
        // Roll over as many blocks as have ended (a runner back after months), each from the last.
        while let last = plan.weeks.last?.days.last?.date, last < today {
            block = block.next(after: plan, start: last.adding(days: 1), afterMarathon: profile.raceDistance == .marathon)
            plan = generator.plan(for: profile, start: block.start, safety: safety, today: today, block: block)
        }
        // Protocols that start or stop and a beginner's flare are kept in the block (`PlanGenerator.adapt`).
        let adapted = generator.adapt(block, to: profile, today: today)
        if adapted != block {
            block = adapted
            plan = generator.plan(for: profile, start: block.start, safety: safety, today: today, block: block)
        }
        if block != saved {
            do { try store.saveTrainingBlock(block) } catch { throw Failure(error.description) }
        }
        return (plan, block)
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
