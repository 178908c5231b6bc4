import LegworkKit
import LegworkTUI

extension LegworkEnvironment {
    /// The profile form and the plan screen (the plan needs a profile: without one, the form comes first).
    func planScreen(for destination: Destination) -> Result<any Screen, AppEnvironmentError> {
        let today = context.today()
        let profile: Profile?
        do { profile = try context.profile() } catch { return .failure(AppEnvironmentError("\(error)")) }
        guard destination == .plan, let profile else { return .success(IntakeScreen(profile: profile, today: today)) }
        do {
            let plan = try context.plan(for: profile, today: today)
            return .success(PlanScreen(plan: plan, today: today, startsAnyDay: true, ran: context.ranByDay(plan, today: today)))
        } catch {
            return .failure(AppEnvironmentError("\(error)"))
        }
    }

    func saveProfile(_ profile: Profile) -> AppMessage {
        do {
            try context.saveProfile(profile, today: context.today())
            return .profileSaved
        } catch {
            return .failed("\(error)")
        }
    }
}
