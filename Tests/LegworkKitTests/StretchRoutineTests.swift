import Foundation
import Testing
@testable import LegworkKit

/// The default routine as shipped, checked against the table of DOMAIN.md §4.
@Suite struct StretchRoutineTests {
    let routine = try! StretchLibrary.bundled().routine

    /// DOMAIN.md §4: stretch, hold, per side, block seconds, ends at.
    static let table: [(String, Int, Bool, Int, String)] = [
        ("calf_wall_stretch", 30, true, 75, "1:20"),
        ("soleus_wall_stretch", 30, true, 75, "2:35"),
        ("half_kneeling_hip_flexor", 40, true, 95, "4:10"),
        ("kneeling_shin_stretch", 30, false, 40, "4:50"),
        ("childs_pose", 45, false, 55, "5:45"),
        ("butterfly_stretch", 45, false, 55, "6:40"),
        ("plantar_toe_stretch", 30, true, 75, "7:55"),
        ("supine_hamstring_stretch", 40, true, 95, "9:30"),
        ("figure_four_stretch", 40, true, 95, "11:05"),
        ("supine_it_crossover", 30, true, 75, "12:20"),
        ("supine_spinal_twist", 30, true, 75, "13:35"),
        ("side_lying_quad_stretch", 40, true, 85, "15:00"),
    ]

    @Test func defaultRoutineLastsExactlyFifteenMinutes() {
        #expect(routine.totalSeconds == 900)
        #expect(routine.getReady == 5 && routine.switchSeconds == 5 && routine.move == 10)
    }

    @Test func defaultRoutineIsTheDomainTable() {
        #expect(routine.blocks.map(\.stretch) == Self.table.map(\.0))
        #expect(routine.blocks.map(\.hold) == Self.table.map(\.1))
        #expect(routine.blocks.map(\.perSide) == Self.table.map(\.2))
        #expect(routine.blockSeconds == Self.table.map(\.3))
        #expect(routine.endOffsets.map(StretchRoutine.clockText) == Self.table.map(\.4))
    }

    @Test func blocksStartAfterTheGetReadyAndThePreviousMove() {
        let starts = routine.startOffsets
        #expect(starts.first == 5)
        #expect(Array(starts.dropFirst()) == Array(routine.endOffsets.dropLast()))
        // Block 7 (plantar toe stretch) starts when block 6 ends.
        #expect(routine.clock(at: starts[6]) == "6:40 / 15:00")
    }

    @Test func defaultRoutineGoesDownToTheFloorOnce() {
        let positions = routine.blocks.map(\.position)
        #expect(positions == positions.sorted())
        #expect(Set(positions) == Set(StretchPosition.allCases))
    }

    @Test(arguments: [(0, nil), (4, nil), (5, 0), (79, 0), (80, 1), (400, 6), (899, 11), (900, nil)] as [(Int, Int?)])
    func blockRunningAtASecond(elapsed: Int, index: Int?) {
        #expect(routine.blockIndex(at: elapsed) == index)
    }

    @Test(arguments: [(0, "0:00"), (5, "0:05"), (59, "0:59"), (400, "6:40"), (900, "15:00"), (1800, "30:00"), (-3, "0:00")])
    func clockText(seconds: Int, text: String) {
        #expect(StretchRoutine.clockText(seconds) == text)
    }

    @Test func areasAndPositionsAreFoundByFilter() {
        #expect(routine.blocks(in: .calves).map(\.stretch) == ["calf_wall_stretch", "soleus_wall_stretch"])
        #expect(routine.blocks(at: .seated).map(\.stretch) == ["butterfly_stretch", "plantar_toe_stretch"])
        #expect(routine.holdSecondsPerSide(in: .calves) == 60)
        #expect(routine.holdSecondsPerSide(in: .back) == 75)
    }

    @Test func propsAreListedOnceInTheOrderTheyAreNeeded() {
        #expect(routine.props == [.wall, .block, .mat, .towel])
    }

    @Test func aBuiltRoutineSurvivesAJSONRoundTrip() throws {
        let built = try StretchRoutineBuilder.build(minutes: 10, focus: .hamstrings, injuries: [.knee], level: .advanced)
        #expect(!built.adjustments.isEmpty)
        let data = try JSONEncoder().encode(built)
        #expect(try JSONDecoder().decode(StretchRoutine.self, from: data) == built)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"switch\":5"))
    }

    @Test func adjustmentsReadAsSentences() {
        #expect(StretchAdjustment.repeated(stretch: "supine_hamstring_stretch", area: .hamstrings).description
            == "supine_hamstring_stretch twice for 60 s per side on the hamstrings")
        #expect(StretchAdjustment.dropped(stretch: "kneeling_shin_stretch", injury: .knee)
            .describe(naming: { $0 == "kneeling_shin_stretch" ? "Kneeling shin stretch" : $0 })
            == "Kneeling shin stretch left out because of runner's knee")
        #expect(StretchAdjustment.placedFirst(stretches: ["a", "b"], injury: .itbs).description
            == "a, b first because of IT band syndrome")
    }
}
