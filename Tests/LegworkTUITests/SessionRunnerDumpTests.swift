import LegworkKit
import Testing
@testable import LegworkTUI

@Suite struct SessionRunnerDump {
    @Test func dump() throws {
        var s = startedRunner()
        for t in [3.0, 12.2, 18.5, 60] { print("=== t=\(t)"); print(frame(s, at: at(t)).text) }
        _ = s.handle(.key(.character(" ")), at: at(18.5))
        print(frame(s, at: at(30)).text)
        print(frame(s, at: at(30), unicode: false).text)
        var st = startedRunner(stretchPlan())
        _ = st.handle(.tick, at: at(20))
        print(frame(st, at: at(20)).text)
    }
}
