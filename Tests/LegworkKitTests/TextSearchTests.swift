import Testing
@testable import LegworkKit

/// The keyword checks the rules make on data words (`mentions`, `mentionsIgnoringCase`).
@Suite("Text search")
struct TextSearchTests {
    @Test func aKeywordIsFoundAnywhereByItsBytes() {
        #expect("heavier dumbbells; add load to progress".mentions("add load"))
        #expect("heavier dumbbells".mentions("heav"))
        #expect("a dumbbell held at the chest".mentions("dumbbell"))
        #expect(!"a dumb bell".mentions("dumbbell"))
        #expect(!"".mentions("heav"))
        #expect("anything".mentions(""))
        #expect("café, then heavy".mentions("heavy"))
        #expect("add 2.5–5%".dropFirst(0).mentions("add 2.5"))
    }

    @Test func capitalsMatchTheLowercaseKeyword() {
        #expect("Suitcase Carry".mentionsIgnoringCase("carry"))
        #expect("FARMER CARRY".mentionsIgnoringCase("carry"))
        #expect("farmer_carry".mentionsIgnoringCase("carry"))
        #expect("Carr".mentionsIgnoringCase("carry") == false)
        #expect("Cartwheel Ryan".mentionsIgnoringCase("carry") == false)
        #expect("Überkopf carry".mentionsIgnoringCase("carry"))
        #expect("".mentionsIgnoringCase("carry") == false)
        // The same answers as lowercasing first, on every card of the catalog.
        for card in (try? Catalog.bundled().cards) ?? [] {
            for word in [card.id, card.name] + card.aliases {
                #expect(word.mentionsIgnoringCase("carry") == word.lowercased().mentions("carry"), "\(word)")
            }
        }
    }
}
