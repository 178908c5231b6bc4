import Foundation
import Testing
@testable import LegworkKit

/// A load is a value the rules read; its words are written last, and a stored load comes back as the same value.
@Suite("Load values") struct LoadValueTests {
    @Test func aCardsWordsAreReadOnceForWhatTheyAskFor() {
        let heavy = LoadDemand(words: "Heavier dumbbells; add load to progress")
        #expect(heavy.weight == .heavy && heavy.asksForMore && heavy.namesDumbbell)
        let band = LoadDemand(words: "mini-band just above the knees")
        #expect(band.weight == .some && !band.asksForMore && !band.namesDumbbell)
        let body = LoadDemand(words: "body weight; a light load in the hand opposite the standing leg once the balance is steady")
        #expect(body.weight == .bodyWeight && !body.asksForMore)
        #expect(LoadDemand(words: "a dumbbell in each hand; add load to progress").asksForMore)
    }

    @Test func whatTheRulesReadComesFromTheValueNotTheWords() {
        // A near-race protocol speaks of "your heavy weight" but asks for half of it: the value says light.
        #expect(!Load(.protocolNearRace).asksForMore && !Load(.protocolNearRace).isBodyWeight)
        #expect(Load(.protocolHeavy(tool: "dumbbells", reps: 15)).asksForMore)
        #expect(Load(.painEased).isBodyWeight && Load(.lightCalfDay).isBodyWeight && Load(.bodyWeightOnly).isBodyWeight)
        #expect(!Load(.lightWeight).asksForMore && !Load(.lightWeight).isBodyWeight)
        #expect(Load.kilograms(12.5).kilograms == 12.5 && Load.described("12.5 kg").kilograms == nil)
        // The week's added load is a flag; taking it back leaves the card's words, or nothing.
        let adding = Load.addingThisWeek(to: "a loaded backpack")
        #expect(adding.asksForMore && adding.words == "a loaded backpack; this week: add 2.5–5% load")
        #expect(adding.withoutAddedLoad?.words == "a loaded backpack")
        #expect(Load.addingThisWeek(to: nil).words == Load.addThisWeekWords)
        #expect(Load.addingThisWeek(to: nil).withoutAddedLoad == nil)
    }

    @Test(arguments: [
        Load.described("heavier dumbbells; add load to progress"), .kilograms(62.5), Load(.bodyWeightOnly), Load(.painEased),
        Load(.lightCalfDay), Load(.lightWeight), Load(.protocolHeavy(tool: "a loaded backpack", reps: 15)), Load(.protocolNearRace),
        Load(.slowLowering(.dumbbells, kg: 4, fromStepEdge: true)), Load(.slowLowering(.backpack, kg: 6, fromStepEdge: false)),
        Load(.protocolOwnedLight(.dumbbells, kg: 4, reps: 15, seated: true)), Load(.protocolOwnedLight(.backpack, kg: 6, reps: 12, seated: false)),
        Load.addingThisWeek(to: "a loaded backpack"), Load.addingThisWeek(to: .kilograms(20)), Load.addingThisWeek(to: nil),
    ])
    func aStoredDoseComesBackAsTheSameValue(_ load: Load) throws {
        let dose = Dose.reps(3, 10, rest: 60, load: load)
        let data = try JSONEncoder().encode(dose)
        let back = try JSONDecoder().decode(Dose.self, from: data)
        #expect(back == dose, "\(String(decoding: data, as: UTF8.self))")
        // The words are always there for a reader of the JSON; the value only when the words do not give it back.
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["load"] as? String == load.words)
        #expect((object["loadValue"] != nil) == StoredLoad.needed(load))
    }

    @Test func wordsStoredBeforeLoadsWereValuesAreRecognised() {
        #expect(Load(storedWords: "62.5 kg") == .kilograms(62.5))
        #expect(Load(storedWords: "body weight only") == Load(.bodyWeightOnly))
        #expect(Load(storedWords: "a light weight, well short of effort") == Load(.lightWeight))
        #expect(Load(storedWords: "a loaded backpack; this week: add 2.5–5% load") == Load.addingThisWeek(to: "a loaded backpack"))
        #expect(Load(storedWords: "this week: add 2.5–5% load") == Load.addingThisWeek(to: nil))
        #expect(Load(storedWords: "heavy dumbbells") == .described("heavy dumbbells"))
        #expect(Load(storedWords: "-3 kg").kilograms == nil)
    }

    @Test func aRunnerWithoutDumbbellsReadsTheirOwnToolAndTheCardStillAsksForMore() throws {
        let catalog = try Catalog.bundled()
        let profile = Profile(experience: .seasoned, goal: .stamina, runDays: [.tue, .thu, .sat], longRunDay: .sat,
                              sessionMinutes: .long, equipment: [.mat, .step])
        let card = try #require(catalog.card(id: "sl_rdl"))
        let selector = ExerciseSelector(cards: catalog.cards, profile: profile)
        let owned = try #require(selector.ownLoad("heavy dumbbells", for: card))
        #expect(!owned.words.contains("dumbbell"), "\(owned.words)")
        // "heavy dumbbells" became "a loaded backpack": the words no longer say heavy, the value still does.
        #expect(owned.asksForMore)
    }
}
