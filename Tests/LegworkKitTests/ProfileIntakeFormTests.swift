import Testing
@testable import LegworkKit

@Suite("IntakeForm")
struct ProfileIntakeFormTests {
    let today = CalendarDate(year: 2026, month: 3, day: 2)!

    @Test func asksEveryProfileFieldInOrder() {
        let form = IntakeForm(today: today)
        #expect(form.fields.map(\.key) == [
            .experience, .goal, .raceDistance, .raceDate, .weeklyKm, .runDays, .longRunDay, .workoutDay,
            .strengthDays, .sessionMinutes, .equipment, .dumbbellMaxKg, .backpackKg, .injury, .redFlags, .cleared,
            .age, .sex, .units,
        ])
        #expect(form.fields.allSatisfy { !$0.label.isEmpty && !$0.help.isEmpty })
        #expect(form.isValid)
    }

    /// The strength check's optional answers are asked at intake too, checked by `profile set`'s parser.
    @Test func asksTheOptionalAgeAndSex() throws {
        var form = IntakeForm(today: today)
        #expect(form[.age]?.text == "" && form[.age]?.isOptional == true && form.isAsked(.age))
        #expect(form[.sex]?.text == "none" && form.isAsked(.sex))
        guard case let .singleChoice(sexes)? = form[.sex]?.kind else { Issue.record("sex kind"); return }
        #expect(sexes.map(\.value) == ["female", "male", "none"])
        form.setText("7", for: .age)
        #expect(form[.age]?.message?.contains("from 10 to 100") == true)
        form.setText("41", for: .age)
        form.cycle(.sex, by: 1)
        let profile = try form.profile()
        #expect(profile.age == 41 && profile.sex == .female, "from not said, the next choice wraps to the first")
        #expect(IntakeForm(profile: profile, today: today)[.age]?.text == "41")
    }

    /// A question that follows another answer is asked once that answer is given, or while it has its own.
    @Test func dependentQuestionsFollowTheirAnswer() {
        var form = IntakeForm(today: today)
        #expect(!form.isAsked(.dumbbellMaxKg) && !form.isAsked(.backpackKg) && !form.isAsked(.cleared))
        form.toggle("dumbbells", for: .equipment)
        form.toggle("limp", for: .redFlags)
        #expect(form.isAsked(.dumbbellMaxKg) && !form.isAsked(.backpackKg) && form.isAsked(.cleared))
        #expect(IntakeForm(profile: Profile(dumbbellMaxKg: 12), today: today).isAsked(.dumbbellMaxKg), "an answer keeps its field shown")
    }

    @Test func showsTheProfileAsText() throws {
        let profile = Profile(experience: .regular, goal: .race, raceDistance: .tenK, weeklyKm: 32.5,
                              injuries: [InjuryStatus(.knee, .current(pain: 4))])
        let form = IntakeForm(profile: profile, today: today)
        #expect(form[.experience]?.text == "regular")
        #expect(form[.raceDistance]?.text == "10k")
        #expect(form[.raceDate]?.text == "")
        #expect(form[.weeklyKm]?.text == "32.5")
        #expect(form[.runDays]?.text == "tue,thu,sat")
        #expect(form[.injury]?.text == "knee:current:4")
        #expect(form[.redFlags]?.text == "none")
        #expect(try form.profile() == profile)
    }

    @Test func kindsMatchTheQuestions() {
        let form = IntakeForm(today: today)
        guard case let .singleChoice(goals)? = form[.goal]?.kind else { Issue.record("goal kind"); return }
        #expect(goals.map(\.value) == ["first-5k", "stamina", "race", "pr", "pain-free"])
        guard case let .multiChoice(flags)? = form[.redFlags]?.kind else { Issue.record("red-flags kind"); return }
        #expect(flags.count == RedFlag.allCases.count)
        #expect(form[.weeklyKm]?.kind == .number(unit: "km", range: 0...300))
        #expect(form[.raceDate]?.kind == .date)
        #expect(form[.runDays]?.kind == .dayList)
        #expect(form[.injury]?.kind == .injuryList)
    }

    // A typo in each kind of field gets the explanation of `legwork profile set`, in the form's words:
    // the field is beside it, so its key is not repeated.
    @Test(arguments: [
        (ProfileKey.goal, "pain free", "goal: \"pain free\" is not valid; did you mean \"pain-free\"? choose one of first-5k, stamina, race, pr, pain-free"),
        (.equipment, "mat,kettlebel", "equipment: \"mat,kettlebel\" is not valid; \"kettlebel\" is not equipment (did you mean \"kettlebell\"?); list items from mat, mini-band, long-band, dumbbells, kettlebell, step, bench, wall, backpack, towel, block, trap-bar, or none"),
        (.weeklyKm, "30k", "weekly-km: \"30k\" is not valid; give a number of kilometres from 0 to 300 (or weekly-miles=…)"),
        (.raceDate, "2026-13-01", "race-date: \"2026-13-01\" is not valid; write the date as YYYY-MM-DD, e.g. 2026-04-19, or none"),
        (.runDays, "tue,thrs,sat", "run-days: \"tue,thrs,sat\" is not valid; \"thrs\" is not a day (did you mean \"thu\"?); list days from mon, tue, wed, thu, fri, sat, sun separated by commas"),
        (.injury, "knee:curent:4", "injury: \"knee:curent:4\" is not valid; say whether knee is past or current, e.g. knee:past; write NAME:past or NAME:current:PAIN with NAME one of itbs, knee, shins, achilles, plantar, other and PAIN 0–10, separated by commas, or none"),
    ])
    func typoShowsTheSameMessageAsTheCommandLine(key: ProfileKey, text: String, expected: String) {
        var form = IntakeForm(today: today)
        form.setText(text, for: key)
        let inForm = String(expected.dropFirst("\(key.rawValue): ".count)).replacingOccurrences(of: "is not valid; ", with: "is not valid: ")
            .replacingOccurrences(of: " (or weekly-miles=…)", with: ", or add mi for miles")
        #expect(form[key]?.message == inForm)
        #expect(!form.isValid)
        #expect(form.firstInvalidKey == key)
        var cli: String?
        do { _ = try ProfileUpdate.apply(["\(key.rawValue)=\(text)"], to: Profile(), today: today) } catch { cli = error.message }
        #expect(cli == expected)
        #expect(throws: ProfileError.self) { try form.profile() }
    }

    @Test func correctingATypoClearsTheMessage() throws {
        var form = IntakeForm(today: today)
        form.setText("pain free", for: .goal)
        form.setText("pain-free", for: .goal)
        #expect(form[.goal]?.message == nil)
        #expect(try form.profile().goal == .painFree)
    }

    @Test func crossFieldProblemShowsOnTheFieldItConcerns() {
        var form = IntakeForm(today: today)
        form.setText("tue", for: .workoutDay)
        #expect(form.isValid)
        form.setText("mon,wed", for: .runDays)
        #expect(form[.runDays]?.message == nil)
        #expect(form[.longRunDay]?.message == "Saturday is not one of your run days (Monday, Wednesday): choose one of them or No long run, or tick Saturday in Run days.")
        #expect(form[.workoutDay]?.message?.hasPrefix("Tuesday is not one of your run days") == true)
        form.setText("mon,wed,sat", for: .runDays)
        form.setText("wed", for: .workoutDay)
        #expect(form.isValid)

        form.setText("race", for: .goal)
        #expect(form[.raceDistance]?.message == "A race goal needs its distance: choose 5K, 10K, half or marathon here.")
        form.setText("2025-12-31", for: .raceDate)
        #expect(form[.raceDate]?.message == "2025-12-31 is before today (2026-03-02): give a date to come, or clear it with Ctrl-U.")
        #expect(!(form.fields.compactMap(\.message).joined().contains("=")), "no key=value in the form")
    }

    @Test func milesTypedInTheDistanceFieldAreConverted() throws {
        var form = IntakeForm(today: today)
        form.setText("20 mi", for: .weeklyKm)
        #expect(form[.weeklyKm]?.message == nil)
        #expect(try form.profile().weeklyKm == 32.2)
    }

    @Test func emptyOptionalFieldsMeanNone() throws {
        var form = IntakeForm(profile: Profile(dumbbellMaxKg: 12), today: today)
        form.setText("", for: .dumbbellMaxKg)
        form.setText("", for: .injury)
        let p = try form.profile()
        #expect(p.dumbbellMaxKg == nil)
        #expect(p.injuries.isEmpty)
    }

    @Test func toggleEditsListsInChoiceOrder() throws {
        var form = IntakeForm(today: today)
        form.toggle("wall", for: .equipment)
        form.toggle("mini-band", for: .equipment)
        #expect(form[.equipment]?.text == "mat,mini-band,wall")
        form.toggle("mat", for: .equipment)
        #expect(form[.equipment]?.text == "mini-band,wall")
        form.toggle("limp", for: .redFlags)
        #expect(form[.redFlags]?.text == "limp")
        form.toggle("limp", for: .redFlags)
        #expect(form[.redFlags]?.text == "none")
        form.toggle("mon", for: .runDays)
        #expect(form[.runDays]?.text == "mon,tue,thu,sat")
        form.toggle("mon", for: .goal)  // not a list: ignored
        #expect(form[.goal]?.text == "stamina")
        #expect(try form.profile().equipment == [.miniBand, .wall])
    }

    @Test func cycleMovesThroughSingleChoices() {
        var form = IntakeForm(today: today)
        form.cycle(.experience, by: 1)
        #expect(form[.experience]?.text == "regular")
        form.cycle(.experience, by: 2)
        #expect(form[.experience]?.text == "new")
        form.cycle(.experience, by: -1)
        #expect(form[.experience]?.text == "seasoned")
        form.cycle(.sessionMinutes, by: 1)
        #expect(form[.sessionMinutes]?.text == "45")
        form.setText("nonsense", for: .goal)
        form.cycle(.goal, by: 1)
        #expect(form[.goal]?.text == "first-5k")
        form.cycle(.runDays, by: 1)  // a list: ignored
        #expect(form[.runDays]?.text == "tue,thu,sat")
    }
}
