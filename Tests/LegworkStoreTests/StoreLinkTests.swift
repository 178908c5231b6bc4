import Foundation
import Testing
@testable import LegworkStore

/// Files in the data folder are opened as the files they must be (issue 23): a link placed where the
/// database or its -wal or -shm file lives is refused, and the file it names is left as it was.
@Suite struct StoreLinkTests {
    @Test(arguments: ["", "-wal", "-shm"])
    func aLinkInPlaceOfTheStoreIsRefused(suffix: String) throws {
        try withTemporaryDirectory { dir in
            let victim = dir.appending(path: "victim.txt")
            try Data("someone else's file\n".utf8).write(to: victim)
            if !suffix.isEmpty { _ = try Store.open(at: dir.appending(path: StorePaths.fileName)).close() }
            let link = dir.appending(path: StorePaths.fileName + suffix).path
            try? FileManager.default.removeItem(atPath: link)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim.path)
            #expect(throws: StoreError.notARegularFile(path: link, kind: "a symbolic link")) {
                try Store.open(at: dir.appending(path: StorePaths.fileName))
            }
            #expect(try String(contentsOf: victim, encoding: .utf8) == "someone else's file\n")
        }
    }

    @Test func aFileIsOpenedOnlyWhenItIsARegularOne() throws {
        try withTemporaryDirectory { dir in
            let victim = dir.appending(path: "victim.txt").path
            _ = FileManager.default.createFile(atPath: victim, contents: Data("kept\n".utf8))
            let link = dir.appending(path: "legwork.session.lock").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
            #expect(throws: StoreError.notARegularFile(path: link, kind: "a symbolic link")) {
                try DataFolderFile.open(link, flags: O_RDWR | O_CREAT)
            }
            #expect(throws: StoreError.notARegularFile(path: dir.path, kind: "a folder")) {
                try DataFolderFile.open(dir.path, flags: O_RDONLY)
            }
            #expect(FileManager.default.contents(atPath: victim) == Data("kept\n".utf8))
            let fd = try DataFolderFile.open(dir.appending(path: "new.lock").path, flags: O_RDWR | O_CREAT)
            #expect(fd >= 0)
            close(fd)
        }
    }
}
