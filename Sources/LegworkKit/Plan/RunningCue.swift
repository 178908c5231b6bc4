/// Rule: each session carries one cue to take into the next run (DOMAIN.md: the transfer happens when
/// the form is applied while running). The cue comes from the exercise with the most carryover to
/// running; ties rotate with the week so the cue changes over the plan.
enum RunningCue {
    static func pick(from cards: [ExerciseCard], week: Int) -> String {
        let withCue = cards.filter { !$0.runningCue.isEmpty }
        guard let best = withCue.map({ $0.score(.carryover) }).max() else { return "Run tall and land quietly." }
        let tied = withCue.filter { $0.score(.carryover) == best }
        return tied[(week - 1) % tied.count].runningCue
    }
}
