import LegworkKit
import LegworkTUI

extension LegworkEnvironment {
    /// The profile form and the plan screen (the plan needs a profile: without one, the form comes first).
    func planScreen(for destination: Destination) -> Result<any Screen, AppEnvironmentError> {
        let today = LocalCalendar.today()
        let profile: Profile?
        do { profile = try context.profile() } catch { return .failure(AppEnvironmentError("\(error)")) }
        guard destination == .plan, let profile else { return .success(IntakeScreen(profile: profile, today: today)) }
        do {
            return .success(PlanScreen(plan: try context.plan(for: profile, today: today), today: today, startSession: sessionStarter))
        } catch {
            return .failure(AppEnvironmentError("\(error)"))
        }
    }

    /// Starts a planned session (check-in, gate, runner; figures, voice and persistence as for "today").
    var sessionStarter: PlanScreen.SessionStarter {
        let context = context, voice = voice
        // Through the same door as "Today's session": the check-in and the safety gate.
        return { session, date in SessionStart.strength(.planned(session, date), context: context, voice: voice) }
    }

    func saveProfile(_ profile: Profile) -> AppMessage {
        do {
            try context.saveProfile(profile, today: LocalCalendar.today())
            return .profileSaved
        } catch {
            return .failed("\(error)")
        }
    }
}
