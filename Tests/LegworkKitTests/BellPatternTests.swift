import LegworkKit
import Testing

@Suite struct BellPatternTests {
    let work = SessionStep(kind: .work(.timed(seconds: 30)), item: 0, set: 1, sets: 1, seconds: 30)
    let rest = SessionStep(kind: .rest, item: 0, set: 1, sets: 2, seconds: 60)
    let switchSides = SessionStep(kind: .switchSides, item: 0, set: 1, sets: 2, side: .right, seconds: 5)

    @Test func everyMomentHasItsOwnCountWithoutVoice() {
        let counts = BellPattern.allCases.map { $0.rings(voice: false) }
        #expect(counts == [2, 3, 1, 4, 1])
        #expect(Set([BellPattern.setStart, .switchSides, .countdown, .sessionEnd].map { $0.rings(voice: false) }).count == 4)
        #expect(BellPattern.allCases.allSatisfy { $0.rings(voice: true) == 1 })
    }

    @Test func aBatchRingsForItsMostTellingCue() {
        #expect(BellPattern.of([.countdown(1), .stepCompleted(1), .bell], now: work) == .setStart)
        #expect(BellPattern.of([.bell], now: switchSides) == .switchSides)
        #expect(BellPattern.of([.bell], now: rest) == .stepChange)
        #expect(BellPattern.of([.countdown(2)], now: work) == .countdown)
        #expect(BellPattern.of([.bell, .finished], now: work) == .sessionEnd)
        #expect(BellPattern.of([.abandoned], now: work) == .sessionEnd)
        #expect(BellPattern.of([.stepCompleted(3)], now: work) == nil)
    }
}
