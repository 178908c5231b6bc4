import Testing
@testable import LegworkKit

@Suite("ProfileJSON")
struct ProfileJSONTests {
    @Test func defaultProfileEncodesEveryKeySorted() {
        #expect(ProfileJSON.encode(Profile()) == """
        {
          "age" : null,
          "backpack-kg" : null,
          "cleared" : null,
          "dumbbell-max-kg" : null,
          "equipment" : [
            "mat"
          ],
          "experience" : "new",
          "format" : "legwork-profile",
          "goal" : "stamina",
          "hop-test" : null,
          "imported-cards" : false,
          "injury" : [

          ],
          "long-run-day" : "sat",
          "race-date" : null,
          "race-distance" : null,
          "red-flags" : [

          ],
          "run-days" : [
            "tue",
            "thu",
            "sat"
          ],
          "session-minutes" : 30,
          "sex" : null,
          "strength-days" : 2,
          "units" : "kg",
          "version" : 1,
          "weekly-km" : 15,
          "workout-day" : null
        }
        """)
    }

    @Test func roundTripsAFullProfile() throws {
        let profile = Profile(
            experience: .seasoned, goal: .race, raceDistance: .half, raceDate: CalendarDate(year: 2026, month: 5, day: 3),
            weeklyKm: 48.5, runDays: [.mon, .wed, .fri, .sun], longRunDay: .sun, workoutDay: .wed, strengthDays: 3,
            sessionMinutes: .long, equipment: [.dumbbells, .bench, .step], dumbbellMaxKg: 22.5,
            injuries: [InjuryStatus(.plantar, .current(pain: 2)), InjuryStatus(.itbs, .past)], redFlags: [.numbness, .limp])
        let text = ProfileJSON.encode(profile)
        #expect(text.contains("\"injury\" : [\n    \"plantar:current:2\",\n    \"itbs:past\"\n  ]"))
        #expect(text.contains("\"red-flags\" : [\n    \"limp\",\n    \"numbness\"\n  ]"))
        #expect(text.contains("\"race-date\" : \"2026-05-03\""))
        #expect(try ProfileJSON.decode(text) == profile)
    }

    @Test func missingKeysTakeDefaults() throws {
        let p = try ProfileJSON.decode(#"{"goal": "pr"}"#)
        #expect(p.goal == .pr)
        #expect(p.runDays == Profile().runDays)
        #expect(p.longRunDay == .sat)
        #expect(try ProfileJSON.decode(#"{"long-run-day": null}"#).longRunDay == nil)
    }

    @Test func damagedFieldIsNamed() {
        #expect(throws: ProfileJSONError.self) { try ProfileJSON.decode(#"{"injury": ["knee:sore"]}"#) }
        do {
            _ = try ProfileJSON.decode(#"{"race-date": "tomorrow"}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.path == "race-date")
            #expect(error.description.contains("race-date"))
        }
        do {
            _ = try ProfileJSON.decode(#"{"weekly-km": 900}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.path == "weekly-km")
        }
    }

    /// A stored profile is read by `profile set`'s parser: what it refuses is refused here with its reason,
    /// a number far out of range is refused rather than trapping, and a warning sign ticked after a
    /// clearance stays (applying the clearance empties the signs, so it is read first).
    @Test func storedValuesGoThroughTheParser() throws {
        for (json, key) in [(#"{"age": 7}"#, "age"), (#"{"strength-days": 2.5}"#, "strength-days"),
                            (#"{"backpack-kg": 1e300}"#, "backpack-kg"), (#"{"run-days": ["tue", "someday"]}"#, "run-days"),
                            (#"{"imported-cards": "yes"}"#, "imported-cards")] {
            do {
                _ = try ProfileJSON.decode(json)
                Issue.record("expected \(json) to be refused")
            } catch {
                #expect(error.path == key, "\(json)")
            }
        }
        do {
            _ = try ProfileJSON.decode(#"{"weekly-km": 900}"#)
        } catch {
            #expect(error.reason.contains("from 0 to 300"))
        }
        var cleared = Profile(redFlags: [.limp])
        cleared.clearedOn = CalendarDate(year: 2026, month: 1, day: 5)
        let back = try ProfileJSON.decode(ProfileJSON.encode(cleared))
        #expect(back.redFlags == [.limp] && back.clearedOn == cleared.clearedOn)
        var everything = Profile()
        everything.age = 52; everything.sex = .female; everything.importedCards = true; everything.backpackKg = 8.5
        everything.hopTestPassed = CalendarDate(year: 2026, month: 2, day: 1)
        #expect(try ProfileJSON.decode(ProfileJSON.encode(everything)) == everything)
    }
}
