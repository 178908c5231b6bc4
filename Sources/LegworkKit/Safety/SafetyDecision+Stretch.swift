extension SafetyDecision {
    /// With a bone-stress sign a stretch is done lying down only (DOMAIN §6): standing puts body weight
    /// through the leg that may hold a stress fracture, kneeling presses on the shin, and sitting still
    /// loads the feet. Read from each card's position, so a new or imported stretch follows the same
    /// rule (a card without a position counts as standing).
    public var lyingStretchesOnly: Bool { rules.contains(.boneStress) }

    /// The routine's title while the runs are paused: it is not a post-run stretch then.
    public static let lyingDownTitle = "Lying-down stretch"
    public static let pausedRunsTitle = "Stretch"

    /// `title` (the routine file's "Post-run stretch"), or what the routine is while the runs are paused.
    public func stretchTitle(_ title: String) -> String {
        if lyingStretchesOnly { return Self.lyingDownTitle }
        return runsPaused ? Self.pausedRunsTitle : title
    }

    /// The stretches of `ids` that today's routine leaves out because of a warning sign: those the bone-
    /// stress rule does not permit. (A knee sign keeps its own way, below: the knee's drop list and the
    /// kneeling notes.)
    public func stretchesLeftOut(_ ids: [String], catalog: Catalog) -> Set<String> {
        guard lyingStretchesOnly else { return [] }
        return Set(ids.filter { id in catalog.card(id: id)?.position != .lying })
    }

    /// Today's stretch routine through the gate: the runner's injuries (`statuses`) and level, a knee sign
    /// counted as a sore knee (its kneeling stretches left out or noted), the stretches a sign rules out
    /// left out while the rest fill the minutes exactly, and a title that says what the routine is.
    public func stretchRoutine(minutes: Int, focus: StretchFocus?, statuses: [InjuryStatus], level: Level,
                               builder: StretchRoutineBuilder, catalog: Catalog) throws(StretchError) -> StretchRoutine {
        var injuries = statuses.map(\.injury)
        var hurting = statuses.filter(\.isCurrent).map(\.injury)
        if rules.contains(.knee) {
            if !injuries.contains(.knee) { injuries.append(.knee) }
            if !hurting.contains(.knee) { hurting.append(.knee) }
        }
        let leftOut = stretchesLeftOut(builder.library.stretchIDs, catalog: catalog)
        var routine = try builder.build(minutes: minutes, focus: focus, injuries: injuries, level: level, hurting: hurting,
                                        leavingOut: leftOut)
        routine.title = stretchTitle(routine.title)
        return routine
    }

    /// What the stretch routine changes for the knee, to read before it starts: with a knee sign, or a
    /// knee that hurts now (`kneeHurts`: a runner's-knee flare), a stretch that kneels is done on the good
    /// knee with a pillow, or standing, or left out. DOMAIN §3: no loading of a knee that locks, gives way
    /// or is swollen; a painful patellofemoral joint works in a pain-free range, and kneeling presses on it.
    public func stretchNotes(_ routine: StretchRoutine, catalog: Catalog, kneeHurts: Bool = false) -> [String] {
        let sign = rules.contains(.knee)
        guard sign || kneeHurts else { return [] }
        let kneeling = routine.blocks.compactMap { catalog.card(id: $0.stretch) }.filter { $0.position == .kneeling }
        var seen: Set<String> = []
        return kneeling.filter { seen.insert($0.id).inserted }.map {
            "\($0.name): kneel only on your good knee, on a thick pillow; if that is not possible, do it standing "
                + "with the back foot up on a chair, or skip it. " + (sign ? "Your knee sign comes first." : "Your sore knee comes first.")
        }
    }
}
