import Foundation
import LegworkKit
import Testing
@testable import LegworkApp

@Suite("Importing runs: GPX, TCX, Strava and Garmin files")
struct RunFileReadersTests {
    @Test func gpxWithExtensionsIsOneRunFromItsPoints() throws {
        let reading = try ActivityXML.read(RunFileFixtures.gpxWithExtensions, utcOffsetSeconds: 3600)
        #expect(reading.runs.count == 1 && reading.problems.isEmpty)
        let run = try #require(reading.runs.first)
        #expect(run.date == CalendarDate(text: "2026-11-29"))
        // Three steps of 0.01° of latitude: 3 × 1,111.95 m.
        #expect(abs(run.metres - 3335.85) < 1)
        #expect(run.seconds == 18 * 60)
        #expect(run.source == "gpx" && run.sourceID == "2026-11-29T07:58:00Z")
        // Garmin's "cad" counts one foot: 86 and 87 are 173 steps a minute.
        #expect(run.cadence == 173)
        #expect(try ActivityXML.read(RunFileFixtures.gpxPlain, utcOffsetSeconds: 0).runs.first?.cadence == nil)
    }

    @Test func gpxWithoutTypeIsARunAndARideIsCounted() throws {
        let plain = try ActivityXML.read(RunFileFixtures.gpxPlain, utcOffsetSeconds: 0)
        #expect(plain.runs.count == 1)
        // Late evening UTC is the next day east of it.
        #expect(try ActivityXML.read(RunFileFixtures.gpxPlain, utcOffsetSeconds: 8 * 3600).runs.first?.date == CalendarDate(text: "2026-12-01"))
        let ride = try ActivityXML.read(RunFileFixtures.gpxRide, utcOffsetSeconds: 0)
        #expect(ride.runs.isEmpty && ride.notRuns == ["cycling": 1])
    }

    @Test func tcxAddsUpItsLapsAndSkipsARide() throws {
        let reading = try ActivityXML.read(RunFileFixtures.tcxWithLaps, utcOffsetSeconds: 0)
        #expect(reading.runs.map(\.metres) == [10_000])
        #expect(reading.runs.first?.seconds == 2821)
        #expect(reading.runs.first?.cadence == 172)
        #expect(reading.runs.first?.sourceID == "2026-11-25T17:30:00Z")
        #expect(reading.notRuns == ["Biking": 1])
    }

    @Test func brokenXMLNamesTheLine() {
        let broken = RunFileFixtures.gpxPlain.replacing("</trkseg>", with: "</trk>")
        #expect(throws: Failure.self) { try ActivityXML.read(broken, utcOffsetSeconds: 0) }
        do { _ = try ActivityXML.read(broken, utcOffsetSeconds: 0) } catch { #expect("\(error)".hasPrefix("it is not well-formed XML (line ")) }
        // A file cut short (a download that stopped) is damaged, not a run without points.
        let cut = String(RunFileFixtures.gpxWithExtensions.prefix(600))
        #expect(throws: Failure.self) { try ActivityXML.read(cut, utcOffsetSeconds: 0) }
    }

    @Test func pointsOutsideAnyTrackAreNoRunAndNoCrash() throws {
        let stray = "<gpx version=\"1.1\"><trkpt lat=\"51.5\" lon=\"-0.1\"><time>2026-12-01T08:00:00Z</time></trkpt><trk><trkseg/></trk></gpx>"
        let reading = try ActivityXML.read(stray, utcOffsetSeconds: 0)
        #expect(reading.runs.isEmpty && reading.problems == ["track 1 has no times on its points"])
    }

    @Test func damagedXMLSaysWhatAndWhere() {
        func problem(_ text: String) -> String? {
            do { _ = try ActivityXML.read(text, utcOffsetSeconds: 0); return nil } catch { return "\(error)" }
        }
        #expect(problem("<gpx><trk><trkseg><trkpt lat=\"1\" lat=\"2\"/></trkseg></trk></gpx>")
            == "it is not well-formed XML (line 1, column 34: the attribute lat is given twice)")
        #expect(problem("<gpx><trk><trkseg><trkpt lat=\"1\"") == "it ends before its <trkseg> is closed: the file is cut short; export it again")
    }

    @Test func stravaCSVReadsItsRealColumns() throws {
        let reading = StravaActivitiesCSV.read(try CSVTable(RunFileFixtures.stravaCSV), utcOffsetSeconds: 0)
        #expect(reading.runs.map(\.metres) == [21_100.5, 8020])
        #expect(reading.runs.map(\.seconds) == [7080, 2900])
        #expect(reading.runs.map(\.date.description) == ["2026-11-29", "2026-11-27"])
        #expect(reading.runs.map(\.sourceID) == ["12345678901", "12345678902"])
        #expect(reading.notRuns == ["Ride": 1, "Swim": 1])
        #expect(reading.problems == ["row 6: the Activity Date \"not a date\" is not a date"])
        // 6:10 PM UTC is the next morning in New Zealand.
        #expect(StravaActivitiesCSV.read(try CSVTable(RunFileFixtures.stravaCSV), utcOffsetSeconds: 13 * 3600).runs[1].date.description == "2026-11-28")
    }

    @Test func garminCSVReadsLocalDatesAndTimes() throws {
        let table = try CSVTable(RunFileFixtures.garminCSV)
        #expect(GarminActivitiesCSV.matches(table.header) && !StravaActivitiesCSV.matches(table.header))
        let reading = GarminActivitiesCSV.read(table)
        #expect(reading.runs.map(\.metres) == [10_020, 6500])
        #expect(reading.runs.map(\.seconds) == [3133, 2290])
        #expect(reading.runs.map(\.cadence) == [164, 170])
        #expect(reading.runs.map(\.sourceID) == ["2026-11-23 07:01:22", "2026-11-24 06:30:00"])
        #expect(reading.notRunCount == 2)
        #expect(GarminActivitiesCSV.read(table, miles: true).runs.first.map { Int($0.metres) } == 16_125)
    }

    @Test func aQuoteNeverClosedIsNamed() {
        #expect(throws: CSVError(line: 2, problem: "a quoted field is never closed")) { try CSVTable("a,b\n1,\"open\n2,3\n") }
    }
}
