import Foundation
import LegworkKit
import Testing
@testable import LegworkTUI

@Suite struct SessionRunnerDump {
    func lit(_ name: String, _ c: Canvas) -> String {
        "// \(name)\n[\n" + c.lines.map { "    \"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"," }.joined(separator: "\n") + "\n]\n"
    }
    func skipTo(_ s: inout SessionRunnerScreen, _ pred: (SessionStatus) -> Bool, at t: Double) {
        var n = 0
        while !pred(s.engine.status(at: at(t))) && n < 100 { _ = s.handle(.key(s.logForm == nil ? .character("n") : .enter), at: at(t)); n += 1 }
    }
    @Test func dump() throws {
        var out = ""
        var s = startedRunner()
        out += lit("getready", frame(s, at: at(3)))
        out += lit("rep", frame(s, at: at(14.5)))
        out += lit("rest", frame(s, at: at(60)))
        _ = s.handle(.key(.character(" ")), at: at(18.5))
        out += lit("paused", frame(s, at: at(30)))
        out += lit("ascii", frame(s, at: at(30), unicode: false))
        var h = startedRunner()
        skipTo(&h, { $0.step.kind == .switchSides }, at: 1)
        out += lit("switch", frame(h, at: at(3)))
        skipTo(&h, { $0.step.kind == .work(.timed(seconds: 30)) }, at: 3)
        out += lit("hold", frame(h, at: at(13)))
        var l = startedRunner()
        skipTo(&l, { $0.isAwaitingLog }, at: 1)
        out += lit("log", frame(l, at: at(2)))
        _ = l.press([.tab, .tab, .character("7")], at: at(3))
        out += lit("log-invalid-rir7", frame(l, at: at(3)))
        var st = startedRunner(stretchPlan())
        _ = st.handle(.tick, at: at(20))
        out += lit("stretch", frame(st, at: at(20)))
        out += lit("stretch-big", frame(st, at: at(20), size: Size(width: 100, height: 32)))
        try out.write(toFile: "/tmp/runner-frames.txt", atomically: true, encoding: .utf8)
    }
}
