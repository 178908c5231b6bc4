import LegworkKit
import Testing
@testable import LegworkTUI

/// Screens learn their body size from `.resize` events, never by remembering it while they draw.
@Suite struct AppResizeTests {
    /// Remembers every size it is told.
    struct SizeProbe: Screen {
        var title = "Probe"
        var keys: [KeyHelp] { [] }
        var sizes: [Size] = []
        var opens: (any Screen)?
        mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
            switch event {
            case let .resize(size): sizes.append(size)
            case .key(.enter): if let opens { return [.push(opens)] }
            default: break
            }
            return []
        }
        func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {}
    }

    @Test func everyScreenHearsTheBodySizeAndANewTopHearsItBeforeAppearing() {
        let app = App(environment: FixtureEnvironment())
        var model = App.Model(root: SizeProbe(opens: SizeProbe(title: "Above")))
        _ = app.update(&model, .start, at: .origin)
        _ = app.update(&model, .resize(Size(width: 100, height: 30)), at: .origin)
        _ = app.update(&model, .key(.enter), at: .origin)
        #expect((model.top as? SizeProbe)?.sizes == [Size(width: 100, height: 27)])
        // Covered screens hear a resize too, so they are right when shown again.
        _ = app.update(&model, .resize(Size(width: 60, height: 20)), at: .origin)
        #expect((model.stack[0] as? SizeProbe)?.sizes == [Size(width: 100, height: 27), Size(width: 60, height: 17)])
        #expect((model.stack[1] as? SizeProbe)?.sizes.last == Size(width: 60, height: 17))
    }

    /// A card scrolls by pages of the body it was told, and stops at the document's end at that width.
    @Test func aCardPagesByTheBodyItWasTold() throws {
        let catalog = try Catalog.bundled()
        let card = try #require(catalog.cards.first { $0.id == "single_leg_rdl" } ?? catalog.cards.first)
        var small = CardScreen(card: card, catalog: catalog, level: .beginner)
        _ = small.handle(.resize(Size(width: 80, height: 10)), at: .origin)
        _ = small.handle(.key(.pageDown), at: .origin)
        var tall = CardScreen(card: card, catalog: catalog, level: .beginner)
        _ = tall.handle(.resize(Size(width: 80, height: 30)), at: .origin)
        _ = tall.handle(.key(.pageDown), at: .origin)
        #expect(small.scroll == 9)
        #expect(tall.scroll > small.scroll)
        _ = small.handle(.key(.end), at: .origin)
        let length = small.document(width: small.textWidth(80), compact: CardScreen.isCompact(Size(width: 80, height: 10))).count
        #expect(small.scroll == length - 9)
    }
}
