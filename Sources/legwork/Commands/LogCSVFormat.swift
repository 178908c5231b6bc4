import ArgumentParser
import LegworkKit

/// `history --csv --format APP`: the other apps whose CSV Legwork writes.
enum LogCSVFormat: String, CaseIterable, ExpressibleByArgument {
    case strong, hevy

    var app: LiftingLogFormat { self == .strong ? .strong : .hevy }
}
