import Testing
@testable import LegworkKit

/// DOMAIN §5: the heel-raise norms by age and sex at the table's edges, the other tests' references,
/// and the side differences with their limits.
@Suite("Strength check norms")
struct CheckNormsTests {
    @Test("Heel raises: each band's edges, by sex", arguments: [
        (20, Sex.male, 37), (29, .male, 37), (30, .male, 32), (39, .female, 27), (40, .female, 24), (49, .male, 28),
        (50, .male, 23), (59, .female, 21), (60, .female, 19), (69, .male, 19), (70, .male, 14), (79, .female, 16),
    ])
    func heelRaiseBands(age: Int, sex: Sex, usual: Int) {
        #expect(CheckNorms.heelRaise(age: age, sex: sex) == usual)
    }

    @Test("Heel raises: below the table the youngest band, above it the oldest")
    func beyondTheTable() {
        #expect(CheckNorms.heelRaise(age: 16, sex: .male) == 37)
        #expect(CheckNorms.heelRaise(age: 19, sex: .female) == 30)
        #expect(CheckNorms.heelRaise(age: 80, sex: .male) == 14)
        #expect(CheckNorms.heelRaise(age: 95, sex: .female) == 16)
    }

    @Test("Heel raises: without age the middle band, without sex halfway between")
    func withoutAnswers() {
        #expect(CheckNorms.heelRaise(age: nil, sex: .male) == 28)
        #expect(CheckNorms.heelRaise(age: nil, sex: .female) == 24)
        #expect(CheckNorms.heelRaise(age: nil, sex: nil) == 26)
        #expect(CheckNorms.heelRaise(age: 25, sex: nil) == 34) // (37 + 30) / 2 rounded up
        #expect(CheckNorms.heelRaise(age: 65, sex: nil) == 19)
    }

    @Test("Standing against the reference at each test's edges")
    func standing() {
        #expect(CheckNorms.standing(.heelRaise, value: 23, age: 40, sex: .female) == .below)
        #expect(CheckNorms.standing(.heelRaise, value: 24, age: 40, sex: .female) == .usual)
        #expect(CheckNorms.standing(.hamstringBridge, value: 19, age: nil, sex: nil) == .below)
        #expect(CheckNorms.standing(.hamstringBridge, value: 20, age: nil, sex: nil) == .usual)
        #expect(CheckNorms.standing(.hamstringBridge, value: 30, age: nil, sex: nil) == .usual)
        #expect(CheckNorms.standing(.hamstringBridge, value: 31, age: nil, sex: nil) == .above)
        #expect(CheckNorms.standing(.sidePlank, value: 54, age: nil, sex: nil) == .below)
        #expect(CheckNorms.standing(.sidePlank, value: 55, age: nil, sex: nil) == .usual)
        #expect(CheckNorms.standing(.sidePlank, value: 60, age: nil, sex: nil) == .above)
        #expect(CheckNorms.standing(.kneeToWall, value: 9, age: nil, sex: nil) == .below)
        #expect(CheckNorms.standing(.kneeToWall, value: 10, age: nil, sex: nil) == .usual)
        #expect(CheckNorms.standing(.singleLegSquat, value: 1, age: nil, sex: nil) == .below)
        #expect(CheckNorms.standing(.hops, value: 1, age: nil, sex: nil) == nil)
    }

    @Test("Side difference: percent of the stronger side, against 10% for heel raises")
    func heelRaiseDifference() throws {
        let lagging = try #require(SideDifference.of(CheckScore(.heelRaise, left: 18, right: 26)))
        #expect(lagging.weaker == .left)
        #expect(lagging.amount == 31)
        #expect(lagging.beyondLimit)
        // Exactly 10% is within the limit; just over it is not.
        #expect(SideDifference.of(CheckScore(.heelRaise, left: 30, right: 27))?.beyondLimit == false)
        #expect(SideDifference.of(CheckScore(.heelRaise, left: 30, right: 26))?.beyondLimit == true)
        #expect(SideDifference.of(CheckScore(.heelRaise, left: 30, right: 27))?.weaker == .right)
        #expect(SideDifference.of(CheckScore(.heelRaise, left: 25, right: 25)) == nil)
        #expect(SideDifference.of(CheckScore(.heelRaise, left: 25)) == nil)
    }

    @Test("Side difference: 5% for the side plank, 2 cm for knee-to-wall")
    func otherLimits() {
        #expect(SideDifference.of(CheckScore(.sidePlank, left: 60, right: 57))?.beyondLimit == false)
        #expect(SideDifference.of(CheckScore(.sidePlank, left: 60, right: 56))?.beyondLimit == true)
        #expect(SideDifference.of(CheckScore(.kneeToWall, left: 12, right: 10))?.beyondLimit == false)
        let ankle = SideDifference.of(CheckScore(.kneeToWall, left: 12, right: 9))
        #expect(ankle?.beyondLimit == true)
        #expect(ankle?.words(.kneeToWall) == "right 3 cm shorter than left")
        #expect(SideDifference.of(CheckScore(.singleLegSquat, left: 0, right: 2)) == nil)
    }
}
