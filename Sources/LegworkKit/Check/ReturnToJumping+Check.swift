extension ReturnToJumping {
    /// Whether a strength check passed the return-to-jumping test, measured rather than typed: at least
    /// 25 single-leg heel raises on each leg, 10 pain-free hops on each leg and 30 minutes of pain-free running.
    public static func passes(_ check: StrengthCheck) -> Bool {
        guard let raises = check.score(.heelRaise), let hops = check.score(.hops), let run = check.score(.painFreeRun) else { return false }
        return passes(calfRaisesEachLeg: min(raises.left ?? 0, raises.right ?? 0),
                      painFreeHopsEachLeg: hops.left == 1 && hops.right == 1 ? painFreeHops : 0,
                      painFreeRunMinutes: run.both == 1 ? painFreeRunMinutes : 0)
    }

    /// What keeps `check` from passing, in plain words; empty when it passes.
    public static func shortfalls(_ check: StrengthCheck) -> [String] {
        var found: [String] = []
        let raises = check.score(.heelRaise)
        if let short = Side.allCases.first(where: { (raises?.value($0) ?? 0) < calfRaises }) {
            found.append(raises?.value(short) == nil ? "no heel-raise result" : "fewer than \(calfRaises) heel raises on the \(short.rawValue)")
        }
        let hops = check.score(.hops)
        if hops?.left != 1 || hops?.right != 1 {
            found.append(hops == nil ? "no hop test" : "hops were not pain-free on both legs")
        }
        if check.score(.painFreeRun)?.both != 1 { found.append("not yet \(painFreeRunMinutes) minutes of pain-free running") }
        return found
    }

    /// The latest day a check passed the test, if any.
    public static func passedOn(_ checks: [StrengthCheck]) -> CalendarDate? {
        checks.filter(passes).map(\.date).max()
    }
}
