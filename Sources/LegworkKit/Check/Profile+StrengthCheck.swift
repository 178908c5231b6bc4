extension Profile {
    /// The profile as the plan and the doors read it: a strength check that passed the return-to-jumping
    /// test counts as the test passed on its day. The `hop-test` answer still records a test done
    /// elsewhere; the later of the two days counts.
    public func measured(by checks: [StrengthCheck]) -> Profile {
        guard let passed = ReturnToJumping.passedOn(checks), passed > (hopTestPassed ?? passed.adding(days: -1)) else { return self }
        var profile = self
        profile.hopTestPassed = passed
        return profile
    }
}
