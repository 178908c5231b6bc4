extension SafetyDecision {
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
