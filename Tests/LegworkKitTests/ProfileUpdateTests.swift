import Testing
@testable import LegworkKit

@Suite("ProfileUpdate")
struct ProfileUpdateTests {
    let today = CalendarDate(year: 2026, month: 3, day: 2)!

    func apply(_ words: [String], to profile: Profile = Profile()) throws(ProfileError) -> Profile {
        try ProfileUpdate.apply(words, to: profile, today: today)
    }

    func message(_ words: [String], to profile: Profile = Profile()) -> String? {
        do { _ = try apply(words, to: profile); return nil } catch { return error.message }
    }

    @Test func setsEveryField() throws {
        let p = try apply([
            "experience=seasoned", "goal=race", "race-distance=marathon", "race-date=2026-04-19",
            "weekly-km=62.34", "run-days=mon,wed,thu,sat,sun", "long-run-day=sun", "workout-day=wed",
            "strength-days=3", "session-minutes=45", "equipment=mat,dumbbells,bench,trap-bar,backpack",
            "dumbbell-max-kg=24", "backpack-kg=7.5 kg", "injury=achilles:current:3,knee:past", "red-flags=none",
        ])
        #expect(p.experience == .seasoned)
        #expect(p.level == .advanced)
        #expect(p.goal == .race)
        #expect(p.raceDistance == .marathon)
        #expect(p.raceDate == CalendarDate(year: 2026, month: 4, day: 19))
        #expect(p.weeklyKm == 62.3)
        #expect(p.sortedRunDays == [.mon, .wed, .thu, .sat, .sun])
        #expect(p.longRunDay == .sun)
        #expect(p.workoutDay == .wed)
        #expect(p.strengthDays == 3)
        #expect(p.sessionMinutes == .long)
        #expect(p.equipment == [.mat, .dumbbells, .bench, .trapBar, .backpack])
        #expect(p.dumbbellMaxKg == 24)
        #expect(p.backpackKg == 7.5)
        #expect(p.injuries == [InjuryStatus(.achilles, .current(pain: 3)), InjuryStatus(.knee, .past)])
        #expect(p.redFlags.isEmpty)
    }

    @Test(arguments: [("10", 16.1), ("25", 40.2), ("0", 0.0), ("186.4", 300.0)])
    func weeklyMilesAreConvertedToKilometres(miles: String, km: Double) throws {
        #expect(try apply(["weekly-miles=\(miles)"]).weeklyKm == km)
    }

    @Test func noneClearsListsAndOptionalFields() throws {
        let start = try apply(["injury=knee:current:4", "red-flags=limp", "race-date=2026-05-01", "race-distance=10k"])
        let cleared = try apply(["injury=none", "red-flags=none", "race-date=none", "race-distance=none", "workout-day=none"], to: start)
        #expect(cleared.injuries.isEmpty)
        #expect(cleared.redFlags.isEmpty)
        #expect(cleared.raceDate == nil)
        #expect(cleared.raceDistance == nil)
        #expect(cleared.workoutDay == nil)
    }

    @Test func valuesAreTrimmedAndCaseInsensitive() throws {
        let p = try apply(["Goal=Pain-Free", "run-days=Mon, Wednesday ,sat", "long-run-day=SAT", "workout-day=wed"])
        #expect(p.goal == .painFree)
        #expect(p.sortedRunDays == [.mon, .wed, .sat])
    }

    @Test func laterAssignmentWins() throws {
        #expect(try apply(["goal=pr", "goal=stamina"]).goal == .stamina)
    }

    @Test func unknownKeySuggestsAndListsKeys() {
        #expect(message(["goals=race"]) == "unknown key \"goals\"; did you mean \"goal\"? valid keys: "
            + "experience, goal, race-distance, race-date, weekly-km, weekly-miles, run-days, long-run-day, "
            + "workout-day, strength-days, session-minutes, equipment, dumbbell-max-kg, backpack-kg, injury, red-flags, cleared, imported-cards, hop-test, age, sex, units")
        #expect(message(["injuries=knee:past"])?.hasPrefix("unknown key \"injuries\"; did you mean \"injury\"?") == true)
        #expect(message(["colour=red"])?.hasPrefix("unknown key \"colour\"; valid keys: experience") == true)
    }

    @Test func wordWithoutEqualsIsExplained() {
        #expect(message(["goal"])?.hasPrefix("\"goal\" is not KEY=VALUE; write e.g. goal=race") == true)
    }

    @Test(arguments: [
        ("goal=marathon", "goal: \"marathon\" is not valid; choose one of first-5k, stamina, race, pr, pain-free"),
        ("goal=frist-5k", "goal: \"frist-5k\" is not valid; did you mean \"first-5k\"? choose one of first-5k, stamina, race, pr, pain-free"),
        ("experience=expert", "experience: \"expert\" is not valid; choose one of new, regular, seasoned"),
        ("race-distance=42k", "race-distance: \"42k\" is not valid; choose one of 5k, 10k, half, marathon, none"),
        ("race-date=19/04/2026", "race-date: \"19/04/2026\" is not valid; write the date as YYYY-MM-DD, e.g. 2026-04-19, or none"),
        ("race-date=2026-02-30", "race-date: \"2026-02-30\" is not valid; write the date as YYYY-MM-DD, e.g. 2026-04-19, or none"),
        ("weekly-km=400", "weekly-km: \"400\" is not valid; give a number of kilometres from 0 to 300 (or weekly-miles=…)"),
        ("weekly-km=-5", "weekly-km: \"-5\" is not valid; give a number of kilometres from 0 to 300 (or weekly-miles=…)"),
        ("weekly-km=lots", "weekly-km: \"lots\" is not valid; give a number of kilometres from 0 to 300 (or weekly-miles=…)"),
        ("weekly-miles=200", "weekly-miles: \"200\" is not valid; give a number of miles from 0 to 186.4"),
        ("run-days=mon,wdn", "run-days: \"mon,wdn\" is not valid; \"wdn\" is not a day (did you mean \"wed\"?); list days from mon, tue, wed, thu, fri, sat, sun separated by commas"),
        ("long-run-day=sundy", "long-run-day: \"sundy\" is not valid; did you mean \"sun\"? choose one of mon, tue, wed, thu, fri, sat, sun, or none"),
        ("workout-day=xyz", "workout-day: \"xyz\" is not valid; choose one of mon, tue, wed, thu, fri, sat, sun, or none"),
        ("strength-days=5", "strength-days: \"5\" is not valid; choose a whole number from 1 to 4"),
        ("session-minutes=20", "session-minutes: \"20\" is not valid; choose one of 15, 30, 45"),
        ("equipment=mat,dumbell", "equipment: \"mat,dumbell\" is not valid; \"dumbell\" is not equipment (did you mean \"dumbbells\"?); list items from mat, mini-band, long-band, dumbbells, kettlebell, step, bench, wall, backpack, towel, block, trap-bar, or none"),
        ("dumbbell-max-kg=heavy", "dumbbell-max-kg: \"heavy\" is not valid; give the heaviest dumbbell in kg, from 0.5 to 100 (or in pounds: 25lb), or none"),
        ("backpack-kg=60", "backpack-kg: \"60\" is not valid; give what your loaded backpack weighs in kg, from 0.5 to 40 (or in pounds: 20lb), or none"),
        ("injury=knee:current", "injury: \"knee:current\" is not valid; a current injury needs its pain 0–10, e.g. knee:current:3; write NAME:past or NAME:current:PAIN with NAME one of itbs, knee, shins, achilles, plantar, other and PAIN 0–10, separated by commas, or none"),
        ("injury=knee:current:11", "injury: \"knee:current:11\" is not valid; a current injury needs its pain 0–10, e.g. knee:current:3; write NAME:past or NAME:current:PAIN with NAME one of itbs, knee, shins, achilles, plantar, other and PAIN 0–10, separated by commas, or none"),
        ("injury=achiles:past", "injury: \"achiles:past\" is not valid; \"achiles\" is not an injury (did you mean \"achilles\"?); write NAME:past or NAME:current:PAIN with NAME one of itbs, knee, shins, achilles, plantar, other and PAIN 0–10, separated by commas, or none"),
        ("injury=knee", "injury: \"knee\" is not valid; say whether knee is past or current, e.g. knee:past; write NAME:past or NAME:current:PAIN with NAME one of itbs, knee, shins, achilles, plantar, other and PAIN 0–10, separated by commas, or none"),
        ("red-flags=limb", "red-flags: \"limb\" is not valid; \"limb\" is not a red flag (did you mean \"limp\"?); choose none or a comma list of bone-pain, night-pain, limp, numbness, giving-way, swelling, joint-swelling, chest-pain, fainting"),
    ])
    func invalidValuesNameTheValidChoices(word: String, expected: String) {
        #expect(message([word]) == expected)
    }

    @Test func crossFieldChecks() {
        #expect(message(["run-days=mon,wed", "long-run-day=sat", "workout-day=wed"])
            == "long-run-day: sat is not one of your run days (mon,wed); choose one of them, add sat to run-days, or write long-run-day=none")
        #expect(message(["run-days=mon,wed,sat", "workout-day=fri"])
            == "workout-day: fri is not one of your run days (mon,wed,sat); choose one of them, add fri to run-days, or write workout-day=none")
        #expect(message(["workout-day=sat"]) == "long-run-day and workout-day are both sat; choose two different days")
        #expect(message(["goal=race"]) == "goal race needs a race-distance; add race-distance=5k, 10k, half or marathon")
        #expect(message(["race-date=2026-03-01"]) == "race-date: 2026-03-01 is before today (2026-03-02); give a future date or race-date=none")
        #expect(message(["injury=knee:past,knee:current:2"]) == "injury: knee is listed twice; give each injury once, e.g. knee:current:3")
    }

    @Test func fieldsSetTogetherAreCheckedTogether() throws {
        // Moving the run days and the long run in one command must not fail halfway.
        let p = try apply(["run-days=mon,wed,sun", "long-run-day=sun", "workout-day=wed"])
        #expect(p.longRunDay == .sun)
        #expect(try apply(["goal=race", "race-distance=half"]).goal == .race)
    }

    @Test func storedPastRaceDateDoesNotBlockOtherChanges() throws {
        var old = Profile()
        old.raceDate = CalendarDate(year: 2025, month: 10, day: 12)
        #expect(try apply(["weekly-km=30"], to: old).weeklyKm == 30)
        #expect(throws: ProfileError.raceDateInPast(old.raceDate!, today: today)) {
            try apply(["race-date=2025-10-12"], to: old)
        }
    }

    @Test func todayIsAValidRaceDate() throws {
        #expect(try apply(["race-date=2026-03-02"]).raceDate == today)
    }

    @Test func errorNamesItsField() {
        #expect(ProfileError.raceWithoutDistance.key == .raceDistance)
        #expect(ProfileError.invalidValue(key: .goal, value: "x", hint: "").key == .goal)
        #expect(ProfileError.unknownKey("x", suggestion: nil).key == nil)
    }
}
