import Foundation

/// Where a command's scratch files go: `TMPDIR` when it is set; else memory-backed `/dev/shm`
/// where there is one and it is writable; else the system's temporary folder. Writing many
/// small files that are deleted soon after costs far less in memory than on ext4 (each caller
/// says what it measured).
package enum ScratchFolder {
    package static var root: URL {
        let shared = "/dev/shm"
        var isFolder: ObjCBool = false
        if ProcessInfo.processInfo.environment["TMPDIR"] == nil,
           FileManager.default.fileExists(atPath: shared, isDirectory: &isFolder), isFolder.boolValue,
           FileManager.default.isWritableFile(atPath: shared) {
            return URL(fileURLWithPath: shared)
        }
        return FileManager.default.temporaryDirectory
    }
}
