import Testing
@testable import LegworkKit

/// DOMAIN §6, "Warning signs and stretching": with a bone-stress sign the routine holds lying-down
/// stretches only (no weight-bearing calf stretch, no kneeling on the shin), still fills its minutes
/// exactly, and is not called a post-run stretch while the runs are paused.
@Suite("Stretching with a warning sign")
struct StretchWarningSignTests {
    static let catalog = try! Catalog.bundled()
    static let builder = try! StretchRoutineBuilder.bundled()
    static let today = CalendarDate(year: 2026, month: 12, day: 1)!

    static func routine(_ signs: Set<RedFlag>, minutes: Int, focus: StretchFocus? = nil, statuses: [InjuryStatus] = [],
                        level: Level = .intermediate) throws -> (StretchRoutine, SafetyDecision) {
        let safety = SafetyGate.decide(profile: Profile(redFlags: signs), today: today)
        let routine = try safety.stretchRoutine(minutes: minutes, focus: focus, statuses: statuses, level: level,
                                                builder: builder, catalog: catalog)
        return (routine, safety)
    }

    static let boneStressSigns = RedFlag.allCases.filter { $0.rule == .boneStress }
    /// Runners whose injuries put standing or kneeling stretches first: shin splints, Achilles, plantar fasciitis.
    static let injuryMixes: [[InjuryStatus]] = [
        [], [InjuryStatus(.shins, .current(pain: 4))], [InjuryStatus(.achilles, .current(pain: 3)), InjuryStatus(.plantar, .past)],
        [InjuryStatus(.knee, .current(pain: 2)), InjuryStatus(.itbs, .past)],
    ]

    @Test(arguments: boneStressSigns, StretchLimits.allowedMinutes)
    func boneStressLeavesLyingDownStretchesOnly(sign: RedFlag, minutes: Int) throws {
        for level in Level.allCases {
            for statuses in Self.injuryMixes {
                for focus in [nil] + StretchFocus.allCases {
                    let (routine, _) = try Self.routine([sign], minutes: minutes, focus: focus, statuses: statuses, level: level)
                    let label = "\(sign.rawValue) \(minutes) min \(level) \(statuses.map(\.injury)) \(focus?.rawValue ?? "-")"
                    #expect(routine.totalSeconds == minutes * 60, "\(label)")
                    let positions = routine.blocks.map { Self.catalog.card(id: $0.stretch)?.position }
                    #expect(positions.allSatisfy { $0 == .lying }, "\(label): \(routine.blocks.map(\.stretch))")
                    #expect(routine.blocks.allSatisfy { (StretchLimits.minHold...StretchLimits.maxHold(level)).contains($0.hold) }, "\(label)")
                    #expect(routine.title == SafetyDecision.lyingDownTitle, "\(label)")
                }
            }
        }
    }

    @Test(arguments: boneStressSigns)
    func theRoutineSaysWhatItIsAndWhatWasLeftOut(sign: RedFlag) throws {
        let (routine, safety) = try Self.routine([sign], minutes: 15, statuses: [InjuryStatus(.shins, .current(pain: 4))])
        #expect(safety.runsPaused)
        #expect(routine.title == "Lying-down stretch")
        let ids = Set(routine.blocks.map(\.stretch))
        for standingOrKneeling in ["calf_wall_stretch", "soleus_wall_stretch", "kneeling_shin_stretch", "half_kneeling_hip_flexor",
                                   "couch_stretch", "childs_pose", "pigeon_pose"] {
            #expect(!ids.contains(standingOrKneeling), "\(standingOrKneeling)")
        }
        let leftOut = routine.adjustments.compactMap { if case let .leftOutForSafety(stretches) = $0 { stretches } else { nil } }
        #expect(leftOut.count == 1)
        #expect(leftOut.first?.contains("calf_wall_stretch") == true)
        let words = routine.overview(catalog: Self.catalog).joined(separator: "\n")
        #expect(words.contains("Lying-down stretch, 15:00 min"))
        #expect(words.contains("left out until a clinician has checked your warning sign"))
        #expect(!words.contains("Post-run"))
    }

    /// The gate says the same of each stretch card as the routine does: lying down only.
    @Test func theGateAndTheRoutineAgreeOnEveryStretchCard() {
        let safety = SafetyGate.decide(profile: Profile(redFlags: [.limp]), today: Self.today)
        let stretches = Self.catalog.cards.filter { $0.kind == .stretch }
        #expect(!stretches.isEmpty)
        for card in stretches {
            #expect(safety.permits(card) == (card.position == .lying), "\(card.id)")
            #expect(safety.stretchesLeftOut([card.id], catalog: Self.catalog).isEmpty == (card.position == .lying), "\(card.id)")
        }
    }

    /// Without a sign nothing changes: the default routine and its title.
    @Test func noSignKeepsThePostRunStretch() throws {
        let (routine, _) = try Self.routine([], minutes: 15)
        #expect(routine.title == "Post-run stretch")
        #expect(routine == (try Self.builder.build(minutes: 15)))
    }

    /// A knee sign (runs as the clinician says) keeps the post-run title and leaves out the deep kneeling
    /// stretches the knee's rules drop; a kneeling stretch kept comes with its note.
    @Test(arguments: RedFlag.allCases.filter { $0.rule == .knee }, StretchLimits.allowedMinutes)
    func aKneeSignKeepsNoDeepKneeling(sign: RedFlag, minutes: Int) throws {
        let (routine, safety) = try Self.routine([sign], minutes: minutes)
        #expect(routine.totalSeconds == minutes * 60)
        #expect(routine.title == "Post-run stretch")
        let dropped = Set(Self.builder.library.injuries[.knee]?.drop ?? [])
        #expect(!dropped.isEmpty)
        #expect(routine.blocks.allSatisfy { !dropped.contains($0.stretch) }, "\(routine.blocks.map(\.stretch))")
        let kneeling = Set(routine.blocks.map(\.stretch)).filter { Self.catalog.card(id: $0)?.position == .kneeling }
        #expect(safety.stretchNotes(routine, catalog: Self.catalog).count == kneeling.count)
    }
}
