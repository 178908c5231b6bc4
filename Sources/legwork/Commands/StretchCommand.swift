import ArgumentParser
import Foundation
import LegworkKit
import LegworkTUI

/// `legwork stretch`: the follow-along stretch routine.
struct StretchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stretch",
        abstract: "Follow-along stretch routine of an exact length.",
        discussion: """
        The routine's stretches, their holds and why it differs from the default routine are shown \
        before it starts. Injuries in your profile shift the focus: plantar fasciitis puts the foot and \
        calf stretches first, Achilles tendinopathy and shin splints the calf and soleus stretches (with \
        60 s per side on the calves), IT band syndrome the crossover and more time on glutes and hips; \
        knee pain drops the deep kneeling stretches while it hurts. --plain prints one line per \
        event, "[MM:SS.t] text", on the --speed clock. A finished or stopped routine is written to the \
        training log. An interrupted routine is resumed (--fresh discards it); an interrupted strength \
        session is left for `legwork session`. Warning signs that need urgent care allow no stretching.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Length in minutes: 5, 10, 15, 20 or 30.", valueName: "N"))
    var minutes = 15

    @Option(name: .long, help: ArgumentHelp("Favour an area: calves, hips, hamstrings or back.", valueName: "AREA"))
    var focus: String?

    @Flag(name: .long, help: "Print a line per event instead of drawing screens.")
    var plain = false

    @Flag(name: .long, help: "Discard an interrupted session instead of resuming it.")
    var fresh = false

    @Flag(name: .long, help: "Speak the cues through espeak-ng (when installed).")
    var voice = false

    @Flag(name: .long, help: "Leave the program when the routine ends instead of showing the summary (for benchmarks).")
    var exitAtEnd = false

    func validate() throws {
        guard StretchRoutineBuilder.allowedMinutes.contains(minutes) else {
            throw ValidationError("--minutes must be one of \(StretchRoutineBuilder.allowedMinutes.map(String.init).joined(separator: ", ")) (got \(minutes))")
        }
        if let focus {
            do { _ = try StretchFocus(parsing: focus) } catch {
                throw ValidationError("--focus must be one of \(StretchFocus.allCases.map(\.rawValue).joined(separator: ", ")) (got \"\(focus)\")")
            }
        }
    }

    func run() throws {
        let context = try AppContext.open(global)
        let launch = try SessionLaunch(context: context, fresh: fresh, kinds: [.stretch], starting: true)
        let safety = try context.safetyDecision(today: LocalCalendar.today())
        guard safety.stretchingAllowed else {
            // The same answer as the screens give (DOMAIN §3): urgent signs allow no stretching either.
            if plain || exitAtEnd {
                for line in ["Urgent care today: no training, no stretching."] + safety.reasons { PlainOutput.write(line) }
                throw Failure("no stretching today: see a clinician first")
            }
            try Interactive.run(root: SessionStart.stretchDoor(minutes: minutes, focus: focus, context: context, voice: voice), context: context, launch: launch, voice: voice)
            return
        }
        let routine = try Self.routine(minutes: minutes, focus: focus, context: context, safety: safety)
        if plain {
            try launch.runPlain(voice: voice) {
                (routine.sessionEngine(catalog: context.catalog),
                 routine.overview(catalog: context.catalog) + safety.stretchNotes(routine, catalog: context.catalog))
            }
        } else {
            try SessionScreens.runStretch(launch: launch, routine: routine, voice: voice, exitAtEnd: exitAtEnd,
                                          notes: safety.stretchNotes(routine, catalog: context.catalog))
        }
    }

    /// The routine for the runner: their level and injuries (current or past), and the focus asked for.
    /// A knee warning sign counts as a sore knee, so kneeling on it is left out.
    static func routine(minutes: Int, focus: String?, context: AppContext, safety: SafetyDecision? = nil) throws -> StretchRoutine {
        let statuses = (try context.profile())?.injuries ?? []
        var injuries = statuses.map(\.injury)
        var hurting = statuses.filter(\.isCurrent).map(\.injury)
        if safety?.rules.contains(.knee) == true {
            if !injuries.contains(.knee) { injuries.append(.knee) }
            if !hurting.contains(.knee) { hurting.append(.knee) }
        }
        do {
            let focus = try focus.map { text throws(StretchError) in try StretchFocus(parsing: text) }
            return try StretchRoutineBuilder.build(minutes: minutes, focus: focus, injuries: injuries, level: context.level(),
                                                   hurting: hurting)
        } catch {
            throw Failure(error.description)
        }
    }
}
