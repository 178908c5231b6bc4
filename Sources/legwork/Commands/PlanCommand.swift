import ArgumentParser
import Foundation
import LegworkKit
import LegworkStore
import LegworkTUI

/// `legwork plan [--week N] [--json | --markdown | --ics]`: the personal plan on screen, or exported.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Your personal plan, with the why of each choice.",
        discussion: """
        Without a format flag, opens the plan screen. --plain prints the plan as sentences (for pipes and \
        screen readers), --markdown prints a printable document, --json the \
        plan as data (see docs/plan-json.md), --ics an iCalendar file with one event per session \
        (e.g. `legwork plan --ics > legwork.ics`). --week N shows week N (exports: only week N).
        """
    )

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp("Show week N of the plan.", valueName: "N")) var week: Int?
    @Flag(name: .long, help: "Print the plan as JSON.") var json = false
    @Flag(name: .long, help: "Print the plan as Markdown.") var markdown = false
    @Flag(name: .long, help: "Print the plan as an iCalendar (.ics) file.") var ics = false
    @Flag(name: .long, help: "Print the plan as plain sentences (for pipes and screen readers).") var plain = false

    func validate() throws {
        if [json, markdown, ics, plain].filter({ $0 }).count > 1 { throw ValidationError("choose one of --json, --markdown, --ics, --plain") }
        if let week, week < 1 { throw ValidationError("--week must be 1 or more (got \(week))") }
    }

    func run() throws {
        let context = try AppContext.open(global)
        guard let profile = try context.profile() else {
            throw Failure("no profile yet, so no plan: run `legwork intake` (or `legwork profile set KEY=VALUE…`) first")
        }
        let today = LocalCalendar.today()
        let plan = try context.plan(for: profile, today: today)
        if let week, week > plan.weeks.count {
            throw ValidationError("--week \(week): the plan has \(plan.weeks.count) weeks; choose 1 to \(plan.weeks.count)")
        }
        let weeks = week.map { Set([$0]) }
        if json {
            var shown = plan
            if let weeks { shown.weeks = plan.weeks.filter { weeks.contains($0.number) } }
            Output.print(PlanJSON.encode(shown), format: .json)
        } else if markdown {
            Output.print(PlanMarkdown.encode(plan, weeks: weeks))
        } else if plain {
            Output.print(PlanText.plain(plan, weeks: weeks))
        } else if ics {
            Output.print(PlanICS.encode(plan, stamp: WallTime.now(), weeks: weeks), terminator: "")
        } else {
            let starter = LegworkEnvironment(context: context).sessionStarter
            try Interactive.run(root: PlanScreen(plan: plan, today: today, week: week, startSession: starter), context: context)
        }
    }
}

extension AppContext {
    /// The runner's plan: generated from the profile and the day it started (stored when the profile was
    /// saved), with the sessions from today on adjusted to the training log (auto-regulation). A plan that
    /// has run out starts again this week.
    func plan(for profile: Profile, today: CalendarDate) throws -> Plan {
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
                                             profile: profile, reached: block.slots)
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
    func trainingBlock() throws -> TrainingBlock? {
        do {
            if let block = try store.loadDocument(.trainingBlock, as: TrainingBlock.self) { return block }
            return try store.loadDocument(.planStart, as: CalendarDate.self).map(TrainingBlock.first)
        } catch {
            throw Failure(error.description)
        }
    }

    /// Today's planned session, ready for the runner; nil without a profile or on a day without a session
    /// (then the default "today" session applies).
    func plannedSessionToday() -> SessionPlan? {
        guard let profile = (try? profile()) ?? nil else { return nil }
        let today = LocalCalendar.today()
        guard let plan = try? plan(for: profile, today: today) else { return nil }
        return PlanSessions.today(plan: plan, date: today, catalog: catalog)
    }
}

extension LegworkEnvironment {
    /// The profile form and the plan screen (the plan needs a profile: without one, the form comes first).
    func planScreen(for destination: Destination) -> Result<any Screen, AppEnvironmentError> {
        let today = LocalCalendar.today()
        let profile: Profile?
        do { profile = try context.profile() } catch { return .failure(AppEnvironmentError("\(error)")) }
        guard destination == .plan, let profile else { return .success(IntakeScreen(profile: profile, today: today)) }
        do {
            return .success(PlanScreen(plan: try context.plan(for: profile, today: today), today: today, startSession: sessionStarter))
        } catch {
            return .failure(AppEnvironmentError("\(error)"))
        }
    }

    /// Starts a planned session (check-in, gate, runner; figures, voice and persistence as for "today").
    var sessionStarter: PlanScreen.SessionStarter {
        let context = context, voice = voice
        // Through the same door as "Today's session": the check-in and the safety gate.
        return { session, date in SessionStart.strength(.planned(session, date), context: context, voice: voice) }
    }

    func saveProfile(_ profile: Profile) -> AppMessage {
        do {
            try context.saveProfile(profile, today: LocalCalendar.today())
            return .profileSaved
        } catch {
            return .failed("\(error)")
        }
    }
}
