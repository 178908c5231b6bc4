import Testing
@testable import LegworkKit

/// Strong and Hevy CSVs (their real column layouts, files made for these tests) read into workouts, and
/// Legwork's log written in their columns and read back unchanged.
@Suite struct LiftingLogCSVTests {
    static let names = ExerciseNames(cards: [("sl_rdl", "Single-leg RDL"), ("goblet_squat", "Tempo goblet squat"), ("side_plank", "Side plank")])

    /// Strong's older export: semicolons, 24-hour times, a Weight Unit per row, a cardio row.
    static let strongOlder = """
        Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes
        2026-11-30 07:31:54;"Legs";"Single-leg RDL (Dumbbell)";1;12;kg;8;8;;;0;"";"hills tomorrow"
        2026-11-30 07:31:54;"Legs";"Single-leg RDL (Dumbbell)";2;12,5;kg;8;8.5;;;0;;
        2026-11-30 07:31:54;"Legs";"Deadlift (Barbell)";1;135;lbs;5;;;;0;;
        2026-11-30 07:31:54;"Legs";"Side plank";1;0;kg;0;;;;45;;
        2026-11-30 07:31:54;"Legs";"Running (Treadmill)";1;0;kg;0;;3;km;1200;;

        """

    /// Strong's newer export: commas, a Duration, 12-hour times with a narrow no-break space, W and Rest Timer rows.
    static let strongNewer = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
        + "2026-12-01 6:51:21\u{202F}PM,Evening,1h 5m,Goblet Squat (Kettlebell),W,8,8,0,0,,,\n"
        + "2026-12-01 6:51:21\u{202F}PM,Evening,1h 5m,Goblet Squat (Kettlebell),1,16,10,0,0,,,7\n"
        + "2026-12-01 6:51:21\u{202F}PM,Evening,1h 5m,Goblet Squat (Kettlebell),2,16,9,0,0,,,8\n"
        + "2026-12-01 6:51:21\u{202F}PM,Evening,1h 5m,Goblet Squat (Kettlebell),Rest Timer,0,0,0,90,,,\n"

    /// Hevy in pounds: 0-based set_index, a warm-up set, two workouts on one day.
    static let hevyPounds = """
        title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe
        Morning,"7 Dec 2026, 07:00","7 Dec 2026, 07:40",,Single-leg RDL,,left side,0,normal,25,8,,,8
        Morning,"7 Dec 2026, 07:00","7 Dec 2026, 07:40",,Single-leg RDL,,right side; pain 3/10,1,normal,25,7,,,8
        Evening,"7 Dec 2026, 18:00","7 Dec 2026, 18:20",easy,Side plank,,,0,warmup,,,,30,
        Evening,"7 Dec 2026, 18:00","7 Dec 2026, 18:20",easy,Side plank,,,1,normal,,,,40,

        """

    func read(_ text: String, unit: LoadUnit = .kg) throws -> LiftingLogReading {
        try #require(try LiftingLogCSV.read(text, names: Self.names, defaultUnit: unit, utcOffsetSeconds: 3600))
    }

    @Test func strongsOlderLayout() throws {
        let reading = try read(Self.strongOlder)
        #expect(reading.format == .strong)
        #expect(reading.workouts.count == 1)
        let workout = reading.workouts[0]
        #expect(workout.title == "Legs" && workout.notes == "hills tomorrow")
        #expect(workout.startedAt == WallTime(year: 2026, month: 11, day: 30, hour: 7, minute: 31, second: 54, utcOffsetSeconds: 3600))
        #expect(workout.sets.map(\.exercise) == ["sl_rdl", "sl_rdl", "Deadlift (Barbell)", "side_plank"])
        #expect(workout.sets.map(\.loadKg) == [12, 12.5, 61.235, nil])
        #expect(workout.sets.map(\.rir) == [2, 2, nil, nil], "RPE 8 and 8.5 are 2 reps in reserve (rounded)")
        #expect(workout.sets[3].seconds == 45 && workout.sets[3].reps == nil)
        #expect(reading.skipped == ["cardio sets (a distance, no reps)": 1])
        #expect(reading.matchedNames == ["Single-leg RDL (Dumbbell)", "Side plank"] && reading.keptNames == ["Deadlift (Barbell)"])
    }

    @Test func strongsNewerLayout() throws {
        let reading = try read(Self.strongNewer, unit: .lb)
        let workout = try #require(reading.workouts.first)
        #expect(workout.startedAt.local.hour == 18 && workout.startedAt.local.minute == 51)
        #expect(workout.endedAt == workout.startedAt.adding(seconds: 3900))
        #expect(workout.sets.map(\.exercise) == ["goblet_squat", "goblet_squat", "goblet_squat"])
        #expect(workout.sets.map(\.setNumber) == [1, 2, 3], "the warm-up takes the next free number after the file's 1 and 2")
        #expect(workout.sets[0].notes == "warm-up set")
        // No Weight Unit column: the runner's unit.
        #expect(workout.sets[1].loadKg == 7.257)
        #expect(reading.skipped == ["rest timers": 1])
    }

    @Test func hevyInPoundsWithTwoWorkoutsOnADay() throws {
        let reading = try read(Self.hevyPounds)
        #expect(reading.format == .hevy)
        #expect(reading.workouts.map(\.title) == ["Morning", "Evening"])
        let morning = reading.workouts[0].sets
        #expect(morning.map(\.side) == [.left, .right] && morning.map(\.setNumber) == [1, 1])
        #expect(morning.map(\.pain) == [nil, 3] && morning.map(\.notes) == [nil, nil])
        #expect(morning[0].loadKg == 11.34)
        #expect(reading.workouts[0].endedAt == WallTime(year: 2026, month: 12, day: 7, hour: 7, minute: 40, utcOffsetSeconds: 3600))
        let evening = reading.workouts[1]
        #expect(evening.notes == "easy" && evening.sets.map(\.seconds) == [30, 40] && evening.sets[0].notes == "warm-up set")
    }

    static let day = WallTime(year: 2026, month: 12, day: 7, hour: 7, utcOffsetSeconds: 3600)
    static let sessions: [LoggedSession] = [
        LoggedSession(session: SessionRecord(id: 1, kind: .strength, title: "Strength A", startedAt: day, endedAt: day.adding(seconds: 1800),
                                             status: .completed, plannedSeconds: 1800, notes: "felt strong"),
                      sets: [
                        SetRecord(sessionID: 1, exerciseID: "sl_rdl", setNumber: 1, side: .left, reps: 8, loadKg: 12, rir: 2, pain: 1,
                                  startedAt: day.adding(seconds: 60), endedAt: day.adding(seconds: 90)),
                        SetRecord(sessionID: 1, exerciseID: "sl_rdl", setNumber: 1, side: .right, reps: 7, loadKg: 12, rir: 2,
                                  startedAt: day.adding(seconds: 100), endedAt: day.adding(seconds: 130), notes: "wobbly, then fine"),
                        SetRecord(sessionID: 1, exerciseID: "sl_rdl", setNumber: 2, side: .left, reps: 8, loadKg: 12, rir: 3,
                                  startedAt: day.adding(seconds: 200), endedAt: day.adding(seconds: 230)),
                        SetRecord(sessionID: 1, exerciseID: "sl_rdl", setNumber: 2, side: .right, reps: 8, loadKg: 12, rir: 3,
                                  startedAt: day.adding(seconds: 240), endedAt: day.adding(seconds: 270)),
                        SetRecord(sessionID: 1, exerciseID: "side_plank", setNumber: 1, seconds: 30,
                                  startedAt: day.adding(seconds: 400), endedAt: day.adding(seconds: 430)),
                      ]),
        LoggedSession(session: SessionRecord(id: 2, kind: .strength, title: "Strength A", startedAt: day.adding(seconds: 36_000),
                                             status: .completed, plannedSeconds: 900),
                      sets: [SetRecord(sessionID: 2, exerciseID: "goblet_squat", setNumber: 1, reps: 10, loadKg: 16,
                                       startedAt: day.adding(seconds: 36_060), endedAt: day.adding(seconds: 36_090))]),
        // A preview is not training: no other app gets it.
        LoggedSession(session: SessionRecord(id: 3, kind: .strength, title: "Preview", startedAt: day.adding(seconds: 40_000),
                                             status: .completed, plannedSeconds: 900, preview: true),
                      sets: [SetRecord(sessionID: 3, exerciseID: "goblet_squat", setNumber: 1, reps: 10,
                                       startedAt: day.adding(seconds: 40_060), endedAt: day.adding(seconds: 40_090))]),
    ]
    static let cardNames = ["sl_rdl": "Single-leg RDL", "goblet_squat": "Tempo goblet squat", "side_plank": "Side plank"]

    /// What survives any of the three files: per session, each set's exercise, number, side and values.
    static func values(_ workouts: [ImportedWorkout]) -> [[String]] {
        workouts.map { workout in
            [workout.title] + workout.sets.map { "\($0.exercise) \($0.setNumber) \($0.side) \($0.reps ?? -1) \($0.seconds ?? -1) \($0.loadKg.map(AutoRegulation.kilograms) ?? "-") \($0.rir ?? -1) \($0.pain ?? -1) \($0.notes ?? "")" }
                .sorted()
        }
    }

    static let expected: [[String]] = [
        ["Strength A", "side_plank 1 both -1 30 - -1 -1 ", "sl_rdl 1 left 8 -1 12 2 1 ", "sl_rdl 1 right 7 -1 12 2 -1 wobbly, then fine",
         "sl_rdl 2 left 8 -1 12 3 -1 ", "sl_rdl 2 right 8 -1 12 3 -1 "],
        ["Strength A", "goblet_squat 1 both 10 -1 16 -1 -1 "],
    ]

    @Test func strongExportRoundTrips() throws {
        let text = StrongCSV.text(Self.sessions, names: Self.cardNames, unit: .kg)
        #expect(text.hasPrefix("Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\r\n"))
        #expect(text.contains("2026-12-07 07:00:00;Strength A;Single-leg RDL;2;12;kg;7;8;;;0;\"right side; wobbly, then fine\";felt strong;30m\r\n"),
                "set order counts each side's set; RPE = 10 − RIR; the notes carry the side (quoted: it holds the separator)")
        #expect(text.contains(";Single-leg RDL;1;12;kg;8;8;;;0;\"left side; pain 1/10\";"))
        #expect(!text.contains("Preview"))
        let back = try read(text)
        #expect(back.workouts.count == 2 && back.workouts.map(\.startedAt) == [Self.day, Self.day.adding(seconds: 36_000)])
        #expect(Self.values(back.workouts) == Self.expected)
    }

    @Test func hevyExportRoundTripsInPounds() throws {
        let text = HevyCSV.text(Self.sessions, names: Self.cardNames, unit: .lb)
        #expect(text.hasPrefix("title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe\r\n"))
        #expect(text.contains("Strength A,\"7 Dec 2026, 07:00\",\"7 Dec 2026, 07:30\",felt strong,Single-leg RDL,,left side; pain 1/10,0,normal,26.46,8,,,8\r\n"))
        let back = try read(text)
        #expect(Self.values(back.workouts) == Self.expected, "26.46 lb is 12.002 kg: the same load to the hundredth")
    }

    @Test func legworksOwnCSVKeepsTwoSessionsOnADayApart() throws {
        let all = Self.sessions.flatMap(\.sets)
        let text = LogCSV.text(sets: all, sessions: Dictionary(uniqueKeysWithValues: Self.sessions.map { ($0.session.id, $0.session) }))
        let back = try read(text)
        #expect(back.format == .legwork)
        #expect(back.workouts.count == 3, "three sessions, two of them titled the same on one day")
        #expect(Self.values(Array(back.workouts.prefix(2))) == Self.expected)
        #expect(back.workouts[0].sets[1].startedAt == Self.day.adding(seconds: 100), "each set keeps its own time")
    }

    @Test func rpeAndRepsInReserve() {
        #expect(LiftingLogCSV.repsInReserve(rpe: 10) == 0)
        #expect(LiftingLogCSV.repsInReserve(rpe: 7.5) == 3)
        #expect(LiftingLogCSV.repsInReserve(rpe: 0) == nil && LiftingLogCSV.repsInReserve(rpe: 11) == nil)
    }

    @Test func rowsThatCannotBeReadAreNamed() throws {
        let text = "title,start_time,end_time,exercise_title,set_index,set_type,weight_kg,reps\n"
            + "A,yesterday,,Squat,0,normal,10,5\nA,\"7 Dec 2026, 07:00\",,Squat,0,normal,900,5\nA,\"7 Dec 2026, 07:00\",,Squat,1,normal,90,5\n"
        let reading = try read(text)
        #expect(reading.problems == ["row 2: the start_time \"yesterday\" is not a date and time", "row 3: load must be at most 500 kg, not 900"])
        #expect(reading.setCount == 1)
    }

    @Test func otherFilesAreNotTrainingLogs() throws {
        #expect(try LiftingLogCSV.read("Activity ID,Activity Date,Activity Type\n1,x,Run\n", names: Self.names, defaultUnit: .kg, utcOffsetSeconds: 0) == nil)
        #expect(try LiftingLogCSV.read("[]", names: Self.names, defaultUnit: .kg, utcOffsetSeconds: 0) == nil)
    }
}

@Suite struct LoadUnitTests {
    @Test(arguments: [("25lb", 11.33980925), ("25 lbs", 11.33980925), ("11kg", 11.0), ("11", 11.0), ("12.5 KG", 12.5)])
    func typedLoads(text: String, kilograms: Double) throws {
        let kg = try #require(LoadUnit.kilograms(typed: text, defaultUnit: .kg))
        #expect(abs(kg - kilograms) < 1e-9)
    }

    @Test func aNumberAloneIsInTheRunnersUnit() {
        #expect(abs((LoadUnit.kilograms(typed: "10", defaultUnit: .lb) ?? 0) - 4.5359237) < 1e-9)
        #expect(LoadUnit.kilograms(typed: "ten", defaultUnit: .kg) == nil)
        #expect(LoadUnit.kilograms(typed: "10 stone", defaultUnit: .kg) == nil)
    }
}
