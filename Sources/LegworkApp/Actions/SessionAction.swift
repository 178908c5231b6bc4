import LegworkKit
import LegworkTUI

/// `legwork session [today | next | ID]`: the guided strength session, on the screens or `--plain`.
package enum SessionAction {
    /// The benchmark options: start at the first rest, leave when the session ends.
    package struct Bench: Sendable {
        package var startAtRest = false
        package var exitAtEnd = false
        package init(startAtRest: Bool = false, exitAtEnd: Bool = false) { self.startAtRest = startAtRest; self.exitAtEnd = exitAtEnd }
    }

    package static func run(_ which: String, plain: Bool, fresh: Bool, voice: Bool, bench: Bench, settings: AppSettings) throws {
        let context = try AppContext.open(settings)
        let request = Self.request(which)
        // A card that does not exist is said first: it must not resume the interrupted session instead.
        if case let .card(id) = request, context.catalog.card(id: id) == nil {
            throw Failure(TodaySessionError.unknown(id, in: context.catalog).description)
        }
        let launch = try SessionLaunch(context: context, fresh: fresh, kinds: [.strength], starting: true, today: context.today())
        if plain {
            for message in launch.setAside { PlainOutput.write(message) }
            try runPlain(request, launch: launch, voice: voice, startAtRest: bench.startAtRest)
        } else {
            try SessionScreens.run(request, launch: launch, voice: voice, exitAtEnd: bench.exitAtEnd, startAtRest: bench.startAtRest)
        }
    }

    /// "today", "next" or a card id.
    static func request(_ which: String) -> StrengthRequest {
        switch which.lowercased() {
        case "today": .today
        case "next": .next
        default: .card(which)
        }
    }

    /// `--plain`: the interrupted session (when the gate lets it resume), else the check-in, the gate and
    /// the session; on a day without one, what today is.
    static func runPlain(_ request: StrengthRequest, launch: SessionLaunch, voice: Bool, startAtRest: Bool) throws {
        let context = launch.context
        if let pending = launch.pending {
            let check = try StrengthDoor.resumable(pending.snapshot.plan, context: context)
            guard check.ok else {
                for line in ["The interrupted session \"\(pending.snapshot.plan.title)\" cannot resume today."] + check.lines { PlainOutput.write(line) }
                throw Failure("the interrupted session stays saved; `legwork session --fresh` closes it and starts today's session anew")
            }
            try launch.runPlain(voice: voice, startAtRest: startAtRest) { throw Failure("unreachable: a pending session resumes") }
            return
        }
        let input = PlainInput()
        var outcome = try StrengthDoor.resolve(request, context: context, checkIn: nil)
        if case .run = outcome, !startAtRest {
            let checkIn = try PlainCheckIn.ask(try context.checkInQuestions(today: context.today()), input: input, write: PlainOutput.write)
            try context.recordCheckIn(checkIn)
            outcome = try StrengthDoor.resolve(request, context: context, checkIn: checkIn)
        }
        switch outcome {
        case let .run(plan, preface):
            try launch.runPlain(voice: voice, startAtRest: startAtRest, input: input) { (SessionEngine(plan: plan), preface) }
        case let .refused(headline, lines, offersStretch, _):
            for line in [headline] + lines { PlainOutput.write(line) }
            if offersStretch { PlainOutput.write("A stretch is fine today: legwork stretch --plain") }
            throw Failure("no strength session today (\(headline.prefix { $0 != ":" && $0 != "." }.lowercased()))")
        case let .outlook(outlook):
            for line in [outlook.headline] + outlook.details { PlainOutput.write(line) }
            if outlook.offersStretch { PlainOutput.write("To stretch: legwork stretch --plain") }
            if outlook.offersSessionAnyway, let warning = outlook.warning {
                PlainOutput.write("To do your next session today anyway: legwork session next --plain (\(warning))")
            }
        }
    }
}
