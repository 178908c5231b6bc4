/// Rule: the short test that brings jumping back after an injury (DOMAIN.md §3, Blocks; §5): 25
/// single-leg calf raises, 10 pain-free single-leg hops and 30 minutes of pain-free running. A runner who
/// passes records the day (`hop-test=passed:YYYY-MM-DD`) and the plyometric gate opens, unless a flare
/// (pain above 3/10) or a warning sign still blocks it.
public enum ReturnToJumping {
    public static let calfRaises = 25
    public static let painFreeHops = 10
    public static let painFreeRunMinutes = 30

    /// The test in the runner's words, as the plan and the screens say it.
    public static let description = "\(calfRaises) single-leg calf raises on each leg, \(painFreeHops) pain-free single-leg hops "
        + "on each leg and \(painFreeRunMinutes) minutes of pain-free running"

    /// Whether answers or counts pass the test: every count reached, each without pain.
    public static func passes(calfRaisesEachLeg: Int, painFreeHopsEachLeg: Int, painFreeRunMinutes: Int) -> Bool {
        calfRaisesEachLeg >= calfRaises && painFreeHopsEachLeg >= painFreeHops && painFreeRunMinutes >= Self.painFreeRunMinutes
    }

    /// How the test is taken: measured by the strength check, or a test done elsewhere typed in.
    static func recordHint() -> String {
        "the strength check on the home screen measures it; a test done elsewhere is recorded as the hop test's day in your profile"
    }
}
