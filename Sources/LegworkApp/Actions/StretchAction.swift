import LegworkKit
import LegworkTUI

/// `legwork stretch`: the follow-along stretch routine, through the same safety gate as every door.
package enum StretchAction {
    package static func run(minutes: Int, focus: String?, plain: Bool, fresh: Bool, voice: Bool, exitAtEnd: Bool, settings: AppSettings) throws {
        let context = try AppContext.open(settings)
        let launch = try SessionLaunch(context: context, fresh: fresh, kinds: [.stretch], starting: true, today: context.today())
        if plain { for message in launch.setAside { PlainOutput.write(message) } }
        let safety = try context.safetyDecision(today: context.today())
        guard safety.stretchingAllowed else {
            // The same answer as the screens give (DOMAIN §3): urgent signs allow no stretching either.
            if plain || exitAtEnd {
                for line in ["Urgent care today: no training, no stretching."] + safety.reasons { PlainOutput.write(line) }
                throw Failure("no stretching today: see a clinician first")
            }
            try Interactive.run(root: SessionStart(context: context, voice: voice).stretchDoor(minutes: minutes, focus: focus), context: context, launch: launch, voice: voice)
            return
        }
        let routine = try Self.routine(minutes: minutes, focus: focus, context: context, safety: safety)
        if plain {
            try launch.runPlain(voice: voice) {
                (routine.sessionEngine(catalog: context.catalog),
                 routine.overview(catalog: context.catalog) + notes(routine, context: context, safety: safety))
            }
        } else {
            try SessionScreens.runStretch(launch: launch, routine: routine, voice: voice, exitAtEnd: exitAtEnd,
                                          notes: notes(routine, context: context, safety: safety))
        }
    }

    /// What to read before the routine: how to kneel, or not, with a knee sign or a knee that hurts now.
    static func notes(_ routine: StretchRoutine, context: AppContext, safety: SafetyDecision) -> [String] {
        let kneeHurts = ((try? context.profile()) ?? nil)?.status(of: .knee).map { $0.isCurrent && $0.pain > 0 } ?? false
        return safety.stretchNotes(routine, catalog: context.catalog, kneeHurts: kneeHurts)
    }

    /// The routine for the runner through today's safety rules: their level and injuries (current or
    /// past), and the focus asked for (see `SafetyDecision.stretchRoutine`).
    static func routine(minutes: Int, focus: String?, context: AppContext, safety: SafetyDecision) throws -> StretchRoutine {
        let statuses = (try context.profile())?.injuries ?? []
        do {
            let focus = try focus.map { text throws(StretchError) in try StretchFocus(parsing: text) }
            return try safety.stretchRoutine(minutes: minutes, focus: focus, statuses: statuses, level: context.level(),
                                             builder: try StretchRoutineBuilder.bundled(), catalog: context.catalog)
        } catch {
            throw Failure(error.description)
        }
    }
}
