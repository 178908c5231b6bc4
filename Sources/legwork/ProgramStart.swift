#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Moment zero of every clock: when this process began, so start-up never delays a countdown's end.
///
/// The loader and the runtime take a few milliseconds before `main` runs. A timer command is expected
/// to end its duration after the command was started, not after `main`, so the origin is moved back by
/// the time the kernel has accounted to the process since it was created: its CPU time plus the time it
/// waited for a CPU (`/proc/self/schedstat`). Both are parts of its life, so the sum never exceeds its
/// true age; time spent blocked (a cold disk) is left out, which only makes the origin later, as if
/// start-up had been counted from `main`. More than `plausibleStartUp` means the process image ran
/// something else before `exec` (`swift run` builds first): that time is not ours, and `main` is used.
enum ProgramStart {
    nonisolated(unsafe) static var instant = ContinuousClock.now

    static let plausibleStartUp: Duration = .milliseconds(50)

    /// Sets `instant`; called first thing in `main`.
    static func mark() {
        let now = ContinuousClock.now
        let age = accountedAge() ?? .zero
        instant = age > .zero && age <= plausibleStartUp ? now - age : now
    }

    /// CPU time plus run-queue wait since the process was created, or nil when the kernel does not say.
    static func accountedAge() -> Duration? {
        var cpu = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) == 0 else { return nil }
        let onCPU = Duration.seconds(Int64(cpu.tv_sec)) + .nanoseconds(Int64(cpu.tv_nsec))
        return onCPU + (runQueueWait() ?? .zero)
    }

    /// The second field of /proc/self/schedstat: nanoseconds spent runnable but waiting for a CPU.
    private static func runQueueWait() -> Duration? {
        let fd = open("/proc/self/schedstat", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return nil }
        return parseRunQueueWait(String(decoding: buffer[..<count], as: UTF8.self))
    }

    /// "CPU_NS WAIT_NS SLICES" -> WAIT_NS.
    static func parseRunQueueWait(_ text: String) -> Duration? {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 2, let wait = Int64(fields[1]), wait >= 0 else { return nil }
        return .nanoseconds(wait)
    }
}
