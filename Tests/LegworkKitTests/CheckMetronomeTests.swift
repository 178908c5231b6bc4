import Testing
@testable import LegworkKit

/// The heel-raise metronome in virtual time: a bell a second from the engine's deadlines, however late
/// the wake-ups, and the rep counter from the beats passed (DOMAIN §5: 1 s up, 1 s down).
@Suite("Strength check metronome")
struct CheckMetronomeTests {
    static let ready = Double(CheckMetronome.getReadySeconds)

    /// Wakes at each deadline `late` after it, as a busy machine would, until `end`; returns the bells rung.
    static func run(_ metronome: inout CheckMetronome, from start: Moment, until end: Moment, late: Duration) -> Int {
        var now = start
        var bells = 0
        while let next = metronome.nextDeadline(after: now), next <= end {
            now = min(max(now, next) + late, end)
            bells += metronome.tick(at: now)
        }
        bells += metronome.tick(at: end)
        return bells
    }

    @Test(arguments: [0, 37, 450, 999])
    func noDriftOverATwoMinuteTest(lateMilliseconds: Int) {
        var metronome = CheckMetronome(test: .heelRaise, side: .left)
        metronome.start(at: .origin)
        let end = Moment.seconds(Self.ready + 120)
        let bells = Self.run(&metronome, from: .origin, until: end, late: .milliseconds(lateMilliseconds))
        #expect(bells == 120, "one bell a second, none lost or doubled")
        #expect(metronome.reps(at: end) == 60)
        // Read without ticking (the engine never moves back in time): the 60th rep counts at 2 min exactly.
        var fresh = CheckMetronome(test: .heelRaise, side: .left)
        fresh.start(at: .origin)
        #expect(fresh.reps(at: .seconds(Self.ready - 0.001)) == 0)
        #expect(fresh.reps(at: .seconds(Self.ready + 119.999)) == 59)
    }

    @Test func upThenDownEachSecondAndAPauseHoldsThePace() {
        var metronome = CheckMetronome(test: .hamstringBridge, side: .right)
        metronome.start(at: .origin)
        #expect(metronome.phase(at: .seconds(Self.ready + 0.5)) == .up)
        #expect(metronome.phase(at: .seconds(Self.ready + 1.5)) == .down)
        _ = Self.run(&metronome, from: .origin, until: .seconds(Self.ready + 30), late: .milliseconds(120))
        metronome.togglePause(at: .seconds(Self.ready + 30))
        #expect(metronome.nextDeadline(after: .seconds(Self.ready + 31)) == nil)
        metronome.togglePause(at: .seconds(Self.ready + 40))
        let end = Moment.seconds(Self.ready + 130)
        _ = Self.run(&metronome, from: .seconds(Self.ready + 40), until: end, late: .milliseconds(120))
        #expect(metronome.reps(at: end) == 60, "the 10 s paused do not count")
    }
}
