import LegworkKit
import Testing

@Suite struct ProfileRunDaysWordsTests {
    @Test(arguments: ["tue,thu,sat", "tue thu sat", "tue, thu, sat", " tue  thu,sat "])
    func runDaysWithSpacesOrCommas(text: String) throws {
        var profile = Profile()
        try ProfileKey.runDays.apply(text, to: &profile)
        #expect(profile.runDays == [.tue, .thu, .sat])
        #expect(ProfileKey.runDays.text(in: profile) == "tue,thu,sat")
    }

    @Test func aWrongDayIsStillNamed() {
        var profile = Profile()
        #expect(throws: ProfileError.self) { try ProfileKey.runDays.apply("tue thrs", to: &profile) }
    }
}
