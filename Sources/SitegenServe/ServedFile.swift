import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import SitegenTemplates
#endif

/// A regular file inside the served folder that a request path names: its initialiser follows
/// symbolic links and refuses any that leads outside the folder, and answers a folder with its
/// `index.html`.
public struct ServedFile: Equatable, Sendable {
    /// The file's real path (symbolic links resolved), always under the served folder's real path.
    public let path: String

    public enum Refusal: Error, Equatable, Sendable {
        /// Nothing there, or something that may not be served: 404.
        case notFound
        /// A folder named without its final `/`: redirect, so that relative links work.
        case folderNeedsSlash
    }

    public init(_ request: RequestPath, in root: URL) throws(Refusal) {
        guard let realRoot = Self.realPath(root.path) else { throw .notFound }
        let joined = request.segments.isEmpty ? realRoot : realRoot + "/" + request.relative
        guard let real = Self.realPath(joined), Self.isInside(real, realRoot) else { throw .notFound }
        var info = stat()
        guard stat(real, &info) == 0 else { throw .notFound }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard request.namesFolder else { throw .folderNeedsSlash }
            guard let index = Self.realPath(real + "/index.html"), Self.isInside(index, realRoot),
                  Self.isRegularFile(index) else { throw .notFound }
            path = index
        case S_IFREG:
            guard !request.namesFolder else { throw .notFound }
            path = real
        default:
            throw .notFound
        }
    }

    /// The file `name` at the top of the served folder (`404.html`), when it is a file inside it.
    public static func topLevel(_ name: String, in root: URL) -> ServedFile? {
        guard let request = try? RequestPath(percentEncoded: "/" + name) else { return nil }
        return try? ServedFile(request, in: root)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
