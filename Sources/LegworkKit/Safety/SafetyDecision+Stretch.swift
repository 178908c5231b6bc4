extension SafetyDecision {
    /// What the stretch routine changes for today's signs, to read before it starts: with a knee sign a
    /// stretch that kneels is done on the good knee with a pillow, or standing (DOMAIN §3: no loading of
    /// a knee that locks, gives way or is swollen).
    public func stretchNotes(_ routine: StretchRoutine, catalog: Catalog) -> [String] {
        guard rules.contains(.knee) else { return [] }
        let kneeling = routine.blocks.compactMap { catalog.card(id: $0.stretch) }.filter { $0.position == .kneeling }
        var seen: Set<String> = []
        return kneeling.filter { seen.insert($0.id).inserted }.map {
            "\($0.name): kneel only on your good knee, on a thick pillow; if that is not possible, do it standing "
                + "with the back foot up on a chair, or skip it. Your knee sign comes first."
        }
    }
}
