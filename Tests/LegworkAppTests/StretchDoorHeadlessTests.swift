import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// The stretch door with a bone-stress sign: lying-down stretches only, called what they are.
@Suite struct StretchDoorHeadlessTests {
    @Test(arguments: [RedFlag.bonePain, .nightPain, .limp])
    func aBoneStressSignOpensALyingDownStretch(sign: RedFlag) throws {
        let app = try TestApp()
        var profile = DoorsHeadlessTests.runner()
        profile.injuries = [InjuryStatus(.shins, .current(pain: 3))]
        profile.redFlags = [sign]
        try app.context.saveProfile(profile, today: DoorsHeadlessTests.day)
        let door = SessionStart(context: app.context).stretchDoor(minutes: 10, focus: "calves")
        let lines = try #require((door as? ChoiceScreen)?.lines)
        #expect(lines.first == "Lying-down stretch, 10:00 min:")
        let names = Set(app.context.catalog.cards.filter { $0.kind == .stretch && $0.position != .lying }.map(\.name))
        for line in lines where line.first?.isNumber == true {
            #expect(!names.contains { line.contains("\($0) —") }, "\(line)")
        }
        let safety = try app.context.safetyDecision(today: DoorsHeadlessTests.day)
        let choice = try #require(SessionStart(context: app.context).stretchChoice(safety: safety) as? StretchChooserScreen)
        #expect(choice.intro == "A follow-along stretch lying down, timed hold by hold.")
    }
}
