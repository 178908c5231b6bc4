import Testing
@testable import LegworkKit

@Suite("Runs: the step-rate metronome")
struct MetronomeTests {
    @Test func beatsFallAtAbsoluteTimesFromTheStart() throws {
        let metronome = try #require(Metronome(stepsPerMinute: 172))
        #expect(metronome.beat(0) == .origin)
        #expect(metronome.beat(172) == Moment(.seconds(60)))
        #expect(metronome.beat(43) == Moment(.seconds(15)))
        #expect(metronome.beats(minutes: 0.5) == 86)
        #expect(Metronome(stepsPerMinute: 100) == nil && Metronome(stepsPerMinute: 240) == nil)
    }
}
