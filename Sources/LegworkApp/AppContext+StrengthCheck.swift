import LegworkKit
import LegworkStore

extension AppContext {
    /// The runner's strength checks, oldest first.
    package func strengthChecks() throws -> [StrengthCheck] {
        do { return try store.strengthChecks() } catch { throw Failure(error.description) }
    }

    /// Saves a check (one a day: a second one that day replaces it) and records the block, since the
    /// plan reads the check.
    package func saveStrengthCheck(_ check: StrengthCheck) throws {
        do { try store.saveStrengthCheck(check) } catch { throw Failure(error.description) }
        try recordBlock(today: check.date)
    }

    /// What the latest check asks of the plan for `profile`; nil without a check (or when they cannot be read:
    /// the plan then shows as the profile alone makes it).
    package func checkPriorities(for profile: Profile) -> CheckPriorities? {
        CheckPriorities.latest((try? strengthChecks()) ?? [], profile: profile)
    }

    /// `profile` with a passed return-to-jumping check counted as the hop test.
    package func measured(_ profile: Profile) -> Profile {
        profile.measured(by: (try? strengthChecks()) ?? [])
    }

    /// The plan's proposal of a strength check, when one is due (never done, or 4 weeks and more ago).
    package func checkProposal(today: CalendarDate) -> PlanNotice? {
        let last = ((try? strengthChecks()) ?? []).last?.date
        return CheckSchedule.proposal(last: last, today: today).map { PlanNotice(.strengthCheck, $0) }
    }
}
