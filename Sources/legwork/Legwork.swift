import ArgumentParser
import LegworkKit
import LegworkAssets

@main
struct Legwork: ParsableCommand {
    func run() throws { print(BundledAssets.paths(under: "")) }
}
