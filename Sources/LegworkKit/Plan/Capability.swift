/// What one runner has and may do on one day, computed once and read by every stage that chooses, moves
/// or doses an exercise: the plan's generator, the log-driven adjustment, a scheduled programme and every
/// door (DOMAIN §6: the same rules on every path). Before it, each stage read the profile, the gate and the
/// cards on its own, and they disagreed: the plan left the imported cards out while the log's adjustment
/// and the door's swaps read all of them; the plan read the jump gate with the strength check's result,
/// the door without it.
public struct Capability: Sendable {
    /// The runner as the rules read them: the profile with the strength check's results folded in
    /// (`Profile.measured(by:)`: a passed check opens the jump gate as the hop-test answer does). It holds
    /// what they own: their equipment, heaviest dumbbell and loaded backpack.
    public let profile: Profile
    /// The cards that count: Legwork's own, and imported ones only when the runner said so.
    public let catalog: Catalog
    /// Today's safety decision: warning signs, pain, the check-in's answers, a clinician hold.
    public let safety: SafetyDecision
    /// The beginner's wait for jumps, as the training block keeps it.
    public private(set) var jumpGate: JumpGate
    /// The dose level of the runner's experience.
    public let level: Level
    /// What the runner can do with what they own, over the cards that count.
    let selector: ExerciseSelector

    /// - Parameter catalog: every card, imported ones included: those the runner did not turn on are left out.
    public init(profile: Profile, catalog: Catalog, safety: SafetyDecision, jumpGate: JumpGate = JumpGate()) {
        self.profile = profile
        self.catalog = profile.importedCards ? catalog : catalog.only { !$0.isImported }
        self.safety = safety
        self.jumpGate = jumpGate
        level = profile.experience.level
        selector = ExerciseSelector(cards: self.catalog.cards, profile: profile)
    }

    /// The same runner and day with the jump gate of a block adapted since (a flare starts the wait again).
    public func with(jumpGate: JumpGate) -> Capability {
        var copy = self
        copy.jumpGate = jumpGate
        return copy
    }

    /// Doses may rise today: no pain above 5/10, no warning sign, no clinician hold (DOMAIN §3, §6).
    public var allowsRises: Bool { !safety.dosesFrozen }

    /// Whether `card` may come into a session in place of a planned one: the runner can do it with what
    /// they own, the safety gate permits it, and a jump only where the session's plyometric gates were
    /// open (DOMAIN §6, Jumps: the gates apply to whatever brings a jump in).
    public func mayTake(_ card: ExerciseCard, jumpsAllowed: Bool) -> Bool {
        Self.gatesAllow(card, safety: safety, jumpsAllowed: jumpsAllowed) && selector.isDoable(card)
    }

    /// The day's gates alone: the safety gate permits `card` (nil: no check) and a jump comes only where
    /// the session's plyometric gates are open. What the runner owns is checked apart where no profile is known.
    static func gatesAllow(_ card: ExerciseCard, safety: SafetyDecision?, jumpsAllowed: Bool) -> Bool {
        (card.kind != .power || jumpsAllowed) && (safety?.permits(card) ?? true)
    }

    /// Why no jump on `date` of `plan`, or nil: the gate's impact block, the plan's weeks and session, the
    /// beginner's wait and the hop test (`PlyoGate`), the race and the long run.
    public func jumpBlock(on date: CalendarDate, in plan: Plan) -> String? {
        plan.jumpBlock(on: date, profile: profile, gate: jumpGate, impactBlocked: safety.impactBlocked)
    }
}
