/// How a check test is done alone at home, what counts and when it ends (DOMAIN.md §5): shown before
/// each test and on help.
public struct CheckCard: Hashable, Sendable {
    public var how: String
    public var counts: String
    public var stop: String

    public static func of(_ test: CheckTest) -> CheckCard {
        switch test {
        case .heelRaise:
            CheckCard(how: "Stand on one leg on a flat floor or a step edge, fingertips on a wall for balance. Rise as high as you can "
                        + "and lower, one second up and one second down with the bell.",
                      counts: "Every rise to full height in time with the bell.",
                      stop: "Stop when you can no longer rise as high, keep the pace or keep your knee straight.")
        case .hamstringBridge:
            CheckCard(how: "Lie on your back with one heel on a chair or sofa, knee slightly bent, the other thigh pointing at the "
                        + "ceiling. Lift your hips from the floor to straight and lower, one second up and one second down with the bell.",
                      counts: "Every lift to full hip extension in time with the bell.",
                      stop: "Stop when your hips no longer reach straight, you lose the pace or a cramp starts.")
        case .sidePlank:
            CheckCard(how: "Lie on your side on your forearm, elbow under the shoulder, feet stacked. Lift your hips so ear, hip "
                        + "and ankle form a line, and hold.",
                      counts: "The seconds your hips stay up in that line.",
                      stop: "Stop as soon as your hip drops.")
        case .singleLegSquat:
            CheckCard(how: "Face a mirror, stand on one leg and do 5 slow squats as deep as you can control.",
                      counts: "What you see: the knee drifting in, the hip of the free leg dropping, the trunk leaning.",
                      stop: "Stop if your knee hurts; answer from the squats you did.")
        case .kneeToWall:
            CheckCard(how: "Face a wall, one foot forward, and bend the knee to touch the wall with the heel flat. Move the foot "
                        + "back until the knee only just touches.",
                      counts: "The distance from your big toe to the wall, in centimetres.",
                      stop: "Stop at the farthest point where the heel stays down and the knee still touches.")
        case .hops:
            CheckCard(how: "Hop on the spot on one leg 10 times, landing softly.",
                      counts: "Whether all 10 hops were free of pain.",
                      stop: "Stop at the first hop that hurts: that counts as painful.")
        case .painFreeRun:
            CheckCard(how: "Think of your runs this week.",
                      counts: "Whether you can run for 30 minutes without pain.",
                      stop: "Answer from runs you have done; do not run now to find out.")
        }
    }
}
