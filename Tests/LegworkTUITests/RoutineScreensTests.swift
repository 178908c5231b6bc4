import LegworkKit
import Testing
@testable import LegworkTUI

/// "My routines" and the builder: thin screens whose keys become the list's commands and the builder's
/// inputs, and whose frames show the routine in plain words.
@Suite struct RoutineScreensTests {
    static let catalog = try! Catalog.bundled()

    func press<S: Screen>(_ screen: inout S, _ keys: [Key]) -> [ScreenAction] {
        keys.flatMap { screen.handle(.key($0), at: .origin) }
    }

    static let entries = [RoutineEntry(name: "Hotel room", detail: "3 exercises, about 12 minutes"),
                          RoutineEntry(name: "Knee programme", detail: "7 exercises, about 31 minutes, from Dr. Ana Ruiz")]

    @Test func theListAsksForEveryChangeAndRunsThroughTheDoor() {
        var screen = RoutinesScreen(entries: Self.entries)
        guard case .command(.routine(.load))? = screen.handle(.appear, at: .origin).first else { Issue.record("no reload"); return }
        guard case .open(let route as RoutineRoute, false)? = press(&screen, [.down, .enter]).first, case .run("Knee programme") = route else {
            Issue.record("Enter runs the selected routine"); return
        }
        guard case .command(.routine(.duplicate("Knee programme")))? = press(&screen, [.character("c")]).first else { Issue.record("c"); return }
        let renamed = press(&screen, [.character("r")] + Array(repeating: .backspace, count: "Knee programme".count)
                                      + "Knees".map(Key.character) + [.enter])
        guard case .command(.routine(.rename("Knee programme", to: "Knees")))? = renamed.first else { Issue.record("rename: \(renamed)"); return }
        // Delete asks first: any key but y keeps it.
        #expect(press(&screen, [.character("d"), .character("n")]).contains { if case .notice = $0 { true } else { false } })
        guard case .command(.routine(.delete("Knee programme")))? = press(&screen, [.character("d"), .character("y")]).first else {
            Issue.record("d y deletes"); return
        }
        guard case .open(let new as RoutineRoute, false)? = press(&screen, [.character("n")]).first, case .build(nil) = new else {
            Issue.record("n builds a new one"); return
        }
    }

    @Test func theListAtEightyByTwentyFour() throws {
        let frame = try drive([.key(.character("q"))], root: RoutinesScreen(entries: Self.entries)).0.frames[0]
        #expect(frame.lines[0].hasPrefix(" Legwork · My routines"))
        #expect(frame.text.contains("› Hotel room"))
        #expect(frame.text.contains("7 exercises, about 31 minutes, from Dr. Ana Ruiz"))
    }

    /// The builder: the browser's search picks a card, Tab and + change its dose, K moves it, s saves.
    @Test func theBuilderPicksFromTheBrowserAndSaves() throws {
        var screen = RoutineBuilderScreen(catalog: Self.catalog, level: .intermediate, myEquipment: nil)
        _ = press(&screen, [.character("a"), .character("/")] + "glute bridge".map(Key.character) + [.enter, .enter])
        _ = press(&screen, [.character("a"), .character("/")] + "wall sit".map(Key.character) + [.enter, .enter])
        #expect(screen.builder.exercises.map(\.card) == ["glute_bridge", "wall_sit"])
        let sets = screen.builder.exercises[1].sets
        _ = press(&screen, [.character("+"), .tab, .character("+"), .character("K")])
        #expect(screen.builder.exercises.map(\.card) == ["wall_sit", "glute_bridge"])
        #expect(screen.builder.exercises[0].sets == sets + 1)
        #expect(screen.builder.exercises[0].seconds == Self.catalog.card(id: "wall_sit")!.dose[.intermediate]!.work.seconds! + 5)
        #expect(press(&screen, [.character("s")]).contains { if case .notice = $0 { true } else { false } }, "a name first")
        let saved = press(&screen, [.character("t")] + "Hotel".map(Key.character) + [.enter, .character("s")])
        guard case let .command(.routine(.save(routine, replacing: nil)))? = saved.first else { Issue.record("no save: \(saved)"); return }
        #expect(routine.title == "Hotel")
        let frame = try drive([.key(.character("q")), .key(.character("y"))], root: screen).0.frames[0]
        #expect(frame.text.contains("Name: Hotel"))
        #expect(frame.text.contains("1. Wall sit — "))
        #expect(frame.text.contains("About "), "the total time preview")
    }
}

private extension Dose.Work {
    var seconds: Int? { if case let .seconds(s) = self { s } else { nil } }
}
