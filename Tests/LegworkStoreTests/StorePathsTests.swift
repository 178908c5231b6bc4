import LegworkStore
import Testing

@Suite("Store: paths")
struct StorePathsTests {
    private func resolve(_ dataDir: String?, _ env: [String: String], cwd: String = "/work/here") throws -> String {
        try StorePaths.resolve(dataDir: dataDir, environment: env, currentDirectory: cwd).database.path
    }

    @Test func xdgDataHomeWhenAbsolute() throws {
        #expect(try resolve(nil, ["XDG_DATA_HOME": "/data/xdg", "HOME": "/home/ann"]) == "/data/xdg/legwork/legwork.sqlite")
    }

    @Test(arguments: [nil, "", "relative/share", "./x"] as [String?])
    func homeWhenXDGUnsetEmptyOrRelative(xdg: String?) throws {
        var env = ["HOME": "/home/ann"]
        env["XDG_DATA_HOME"] = xdg
        #expect(try resolve(nil, env) == "/home/ann/.local/share/legwork/legwork.sqlite")
    }

    @Test func dataDirWinsOverTheEnvironment() throws {
        let env = ["XDG_DATA_HOME": "/data/xdg", "HOME": "/home/ann"]
        #expect(try resolve("/srv/legwork", env) == "/srv/legwork/legwork.sqlite")
        #expect(try resolve("/srv/legwork/", env) == "/srv/legwork/legwork.sqlite")
    }

    @Test func relativeDataDirIsTakenFromTheWorkingDirectory() throws {
        #expect(try resolve("data", [:], cwd: "/work/here") == "/work/here/data/legwork.sqlite")
        #expect(try resolve("../other/./data", [:], cwd: "/work/here") == "/work/other/data/legwork.sqlite")
    }

    @Test func tildeDataDirMeansHome() throws {
        #expect(try resolve("~/legwork", ["HOME": "/home/ann"]) == "/home/ann/legwork/legwork.sqlite")
    }

    @Test func directoryIsTheDatabaseFolder() throws {
        let paths = try StorePaths.resolve(dataDir: "/srv/lw", environment: [:], currentDirectory: "/")
        #expect(paths.directory.path == "/srv/lw")
        #expect(paths.database.lastPathComponent == StorePaths.fileName)
    }

    @Test(arguments: [[:], ["HOME": ""], ["HOME": "relative"], ["XDG_DATA_HOME": "rel", "HOME": ""]])
    func noHomeIsAnError(env: [String: String]) {
        #expect(throws: StoreError.noHomeDirectory) { try resolve(nil, env) }
    }

    @Test func emptyDataDirIsAnError() {
        #expect(throws: StoreError.emptyDataDir) { try resolve("", ["HOME": "/home/ann"]) }
        #expect(StoreError.emptyDataDir.description.contains("--data-dir needs a folder path"))
    }
}
