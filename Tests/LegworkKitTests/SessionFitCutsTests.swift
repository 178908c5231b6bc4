import Testing
@testable import LegworkKit

/// When a fit may take a session's other slots from its last draft (`SessionFit.onlySlotChanged`): only
/// when the new cuts cap one slot's sets or reps differently and change nothing else.
@Suite("Session fit: one slot changed")
struct SessionFitCutsTests {
    static var base: SessionFit.Cuts {
        var cuts = SessionFit.Cuts()
        cuts.supersets = true
        cuts.sets = [.carry: 2]
        return cuts
    }

    @Test func oneSlotsSetsOrRepsCappedAnewIsThatSlot() {
        var fewerSets = Self.base
        fewerSets.sets[.core] = 2
        #expect(SessionFit.onlySlotChanged(from: Self.base, to: fewerSets) == .core)
        var lowerCap = Self.base
        lowerCap.sets[.carry] = 1
        #expect(SessionFit.onlySlotChanged(from: Self.base, to: lowerCap) == .carry)
        var fewerReps = Self.base
        fewerReps.work[.calf] = 10
        #expect(SessionFit.onlySlotChanged(from: Self.base, to: fewerReps) == .calf)
    }

    @Test func anythingElseDraftsTheSessionAgain() {
        #expect(SessionFit.onlySlotChanged(from: Self.base, to: Self.base) == nil)
        var two = Self.base
        two.sets[.core] = 2
        two.work[.calf] = 10
        #expect(SessionFit.onlySlotChanged(from: Self.base, to: two) == nil)
        var rests = Self.base
        rests.shortRests = true
        rests.sets[.core] = 2
        #expect(SessionFit.onlySlotChanged(from: Self.base, to: rests) == nil)
        var leftOut = Self.base
        leftOut.leftOut = [.carry]
        leftOut.sets[.carry] = nil
        #expect(SessionFit.onlySlotChanged(from: Self.base, to: leftOut) == nil)
    }
}
