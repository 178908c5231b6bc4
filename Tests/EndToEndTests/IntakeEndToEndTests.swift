import Foundation
import Testing

/// A new runner meets Legwork: the first run opens the form, they fill it in (with one mistake that is
/// explained and corrected), save, land on the home menu; `profile show --json` has their answers.
@Suite(.serialized) struct IntakeEndToEndTests {
    @Test func aNewRunnerFillsInTheForm() async throws {
        let tmux = try TmuxSession()
        defer { tmux.close() }
        await tmux.waitFor(text: "Welcome! Tell Legwork about your running")
        tmux.press("Right")                                  // experience: regular
        await tmux.waitFor(text: "‹ Regular ›")
        tmux.press("Tab"); tmux.press("Right")               // goal: stamina → race
        await tmux.waitFor(text: "A race goal needs its distance")  // explained at once, in the form's words
        tmux.press("Tab"); tmux.press("Right")               // race distance: 5k
        await tmux.waitFor(text: "‹ 5K ›")
        tmux.press("Tab"); tmux.press("Tab")                 // weekly distance: 15 km, the cursor after it
        await tmux.waitFor(text: "15▏")
        tmux.press("C-u")                                    // cleared
        tmux.type("3O")                                      // a letter O instead of a zero
        tmux.press("Enter")
        await tmux.waitFor(text: #""3O" is not valid: give a number of kilometres"#)
        tmux.press("Enter")                                  // try to save anyway
        await tmux.waitFor(text: "Not saved: weekly running distance needs a fix")
        tmux.press("BSpace")                                 // the O goes; the 3 stays
        await tmux.waitFor(text: "3▏")
        tmux.type("0")
        tmux.press("Enter")
        await tmux.waitFor(text: "All answers are fine")
        tmux.press("Tab")                                    // run days: tue, thu, sat ticked
        tmux.press("Space")                                  // + Monday
        tmux.press("Right"); tmux.press("Space")             // - Tuesday
        tmux.press("Right"); tmux.press("Space")             // + Wednesday
        tmux.press("Right"); tmux.press("Space")             // - Thursday
        await tmux.waitFor(text: "mon, wed, sat")
        tmux.press("Tab")                                    // long run day (sat stays)
        for _ in 0..<5 { tmux.press("Tab") }                 // to injuries (no dumbbells: no dumbbell question)
        await tmux.waitFor(text: "Each area: none, past (healed) or current")
        tmux.press("Right")                                  // runner's knee
        tmux.press("Space"); tmux.press("Space")             // past, then current
        tmux.type("4")                                       // pain 4
        await tmux.waitFor(text: "current, pain 4 of 10")
        tmux.press("C-s")
        await tmux.waitFor(text: "Today's session")                // home
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")
        let show = try await Command.run([TmuxSession.binary.path, "--data-dir", tmux.dataDir.path, "profile", "show", "--json"])
        #expect(show.status == 0, "\(show.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(json["experience"] as? String == "regular")
        #expect(json["goal"] as? String == "race")
        #expect(json["race-distance"] as? String == "5k")
        #expect(json["weekly-km"] as? Double == 30)
        #expect(json["run-days"] as? [String] == ["mon", "wed", "sat"])
        #expect(json["injury"] as? [String] == ["knee:current:4"])
    }

    @Test func theProfileOpensFromTheHomeMenuWithTheStoredValues() async throws {
        let tmux = try TmuxSession(["intake"])
        defer { tmux.close() }
        await tmux.waitFor(text: "Welcome!")
        tmux.press("Down"); tmux.press("Left")               // goal: first-5k
        await tmux.waitFor(text: "‹ First 5K")
        tmux.press("C-s")
        await tmux.waitFor(text: "exit=0")
        tmux.type("clear; \(TmuxSession.binary.path) --data-dir \(tmux.dataDir.path); echo again=$?")
        tmux.press("Enter")
        await tmux.waitFor(text: "Today's session")                // a profile exists: no form first
        tmux.type("6")
        let form = await tmux.waitFor(text: "Your answers build your plan")
        #expect(form.contains("First 5K"))
        tmux.press("Escape")                                 // nothing changed: no question
        await tmux.waitFor(text: "Today's session")
        tmux.type("q")
        await tmux.waitFor(text: "again=0")
    }

    @Test func escapeOnTheFirstRunFormGoesHomeWithoutSaving() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")
        let show = try await Command.run([TmuxSession.binary.path, "--data-dir", tmux.dataDir.path, "profile", "show"])
        #expect(show.status == 1)
    }
}

extension TmuxSession {
    /// `legwork` on a first run, past the profile form (Esc without changes goes on to the home menu).
    static func home(_ arguments: [String] = [], environment: [String: String] = [:]) async throws -> TmuxSession {
        let tmux = try TmuxSession(arguments, environment: environment)
        await tmux.waitFor(text: "Welcome!")
        tmux.press("Escape")
        await tmux.waitFor(text: "Today's session")
        return tmux
    }
}
