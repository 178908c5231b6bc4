import Testing
@testable import LegworkKit

/// `units=lb` and pounds typed where the profile takes a load.
@Suite struct ProfileUnitsTests {
    let today = CalendarDate(year: 2026, month: 1, day: 5)!

    func apply(_ words: [String]) throws(ProfileError) -> Profile {
        try ProfileUpdate.apply(words, to: Profile(), today: today)
    }

    @Test func unitsAreKilogramsOrPounds() throws {
        #expect(try apply(["units=lb"]).units == .lb)
        #expect(try apply(["units=pounds"]).units == .lb)
        #expect(try apply(["units=lb", "units=kg"]).units == .kg)
        #expect(throws: ProfileError.self) { try apply(["units=stone"]) }
        #expect(ProfileKey.units.text(in: try apply(["units=lb"])) == "lb")
    }

    @Test func poundsAreAcceptedForTheLoadKeys() throws {
        let profile = try apply(["equipment=dumbbells,backpack", "dumbbell-max-kg=25lb", "backpack-kg=22 lbs"])
        // Pounds are kept to a hundredth of a kilogram, so they read back as the pounds given.
        #expect(profile.dumbbellMaxKg == 11.34)
        #expect(profile.backpackKg == 9.98)
        #expect(LoadUnit.lb.words(kilograms: profile.dumbbellMaxKg!) == "25 lb")
        #expect(LoadUnit.lb.words(kilograms: profile.backpackKg!) == "22 lb")
        #expect(try ProfileJSON.decode(ProfileJSON.encode(profile)).dumbbellMaxKg == 11.34, "a stored profile keeps them")
        #expect(try apply(["dumbbell-max-kg=11kg"]).dumbbellMaxKg == 11)
        #expect(throws: ProfileError.self) { try apply(["dumbbell-max-kg=25 stone"]) }
        #expect(throws: ProfileError.self) { try apply(["backpack-kg=200lb"]) }
    }

    @Test func storedProfilesWithoutUnitsReadAsKilograms() throws {
        #expect(try ProfileJSON.decode("{}").units == .kg)
        #expect(try ProfileJSON.decode(ProfileJSON.encode(try apply(["units=lb"]))).units == .lb)
    }
}
