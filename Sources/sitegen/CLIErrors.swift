import ArgumentParser
import Foundation
import SitegenText
import SitegenTemplates
#if canImport(Glibc)
import Glibc
#endif

/// Every error the command line prints is one line: `path[:line]: cause`, never a raw
/// Foundation error dump.
enum CLIErrors {
    /// One line for any error.
    static func message(_ error: Error) -> String {
        if let error = error as? SitegenError { return error.description }
        let ns = error as NSError
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        var cause: String
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            cause = self.cause(Int32(underlying.code))
        } else if ns.domain == NSPOSIXErrorDomain {
            cause = self.cause(Int32(ns.code))
        } else if ns.domain == NSCocoaErrorDomain {
            cause = cocoaCause(ns.code)
        } else {
            cause = ns.localizedDescription
        }
        cause = cause.split(whereSeparator: \.isNewline).joined(separator: " ")
        return path.map { "\($0): \(cause)" } ?? cause
    }

    static func cocoaCause(_ code: Int) -> String {
        switch CocoaError.Code(rawValue: code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "missing"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileReadInvalidFileName, .fileWriteInvalidFileName: return "name too long or not valid"
        case .fileWriteOutOfSpace: return "no space left on the device"
        case .fileWriteFileExists: return "exists already"
        case .fileWriteVolumeReadOnly: return "read-only file system"
        default: return "file error \(code)"
        }
    }

    static func cause(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "missing"
        case EACCES, EPERM: return "permission denied"
        case ENAMETOOLONG: return "name too long"
        case ENOSPC: return "no space left on the device"
        case EISDIR: return "a folder, not a file"
        case ENOTDIR: return "a part of the path is not a folder"
        default: return String(cString: strerror(code))
        }
    }
}
