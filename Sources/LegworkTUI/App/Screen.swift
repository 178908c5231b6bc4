import LegworkKit

/// One screen of the app: its own small state machine with its own update and view. The app keeps a
/// stack of them; the top one gets the keys and draws the body between the shared header and footer.
public protocol Screen: Sendable {
    /// Shown in the header ("Legwork · Browse").
    var title: String { get }
    /// Below this size the app shows "terminal too small" instead of the screen.
    var minimumSize: Size { get }
    /// The key table of this screen: the footer shows the short form, `?` shows all of it.
    var keys: [KeyHelp] { get }

    mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction]
    func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext)
    /// When this screen next changes by itself (nil: only on input).
    func nextDeadline() -> Moment?
    /// When `q` should ask before leaving (a session in progress): what would be lost, in words.
    var quitConfirmation: String? { get }
    /// What the screen does while something hides it (help, the quit question, a window too small):
    /// "The session is paused." The too-small message says it; nil says nothing.
    var whileHidden: String? { get }
    /// A key this screen does nothing with, now: the app does not hand it over (no update, no frame).
    func ignores(_ key: Key) -> Bool
}

extension Screen {
    public var minimumSize: Size { Size(width: 60, height: 16) }
    public func nextDeadline() -> Moment? { nil }
    public var quitConfirmation: String? { nil }
    public var whileHidden: String? { nil }
    public func ignores(_ key: Key) -> Bool { false }
}

/// A line of a screen's key table.
public struct KeyHelp: Sendable, Equatable {
    public var keys: String
    public var action: String
    /// Shown in the footer as well as in the help overlay.
    public var inFooter: Bool
    /// The keys as the footer writes them, when shorter than in the help.
    public var footerKeys: String?
    public init(_ keys: String, _ action: String, footer: Bool = false, footerKeys: String? = nil) {
        self.keys = keys; self.action = action; self.inFooter = footer; self.footerKeys = footerKeys
    }
}

public enum ScreenEvent: Sendable {
    /// The screen became the top of the stack (pushed, or the one above it was popped).
    case appear
    case key(Key)
    case tick
    case message(AppMessage)
    /// The size of the body the screen draws in (the window less the shared header and footer), when the
    /// window changes and before a screen first appears: what scrolling keys measure pages by.
    case resize(Size)
    /// A line of input and the end of input, from a front-end of lines (`--plain`): log entries.
    case line(String)
    case endOfInput
    /// The program is being terminated by a signal: save what must survive.
    case terminate
    /// Something started (true) or stopped (false) hiding the screen: the help overlay, the quit
    /// question, the too-small message. A screen with a clock stops it while hidden and goes on from
    /// where it was, so nothing runs out of sight.
    case hidden(Bool)
}

public enum ScreenAction: Sendable {
    case push(any Screen)
    case pop
    case replace(any Screen)
    case navigate(Destination)
    /// Opens the screen for `route` on top (or in place of this one, `replacing`): the environment builds
    /// it, because that needs the store, the catalog or the time; the screen only says where to go.
    case open(any Route, replacing: Bool)
    case quit(status: Int32)
    case bell
    /// Rings the bell this many times, spaced so an ear can count them (bells sent together sound as
    /// one); the rings go on even when the screen is replaced, as at a session's end.
    case rings(Int)
    case speak(String)
    /// A line of the session's words, printed by a front-end of lines (`--plain`), unseen on the screens.
    case line(String)
    case command(AppCommand)
    /// A one-line message in the footer until the next key.
    case notice(String)
}

/// Where a screen asks to go, as a value: the environment turns it into a screen (reading the store, the
/// catalog, recording what must be recorded first), so `update` stays pure. The application defines its
/// own routes (the session doors) beside the ones screens of this module name.
public protocol Route: Sendable {}

/// A planned session picked on the plan screen: started through the same door as today's.
public struct PlanDayRoute: Route {
    public let session: PlanSession
    public let date: CalendarDate
    public init(session: PlanSession, date: CalendarDate) { self.session = session; self.date = date }
}

/// Places the home menu (and other screens) can send the runner to. The executable decides how each is
/// built, because that needs the store and the catalog.
public enum Destination: String, Sendable, CaseIterable, Route {
    case todaySession, stretch, browse, plan, history, profile, logRun
    /// The runner's routines and a therapist's programme: list, build, run.
    case routines
    /// The guided strength check.
    case strengthCheck
    /// The home menu, which replaces every open screen (a session started from the command line has no
    /// home below it to go back to).
    case home
}

/// Side effects screens ask for; the executable performs them (store writes, imports...).
public enum AppCommand: Sendable {
    /// Test hook (LEGWORK_TEST_FAULT=throw): the environment throws, to prove errors leave a clean terminal.
    case injectFault
    /// Persist a running session: after every completed step (its snapshot is the resume point and its
    /// performed sets go to the training log) and once more when it ends (`engine.isEnded`).
    case saveSession(SessionEngine)
    /// Close the session a kill left behind as abandoned (the runner chose to start anew).
    case discardInterruptedSession(SessionPlan.Kind)
    /// Store the runner's profile (intake form); answered with `.profileSaved` or `.failed`.
    case saveProfile(Profile)
    /// Save a strength check (one a day: it replaces one saved earlier that day).
    case saveStrengthCheck(StrengthCheck)
    /// Remove an imported card from the store (the browser's `d`); answers `.importedCardRemoved`.
    case removeImportedCard(id: String)
    /// What today holds, for the home screen (answered with `.today`).
    case loadToday
    /// The runner turned voice on: answered `.voiceUnavailable` when nothing can speak.
    case checkVoice
    /// Store a run from the "Log a run" form; answered `.runSaved` or `.failed`.
    case saveRun(RunFormEntry)
    /// A change to the stored routines (or a fresh list); answered `.routines` or `.failed`.
    case routine(RoutineChange)
}

/// Results of commands, delivered back to the screen that is on top.
public enum AppMessage: Sendable {
    case failed(String)
    /// The session of `.saveSession` is stored (a failure answers `.failed` with the reason).
    case sessionSaved
    /// The profile of `.saveProfile` is stored.
    case profileSaved
    /// The imported card with this id is gone from the store.
    case importedCardRemoved(id: String)
    /// What today holds, in a line or two ("Today: Strength A, not done yet. Next: …").
    case today([String])
    /// Voice cannot be played, and how to get it.
    case voiceUnavailable(String)
    /// The run of `.saveRun` is stored: what was logged, and any load warning it set off.
    case runSaved(String)
    /// The stored routines after a `.routine` command, and what it did in words.
    case routines([RoutineEntry], done: String?)
}
