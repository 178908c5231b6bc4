#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation

/// What `--plain` waits for: lines on standard input, a termination signal, or a timeout. One `poll`
/// covers them all, so the runner sleeps until something happens — it never polls on a timer.
///
/// SIGINT, SIGTERM and SIGHUP are caught by dispatch sources that write the signal number into a pipe;
/// the pipe wakes `poll` at once and cannot be missed between two waits.
final class PlainInput {
    enum Event: Equatable {
        case line(String)
        /// Standard input is closed (or was /dev/null): no more lines will come.
        case endOfInput
        case timeout
        case signal(Int32)
    }

    private var buffer: [UInt8] = []
    private(set) var inputEnded = false
    /// A log entry is a few words: a longer line is answered once (as what it starts with) and the
    /// rest of it dropped, so input stays bounded however long the line.
    static let maximumLine = 1024
    /// Dropping the rest of an overlong line until its newline.
    private var dropping = false
    private var signalPipe: [Int32] = [-1, -1]
    private var sources: [any DispatchSourceSignal] = []

    init() {
        signal(SIGPIPE, SIG_IGN)
        guard pipe(&signalPipe) == 0 else { return }
        for fd in signalPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let writeEnd = signalPipe[1]
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                var byte = UInt8(number)
                _ = write(writeEnd, &byte, 1)
            }
            source.resume()
            sources.append(source)
        }
        // A parent may have blocked these (the mask is inherited): unblock so they reach us.
        var set = sigset_t()
        sigemptyset(&set)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, number) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    deinit {
        sources.forEach { $0.cancel() }
        for fd in signalPipe where fd >= 0 { close(fd) }
    }

    /// Waits up to `timeout` (nil: without limit) for a signal, or — when `readLine` — a line of input.
    func next(timeout: Duration?, readLine: Bool) -> Event {
        if readLine, let line = takeLine() { return .line(line) }
        if readLine, inputEnded { return .endOfInput }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            var fds = [pollfd(fd: signalPipe[0], events: Int16(POLLIN), revents: 0)]
            if readLine { fds.append(pollfd(fd: 0, events: Int16(POLLIN), revents: 0)) }
            var wait: Int32 = -1
            if let deadline {
                let left = deadline - ContinuousClock.now
                if left <= .zero { return .timeout }
                // Round up: waking a little early would only loop once more.
                let (seconds, atto) = left.components
                wait = Int32(min(Int64(Int32.max), seconds * 1000 + (atto + 999_999_999_999_999) / 1_000_000_000_000_000))
            }
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                return .timeout
            }
            if ready == 0 { return .timeout }
            if fds[0].revents != 0 {
                var byte: UInt8 = 0
                if read(signalPipe[0], &byte, 1) == 1 { return .signal(Int32(byte)) }
            }
            if readLine, fds.count > 1, fds[1].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = read(0, &chunk, chunk.count)
                if count <= 0 {
                    if count < 0, errno == EINTR || errno == EAGAIN { continue }
                    inputEnded = true
                    // A last line without a newline still counts.
                    if !buffer.isEmpty {
                        let line = String(decoding: buffer, as: UTF8.self)
                        buffer = []
                        return .line(line)
                    }
                    return .endOfInput
                }
                buffer += chunk[0..<count]
                if let line = takeLine() { return .line(line) }
            }
        }
    }

    /// Puts `line` back in front of the input: the check-in peeks at the first line and leaves a log
    /// entry for the session.
    func unread(_ line: String) {
        buffer = Array((line + "\n").utf8) + buffer
    }

    private func takeLine() -> String? {
        if dropping {
            guard let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) else { buffer = []; return nil }
            buffer.removeSubrange(...newline)
            dropping = false
        }
        guard let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) else {
            guard buffer.count > Self.maximumLine else { return nil }
            let head = String(decoding: buffer.prefix(Self.maximumLine), as: UTF8.self)
            buffer = []
            dropping = true
            return head
        }
        var bytes = buffer[..<newline]
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        buffer.removeSubrange(...newline)
        return String(decoding: bytes, as: UTF8.self)
    }
}
