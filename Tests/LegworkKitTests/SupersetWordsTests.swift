import Testing
@testable import LegworkKit

/// The superset sentence is written from the pairing and the exercise after it, never found in a note.
struct SupersetWordsTests {
    static func item(_ name: String, note: String? = nil, paired: Bool = false) -> PlanItem {
        var item = PlanItem(cardID: name.lowercased(), name: name, role: .calf, dose: Dose.reps(2, 10, rest: 45), tempo: .fast, rir: nil,
                            why: "", note: note)
        if paired { item.supersetWithNext = true }
        return item
    }

    @Test func thePairedItemNamesTheExerciseAfterItAndKeepsItsOwnWords() {
        var items = [Self.item("Calf raise", note: "No step: a stair.", paired: true), Self.item("Side plank")]
        SupersetWords.write(&items)
        #expect(items[0].note == "No step: a stair. Superset with Side plank: one set of each in turn, then rest.")
        #expect(items[0].ownNote == "No step: a stair.")
        #expect(items[1].note == nil)
        // The log puts another card after it: the sentence follows, the own words stay, nothing doubles.
        items[1].name = "Clamshell"
        SupersetWords.write(&items)
        SupersetWords.write(&items)
        #expect(items[0].note == "No step: a stair. Superset with Clamshell: one set of each in turn, then rest.")
    }

    @Test func ownWordsThatSoundLikeASupersetAreNeverCut() {
        // Words are not searched: an own note that happens to say "Superset with" is the item's own.
        let own = "Superset with care: keep the knee soft."
        var items = [Self.item("Calf raise", note: own, paired: true), Self.item("Side plank")]
        SupersetWords.write(&items)
        #expect(items[0].ownNote == own)
        var swapped = items[0]
        swapped.writeNote(own: nil, superset: swapped.supersetNote)
        #expect(swapped.note == "Superset with Side plank: one set of each in turn, then rest.")
    }

    @Test func anItemNoLongerPairedLosesTheSentence() {
        var items = [Self.item("Calf raise", paired: true), Self.item("Side plank")]
        SupersetWords.write(&items)
        items[0].supersetWithNext = nil
        SupersetWords.write(&items)
        #expect(items[0].note == nil)
        // The last item has nothing after it to pair with.
        var last = [Self.item("Calf raise", paired: true)]
        SupersetWords.write(&last)
        #expect(last[0].note == nil)
    }

    @Test func aNoteSetDirectlyIsWordsOnly() {
        var items = [Self.item("Calf raise", paired: true), Self.item("Side plank")]
        SupersetWords.write(&items)
        items[0].note = "Something else."
        #expect(items[0].supersetNote == nil)
        #expect(items[0].ownNote == "Something else.")
    }
}
