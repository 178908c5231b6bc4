import LegworkKit

/// One runner of the simulator's grid: who they are, how they use the app, and the seed that replays them.
public struct SimulatedRunner: Sendable, CustomStringConvertible {
    public var index: Int
    public var seed: UInt64
    public var profile: Profile
    public var policy: LogPolicy
    /// The day they fill in the profile.
    public var start: CalendarDate
    /// A therapist's programme scheduled into their plan from the second week (every third runner).
    public var programme: ProgrammeSchedule?

    public var description: String {
        let p = profile
        var words = ["#\(index)", p.experience.rawValue, p.goal.rawValue]
        if let distance = p.raceDistance, let date = p.raceDate { words.append("\(distance.rawValue) on \(date.weekday.title) \(date)") }
        words += ["\(p.strengthDays)x\(p.sessionMinutes.minutes)min", "gear " + p.equipment.map(\.rawValue).sorted().joined(separator: ",")]
        if let kg = p.dumbbellMaxKg { words.append("dumbbells \(Int(kg)) kg") }
        if !p.injuries.isEmpty { words.append("injuries " + p.injuries.map(\.description).joined(separator: ",")) }
        if !p.redFlags.isEmpty { words.append("signs " + p.redFlags.map(\.rawValue).sorted().joined(separator: ",")) }
        if let programme { words.append("programme \(programme.when) \(programme.placement.rawValue)") }
        return words.joined(separator: " ") + " · \(policy.rawValue) · from \(start) · seed \(seed)"
    }

    /// The runner `index` of the grid made from `seed`: the first runners walk through every policy,
    /// level and race weekday in turn so that a small grid already covers them; the rest are drawn.
    public static func make(index: Int, seed: UInt64, first: CalendarDate) -> SimulatedRunner {
        let runnerSeed = seed &+ UInt64(index) &* 0x9E37_79B9
        var random = SeededGenerator(seed: runnerSeed)
        let policies = LogPolicy.allCases
        let policy = policies[index % policies.count]
        let experience = [Experience.new, .regular, .seasoned][(index / policies.count) % 3]
        let start = first.adding(days: Int(random.next() % 7))
        var profile = Profile(experience: experience)
        profile.goal = random.pick(experience == .new ? [.first5k, .stamina, .painFree, .race] : Goal.allCases)
        if profile.goal == .race || random.chance(0.3) {
            profile.goal = profile.goal == .first5k ? .first5k : .race
            profile.raceDistance = profile.goal == .first5k ? .fiveK : random.pick(RaceDistance.allCases)
            // Races on every weekday, from 2 to 22 weeks away.
            profile.raceDate = start.adding(days: 14 + index % 7 + 7 * Int(random.next() % 20))
        }
        let runDays = random.pick([[Weekday.tue, .thu, .sat], [.mon, .wed, .fri, .sun], [.tue, .wed, .fri, .sat, .sun], [.mon, .thu, .sat]])
        profile.runDays = Set(runDays)
        profile.longRunDay = runDays.last
        profile.workoutDay = runDays.count > 3 ? runDays[1] : nil
        profile.weeklyKm = Double(random.pick(experience == .new ? [8, 15, 20] : [25, 40, 60, 85]))
        profile.strengthDays = 1 + Int(random.next() % 4)
        profile.sessionMinutes = random.pick(SessionLength.allCases)
        profile.equipment = random.pick([[.mat], [.mat, .miniBand], [.mat, .dumbbells, .step], [.mat, .dumbbells, .bench, .miniBand, .step],
                                         [.mat, .backpack, .wall], [.mat, .kettlebell, .trapBar, .bench, .dumbbells, .longBand]])
        if profile.equipment.contains(.dumbbells) { profile.dumbbellMaxKg = random.pick([4, 8, 12, 24]) }
        if profile.equipment.contains(.backpack) { profile.backpackKg = random.pick([4, 8, 12]) }
        let injured = profile.goal == .painFree || random.chance(0.35)
        if injured {
            let injury = random.pick([Injury.achilles, .plantar, .knee, .itbs, .shins])
            profile.injuries = [InjuryStatus(injury, random.chance(0.6) ? .current(pain: Int(random.next() % 6)) : .past)]
        }
        if random.chance(0.1) { profile.hopTestPassed = start.adding(days: -3) }
        if random.chance(0.08) { profile.redFlags = [random.pick([.numbness, .givingWay, .bonePain])] }
        var runner = SimulatedRunner(index: index, seed: runnerSeed, profile: profile, policy: policy, start: start)
        // Drawn from the index, not the generator, so the runners without one live as before.
        if index % 3 == 1 {
            runner.programme = ProgrammeSchedule(name: kneeProgramme.title, routine: kneeProgramme, days: [.tue, .fri], first: start.adding(days: 7),
                                                 weeks: 6, placement: index % 2 == 0 ? .instead : .beside)
        }
        return runner
    }

    /// A physical therapist's programme for a runner's knee, with a jump and heavy calf work in it, so the
    /// jump gates, the light weeks and the frozen doses all have something to hold back.
    public static let kneeProgramme = Routine(
        title: "Knee programme", author: "Dr. Ana Ruiz, physiotherapist", written: CalendarDate(year: 2026, month: 11, day: 30),
        warmUp: [RoutineExercise(card: "glute_bridge", sets: 1, reps: 12...12, rest: 30)],
        exercises: [
            RoutineExercise(card: "step_down", sets: 3, reps: 8...10, tempo: .phases(down: 3, pause: 1, up: 1), rest: 60, side: .left),
            RoutineExercise(card: "wall_sit", sets: 4, seconds: 45, rest: 60),
            RoutineExercise(card: "side_lying_abduction", sets: 3, reps: 15...15),
            RoutineExercise(card: "sl_calf_raise", sets: 3, reps: 15...15, rest: 60),
            RoutineExercise(card: "pogo_hops", sets: 2, reps: 10...10, rest: 60),
        ],
        coolDown: [RoutineExercise(card: "calf_wall_stretch", sets: 1, seconds: 30)])

    /// The grid: `count` runners from `seed`, starting in the week of `first`.
    public static func grid(count: Int, seed: UInt64, first: CalendarDate) -> [SimulatedRunner] {
        (0..<count).map { make(index: $0, seed: seed, first: first) }
    }
}
