import LegworkKit
import LegworkStore

extension AppContext {
    /// The stored routine called `name` (any case), read against the catalog; nil when there is none.
    /// - Throws: the file's problems with their lines (a card that left the catalog since it was saved).
    package func routine(named name: String) throws -> (name: String, routine: Routine)? {
        let stored: StoredRoutine?
        do { stored = try store.routine(named: name) } catch { throw Failure(error.description) }
        guard let stored else { return nil }
        do {
            return (stored.name, try RoutineReader.read(stored.text, source: "routine \"\(stored.name)\"", catalog: catalog))
        } catch {
            throw Failure(error.description)
        }
    }

    /// Stores `routine` under its title, as the file the format describes.
    package func saveRoutine(_ routine: Routine, replacing: String? = nil, overwrite: Bool = false) throws {
        do {
            try store.saveRoutine(StoredRoutine(name: routine.title, text: RoutineWriter.text(routine)), replacing: replacing, overwrite: overwrite)
        } catch {
            throw Failure(error.description)
        }
    }

    /// The programme scheduled into the plan, or nil (an unreadable document counts as none: the plan must
    /// still open; `routine schedule` says so when it is read there).
    package func programme() -> ProgrammeSchedule? {
        (try? store.loadDocument(.programme, as: ProgrammeSchedule.self)) ?? nil
    }

    /// `plan` with the scheduled programme in it, through the plan's stages (`ProgrammeSchedule.scheduled`).
    /// A programme names its cards itself: an imported card a therapist handed over counts in it whether or
    /// not the plan may pick imported cards, so it reads the whole catalog.
    func withProgramme(_ plan: Plan, capability: Capability) -> Plan {
        guard let programme = programme() else { return plan }
        return programme.scheduled(into: plan, catalog: catalog, profile: capability.profile, level: capability.level,
                                   safety: capability.safety, jumpGate: capability.jumpGate) { card in
            // The programme's own history of the card (`LogHistory`): not the same card in the plan's places.
            let sets = (try? store.recentSets(exercise: card, sessions: LogHistory.sessionsRead)) ?? []
            return LogHistory.recent(sets, count: LogHistory.sessionsRead)[LogHistory(cardID: card, job: .programme)] ?? []
        }
    }
}
