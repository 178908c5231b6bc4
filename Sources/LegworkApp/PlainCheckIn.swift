#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LegworkKit

/// The check-in with `--plain`: one line says the questions (last time's pain as a hint) and how to
/// answer them. At a terminal it waits for a line (Enter goes on with nothing more answered). From a pipe
/// or a file it looks at the first line already there: a check-in line (`knee=5 morning=worse`) is taken,
/// anything else is left for the session's log, so scripts that feed log entries keep working. A pipe
/// that says nothing yet (a script that answers the log prompts as they come) is not waited for. A
/// question not answered stays unanswered: nothing from an earlier day is recorded as today's. Each word
/// of the line is taken or refused on its own, and a refused word is named with its reason.
enum PlainCheckIn {
    /// How long a pipe or file gets to hand over its first line [conv].
    static let pipeGrace: Duration = .milliseconds(250)

    static func ask(_ questions: CheckInQuestions, input: PlainInput, write: (String) -> Void) throws -> CheckIn {
        var questions = questions
        write("Check-in: \(CheckInLine.describe(questions)). To answer, type \(CheckInLine.help).")
        let interactive = isatty(0) == 1
        while true {
            switch input.next(timeout: interactive ? nil : pipeGrace, readLine: true) {
            case .endOfInput, .timeout:
                return questions.answers
            case let .signal(number):
                throw ExitStatus(128 + number)
            case let .line(text):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty, interactive { return questions.answers }
                guard CheckInLine.looksLikeCheckIn(trimmed) else {
                    if interactive {
                        write("Not understood: a check-in line holds words such as knee=3 or morning=same. Type it again, or Enter.")
                        continue
                    }
                    input.unread(text)
                    return questions.answers
                }
                // Each word is taken or refused on its own: a warning sign is never dropped for a typo beside it.
                let reading = CheckInLine.read(trimmed, questions: questions)
                reading.remarks.forEach(write)
                write("Check-in: \(CheckInLine.describe(reading.answers)).")
                guard interactive, !reading.refused.isEmpty else { return reading.answers }
                questions.answers = reading.answers
                write("Type the words not taken again, or Enter to go on.")
            }
        }
    }
}
