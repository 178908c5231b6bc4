import LegworkKit
import LegworkTUI
import Testing

@Suite struct ChoiceScreenTests {
    private func screen(declineKey: Bool) -> ChoiceScreen {
        ChoiceScreen(title: "Stretch", lines: ["Calf wall stretch"], prompt: "Enter begins",
                     accept: [.quit(status: 0)], decline: [.pop], declineKey: declineKey)
    }

    /// The stretch list has no "no": n is just a key there, in either case, and only Esc goes back.
    @Test func nDeclinesOnlyWhereTheQuestionHasANo() {
        for key in [Key.character("n"), .character("N")] {
            var list = screen(declineKey: false)
            #expect(list.handle(.key(key), at: .origin).isEmpty)
            var question = screen(declineKey: true)
            #expect(question.handle(.key(key), at: .origin).count == 1)
        }
        var list = screen(declineKey: false)
        #expect(list.handle(.key(.escape), at: .origin).count == 1)
    }
}
