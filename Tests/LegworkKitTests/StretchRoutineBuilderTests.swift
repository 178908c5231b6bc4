import Testing
@testable import LegworkKit

/// Routines of other lengths, focuses, injuries and levels.
@Suite struct StretchRoutineBuilderTests {
    let builder = try! StretchRoutineBuilder.bundled()

    static let focuses: [StretchFocus?] = [nil] + StretchFocus.allCases
    /// Every set of injuries, from none to all six.
    static let injurySets: [[Injury]] = (0..<(1 << Injury.allCases.count)).map { mask in
        Injury.allCases.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
    }

    @Test func fifteenMinutesWithoutFocusOrInjuryIsTheDefaultRoutine() throws {
        let built = try builder.build(minutes: 15, focus: nil, injuries: [], level: .intermediate)
        #expect(built == builder.library.routine)
        #expect(built.adjustments.isEmpty)
    }

    @Test(arguments: StretchLimits.allowedMinutes, focuses)
    func everyCombinationLastsExactlyTheMinutesAsked(minutes: Int, focus: StretchFocus?) throws {
        for injuries in Self.injurySets {
            for level in Level.allCases {
                let routine = try builder.build(minutes: minutes, focus: focus, injuries: injuries, level: level)
                let label = "\(minutes) min, focus \(focus?.rawValue ?? "none"), \(injuries), \(level)"
                #expect(routine.totalSeconds == minutes * 60, "\(label)")
                #expect(routine.endOffsets.last == minutes * 60, "\(label)")
                #expect(routine.blocks.allSatisfy { (StretchLimits.minHold...StretchLimits.maxHold(level)).contains($0.hold) }, "\(label)")
                #expect(routine.blocks.allSatisfy { $0.hold % 5 == 0 }, "\(label)")
                let positions = routine.blocks.map(\.position)
                #expect(positions == positions.sorted(), "\(label): positions go back up")
                // A stretch comes at most twice, and its repeat right after its first round.
                for (i, block) in routine.blocks.enumerated() where block.isRepeat {
                    #expect(i > 0 && routine.blocks[i - 1].stretch == block.stretch && !routine.blocks[i - 1].isRepeat, "\(label)")
                }
                #expect(routine.blocks.allSatisfy { $0.round <= StretchLimits.maxRounds }, "\(label)")
                if injuries.contains(.knee) {
                    #expect(!routine.blocks.contains { $0.stretch == "kneeling_shin_stretch" }, "\(label)")
                }
            }
        }
    }

    @Test(arguments: StretchLimits.allowedMinutes)
    func plantarFasciitisPutsThePlantarAndCalfStretchesFirst(minutes: Int) throws {
        let routine = try builder.build(minutes: minutes, focus: nil, injuries: [.plantar], level: .intermediate)
        let opening = routine.blocks.prefix(while: { $0.area == .feet || $0.area == .calves })
        #expect(opening.first?.stretch == "plantar_toe_stretch")
        #expect(opening.first?.position == .standing)
        #expect(opening.contains { $0.stretch == "calf_wall_stretch" })
        #expect(routine.blocks.filter { $0.area == .feet || $0.area == .calves }.count == opening.count)
        #expect(routine.holdSecondsPerSide(in: .feet) >= 60)
        #expect(routine.adjustments.contains { if case .placedFirst(_, .plantar) = $0 { true } else { false } })
    }

    @Test func withoutPlantarFasciitisThePlantarStretchIsSeated() throws {
        let routine = try builder.build(minutes: 15)
        #expect(routine.blocks.first?.stretch == "calf_wall_stretch")
        #expect(routine.blocks.first { $0.stretch == "plantar_toe_stretch" }?.position == .seated)
    }

    @Test(arguments: StretchLimits.allowedMinutes, Level.allCases)
    func kneePainDropsTheKneelingShinStretch(minutes: Int, level: Level) throws {
        let routine = try builder.build(minutes: minutes, injuries: [.knee], level: level)
        #expect(!routine.blocks.contains { $0.stretch == "kneeling_shin_stretch" })
        #expect(routine.adjustments.contains(.dropped(stretch: "kneeling_shin_stretch", injury: .knee)))
    }

    @Test func shinSplintsKeepTheShinStretchInAShortRoutine() throws {
        #expect(!(try builder.build(minutes: 10)).blocks.contains { $0.stretch == "kneeling_shin_stretch" })
        #expect(try builder.build(minutes: 10, injuries: [.shins]).blocks.contains { $0.stretch == "kneeling_shin_stretch" })
    }

    @Test func advancedRunnersGetTheCouchStretchAndPigeon() throws {
        let routine = try builder.build(minutes: 15, level: .advanced)
        let ids = routine.blocks.map(\.stretch)
        #expect(ids[2] == "couch_stretch")
        #expect(ids[8] == "pigeon_pose")
        #expect(!ids.contains("half_kneeling_hip_flexor") && !ids.contains("figure_four_stretch"))
        #expect(routine.totalSeconds == 900)
        #expect(routine.blocks.map(\.hold) == builder.library.routine.blocks.map(\.hold))
        #expect(routine.blocks[8].position == .lying)
    }

    @Test func kneePainKeepsAdvancedRunnersOffPigeon() throws {
        let ids = try builder.build(minutes: 15, injuries: [.knee], level: .advanced).blocks.map(\.stretch)
        // A sore knee: no deep kneeling (the couch stretch, child's pose, the kneeling shin stretch), no pigeon.
        #expect(!ids.contains("couch_stretch") && !ids.contains("childs_pose") && !ids.contains("kneeling_shin_stretch"))
        #expect(ids.contains("figure_four_stretch") && !ids.contains("pigeon_pose"))
    }

    @Test func aHealedKneeKeepsItsStretchesAndTheEmphasisStays() throws {
        let healed = try builder.build(minutes: 15, injuries: [.knee], level: .advanced, hurting: [])
        let ids = healed.blocks.map(\.stretch)
        #expect(ids.contains("kneeling_shin_stretch") && ids.contains("couch_stretch") && ids.contains("pigeon_pose"))
        #expect(!healed.adjustments.contains { if case .dropped = $0 { true } else { false } })
    }

    @Test(arguments: [Injury.achilles, .shins, .itbs])
    func everyInjuryTheHelpNamesChangesTheRoutine(injury: Injury) throws {
        let plain = try builder.build(minutes: 15)
        let emphasised = try builder.build(minutes: 15, injuries: [injury])
        #expect(emphasised.blocks != plain.blocks, "\(injury)")
        #expect(emphasised.adjustments.contains { if case .placedFirst(_, injury) = $0 { true } else { false } }, "\(injury)")
    }

    @Test(arguments: [StretchLimits.allowedMinutes.filter { $0 >= 10 }, [5]].joined(), StretchFocus.allCases)
    func aFocusGivesItsAreaSixtySecondsPerSide(minutes: Int, focus: StretchFocus) throws {
        let area: StretchArea = switch focus {
        case .calves: .calves
        case .hips: .hips
        case .hamstrings: .hamstrings
        case .back: .back
        }
        for level in Level.allCases {
            let routine = try builder.build(minutes: minutes, focus: focus, level: level)
            #expect(routine.holdSecondsPerSide(in: area) >= 60, "\(minutes) min \(focus) \(level)")
        }
    }

    @Test func aTightAreaWithOneStretchRepeatsItInsteadOfHoldingLonger() throws {
        let routine = try builder.build(minutes: 5, focus: .hamstrings, level: .beginner)
        let hamstrings = routine.blocks(in: .hamstrings)
        #expect(hamstrings.map(\.stretch) == ["supine_hamstring_stretch", "supine_hamstring_stretch"])
        #expect(hamstrings.map(\.round) == [1, 2])
        #expect(hamstrings.allSatisfy { $0.hold <= 45 })
        #expect(routine.adjustments.contains(.repeated(stretch: "supine_hamstring_stretch", area: .hamstrings)))
    }

    @Test func aShortRoutineKeepsTheHighestPriorities() throws {
        let routine = try builder.build(minutes: 5)
        #expect(routine.blocks.map(\.stretch) == ["calf_wall_stretch", "half_kneeling_hip_flexor", "supine_hamstring_stretch"])
        guard case let .leftOut(stretches)? = routine.adjustments.last else {
            Issue.record("a 5-minute routine says what it left out")
            return
        }
        #expect(stretches.count == 9 && stretches.last == "kneeling_shin_stretch")
    }

    @Test func thirtyMinutesDoesEveryStretchTwice() throws {
        let routine = try builder.build(minutes: 30)
        #expect(routine.blocks.count == 24)
        #expect(routine.blocks.filter(\.isRepeat).map(\.stretch) == builder.library.routine.blocks.map(\.stretch))
    }

    @Test func theOrderOfInjuriesDoesNotMatter() throws {
        let one = try builder.build(minutes: 10, focus: .hips, injuries: [.plantar, .knee, .itbs], level: .advanced)
        let other = try builder.build(minutes: 10, focus: .hips, injuries: [.itbs, .knee, .plantar, .knee], level: .advanced)
        #expect(one == other)
    }

    @Test(arguments: [0, 1, 7, 12, 25, 45, 60, -5])
    func otherLengthsAreRefusedWithTheValidOnes(minutes: Int) {
        #expect(throws: StretchError.invalidMinutes(minutes)) {
            try builder.build(minutes: minutes)
        }
        #expect(StretchError.invalidMinutes(minutes).description
            == "A stretch routine cannot last \(minutes) minutes: choose one of 5, 10, 15, 20, 30.")
    }

    @Test func aFileThatCannotFillTheTimeSaysSo() throws {
        let lonely = StretchRoutine(id: "x", title: "X", getReady: 5, switchSeconds: 5, move: 10, blocks: [
            StretchBlock(stretch: "calf_wall_stretch", hold: 30, perSide: true, area: .calves, position: .standing, priority: 1),
        ])
        let builder = StretchRoutineBuilder(library: try StretchLibrary(routine: lonely))
        // One stretch done twice at most cannot fill 5 minutes with holds of 60 s or less.
        #expect {
            try builder.build(minutes: 5)
        } throws: { error in
            guard let error = error as? StretchError, case .cannotFit(minutes: 5, _) = error else { return false }
            return error.description.hasPrefix("No 5-minute stretch routine fits")
        }
    }

    @Test(arguments: [
        ("calves", StretchFocus.calves), ("Calf", .calves), (" HIPS ", .hips), ("hip", .hips),
        ("hamstring", .hamstrings), ("hamstrings", .hamstrings), ("back", .back), ("lower-back", .back),
    ])
    func focusWordsAreUnderstood(word: String, focus: StretchFocus) throws {
        #expect(try StretchFocus(parsing: word) == focus)
    }

    @Test func anUnknownFocusNamesTheValidOnes() {
        #expect(throws: StretchError.unknownFocus("legs")) { try StretchFocus(parsing: "legs") }
        #expect(StretchError.unknownFocus("legs").description
            == "\"legs\" is not a stretch focus: choose one of calves, hips, hamstrings, back, or leave the focus out.")
    }
}
