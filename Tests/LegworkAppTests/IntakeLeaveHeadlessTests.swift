import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// Leaving the first-run profile form without saving is never silent: the home menu says what it means.
@Suite struct IntakeLeaveHeadlessTests {
    @Test func escapeOnTheFirstRunFormSaysNoProfileWasSaved() throws {
        let app = try TestApp()
        var form = try IntakeAction.firstScreen(app.context)
        let actions = form.handle(.key(.escape), at: .origin)
        #expect(actions.contains { if case let .notice(text) = $0 { text == IntakeAction.skippedNotice } else { false } })
        #expect(actions.contains { if case .replace = $0 { true } else { false } })
        #expect(try app.context.profile() == nil)
    }

    @Test func anEditedProfileLeftFromHomeSaysNothingMore() throws {
        let app = try TestApp()
        try app.context.saveProfile(DoorsHeadlessTests.runner(), today: DoorsHeadlessTests.day)
        var form = IntakeScreen(profile: try app.context.profile(), today: DoorsHeadlessTests.day)
        #expect(form.handle(.key(.escape), at: .origin).count == 1)
    }
}
