import Foundation

/// Small activity files shaped like the real ones, made for the tests.
enum RunFileFixtures {
    /// GPX 1.1 as Strava and Garmin write it: a track of running, with heart rate and cadence in
    /// Garmin's TrackPointExtension. Four points along a meridian, 0.01° (about 1,112 m) apart.
    static let gpxWithExtensions = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1"
             xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
         <metadata><time>2026-11-29T07:58:00Z</time></metadata>
         <trk>
          <name>Sunday long run</name>
          <type>running</type>
          <trkseg>
           <trkpt lat="51.5000000" lon="-0.1200000"><ele>12.0</ele><time>2026-11-29T07:58:00Z</time>
            <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>132</gpxtpx:hr><gpxtpx:cad>86</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
           <trkpt lat="51.5100000" lon="-0.1200000"><ele>12.4</ele><time>2026-11-29T08:04:00Z</time>
            <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr><gpxtpx:cad>87</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
           <trkpt lat="51.5200000" lon="-0.1200000"><ele>13.0</ele><time>2026-11-29T08:10:00Z</time></trkpt>
           <trkpt lat="51.5300000" lon="-0.1200000"><ele>13.0</ele><time>2026-11-29T08:16:00.000Z</time></trkpt>
          </trkseg>
         </trk>
        </gpx>
        """

    /// A plain GPX 1.1 track without extensions or type (an app that writes only points).
    static let gpxPlain = """
        <?xml version="1.0"?>
        <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
          <trk><trkseg>
            <trkpt lat="40.0" lon="-3.0"><time>2026-11-30T18:00:00Z</time></trkpt>
            <trkpt lat="40.0" lon="-2.99"><time>2026-11-30T18:05:00Z</time></trkpt>
          </trkseg></trk>
        </gpx>
        """

    /// A ride in GPX: counted, not imported.
    static let gpxRide = gpxPlain.replacing("<trk><trkseg>", with: "<trk><type>cycling</type><trkseg>")

    /// TCX with two laps (their distances and times add up) and a second activity that is a ride.
    static let tcxWithLaps = """
        <?xml version="1.0" encoding="UTF-8" standalone="no" ?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
          <Activities>
            <Activity Sport="Running">
              <Id>2026-11-25T17:30:00.000Z</Id>
              <Lap StartTime="2026-11-25T17:30:00.000Z">
                <TotalTimeSeconds>1500.0</TotalTimeSeconds><DistanceMeters>5000.0</DistanceMeters>
                <Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod>
                <Track><Trackpoint><Time>2026-11-25T17:30:00.000Z</Time><DistanceMeters>0.0</DistanceMeters><Cadence>86</Cadence></Trackpoint>
                  <Trackpoint><Time>2026-11-25T17:55:00.000Z</Time><DistanceMeters>5000.0</DistanceMeters></Trackpoint></Track>
              </Lap>
              <Lap StartTime="2026-11-25T17:55:00.000Z">
                <TotalTimeSeconds>1320.5</TotalTimeSeconds><DistanceMeters>5000.0</DistanceMeters>
              </Lap>
            </Activity>
            <Activity Sport="Biking"><Id>2026-11-26T07:00:00Z</Id>
              <Lap StartTime="2026-11-26T07:00:00Z"><TotalTimeSeconds>3600</TotalTimeSeconds><DistanceMeters>30000</DistanceMeters></Lap>
            </Activity>
          </Activities>
        </TrainingCenterDatabase>
        """

    /// The real column names of Strava's `activities.csv` (first columns; two "Distance" and two "Elapsed
    /// Time" columns), with a run, a trail run, a ride, a swim and a row whose date is broken.
    static let stravaCSV = """
        Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain\r
        12345678901,"Nov 29, 2026, 7:58:00 AM",Sunday long run,Run,"Easy, ""then"" steady",7200,21.10,165,80,false,,Shoes,activities/12345678901.fit.gz,,,7200.0,7080.0,21100.5,4.1,2.98,120.0\r
        12345678902,"Nov 27, 2026, 6:10:00 PM",Trails,Trail Run,,3000,8.02,150,40,false,,,activities/12345678902.gpx,,,3000.0,2900.0,8020.0,3.5,2.7,210.0\r
        12345678903,"Nov 28, 2026, 9:00:00 AM",Spin,Ride,,3600,30.00,140,30,false,,,,,,3600.0,3500.0,30000.0,10.0,8.5,300.0\r
        12345678904,"Nov 28, 2026, 12:00:00 PM",Pool,Swim,,1800,1.50,120,10,false,,,,,,1800.0,1700.0,1500.0,1.0,0.9,0.0\r
        12345678905,not a date,Broken,Run,,1800,5.00,,,false,,,,,,1800.0,1800.0,5000.0,,,\r

        """

    /// Garmin Connect's activities export: no id, local dates, "Time" as h:mm:ss with tenths.
    static let garminCSV = """
        Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR,Aerobic TE,Avg Run Cadence,Max Run Cadence,Avg Pace,Best Pace
        Running,2026-11-23 07:01:22,false,"London Running",10.02,"712",00:52:13,148,163,3.1,164,176,5:13,4:40
        Treadmill Running,2026-11-24 06:30:00,false,"Intervals, 6x400",6.50,"1,020",00:38:10.5,155,178,3.8,170,190,5:52,3:50
        Strength Training,2026-11-24 18:00:00,false,Strength,0.00,250,00:55:00,110,140,1.2,--,--,--,--
        Walking,2026-11-25 12:00:00,false,Walk,2.1,120,00:30:00,95,110,0.5,--,--,--,--
        """
}
