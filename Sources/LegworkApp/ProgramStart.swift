#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Moment zero of every clock: when this process began, so start-up never delays a countdown's end.
///
/// The loader and the runtime take a few milliseconds before `main` runs (more when the binary is not
/// in the page cache). A timer command is expected to end its duration after the command was started,
/// not after `main`, so the origin is moved back by the larger of two lower bounds of the process's
/// age, each one never more than its true age:
/// - the time the kernel has accounted to it: CPU time plus run-queue wait (`/proc/self/schedstat`);
///   exact, but blind to time spent blocked (a cold disk);
/// - its start time (`/proc/self/stat`, whole clock ticks since boot, so one tick is taken off).
/// An age above `plausibleStartUp` means the process image ran something else before `exec` (`swift
/// run` builds first): that time is not ours, and that bound is not used.
package enum ProgramStart {
    /// Set on first use, which `mark()` makes the first thing in `main`; a constant from then on.
    static let instant = origin(now: .now)

    static let plausibleStartUp: Duration = .milliseconds(250)

    /// Fixes `instant`; called first thing in `main`.
    package static func mark() { _ = instant }

    /// `now` moved back by the process's plausible age.
    static func origin(now: ContinuousClock.Instant) -> ContinuousClock.Instant {
        let ages = [accountedAge(), startTimeAge()].compactMap { $0 }.filter { $0 > .zero && $0 <= plausibleStartUp }
        return now - (ages.max() ?? .zero)
    }

    /// CPU time plus run-queue wait since the process was created, or nil when the kernel does not say.
    static func accountedAge() -> Duration? {
        var cpu = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) == 0 else { return nil }
        let onCPU = Duration.seconds(Int64(cpu.tv_sec)) + .nanoseconds(Int64(cpu.tv_nsec))
        return onCPU + (procFile("/proc/self/schedstat").flatMap(parseRunQueueWait) ?? .zero)
    }

    /// Time since the start in /proc/self/stat, less one clock tick (the start is truncated to ticks);
    /// nil when it cannot be read.
    static func startTimeAge() -> Duration? {
        let hz = Int64(sysconf(Int32(_SC_CLK_TCK)))
        var boot = timespec()
        guard hz > 0, clock_gettime(CLOCK_BOOTTIME, &boot) == 0,
              let ticks = procFile("/proc/self/stat").flatMap(parseStartTicks) else { return nil }
        let now = Duration.seconds(Int64(boot.tv_sec)) + .nanoseconds(Int64(boot.tv_nsec))
        let start = Duration.nanoseconds(ticks * 1_000_000_000 / hz)
        return now - start - .nanoseconds(1_000_000_000 / hz)
    }

    private static func procFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = read(fd, &buffer, buffer.count)
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil
    }

    /// "CPU_NS WAIT_NS SLICES" -> WAIT_NS.
    static func parseRunQueueWait(_ text: String) -> Duration? {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 2, let wait = Int64(fields[1]), wait >= 0 else { return nil }
        return .nanoseconds(wait)
    }

    /// Field 22 (starttime, in clock ticks since boot) of a /proc/PID/stat line. The command name in
    /// field 2 may hold spaces and parentheses, so fields are counted after its last ")".
    static func parseStartTicks(_ text: String) -> Int64? {
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count >= 20, let ticks = Int64(fields[19]), ticks >= 0 else { return nil }
        return ticks
    }
}
