import Foundation
import ZIPFoundation
import SitegenText

/// The zip container of an HWPX document, read with ZIPFoundation: its `Contents/section*.xml`
/// parts in order. Refuses what is not HWPX, entries that would leave the folder (`../`) and
/// zip bombs (more than `byteLimit` uncompressed, counted as the bytes come, not as the
/// headers claim).
public enum HWPXArchive {
    public static let byteLimit = 256 * 1024 * 1024
    public static let entryLimit = 10_000

    /// The section parts' bytes, `section0.xml` first.
    public static func sections(of bytes: [UInt8], file: String) throws -> [Data] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw SitegenError(file: file, "not a readable zip file, so not an HWPX document")
        }
        var entries: [Entry] = []
        for entry in archive {
            entries.append(entry)
            guard entries.count <= entryLimit else { throw SitegenError(file: file, "more than \(entryLimit) entries in the HWPX zip; refused") }
            let parts = entry.path.split(separator: "/", omittingEmptySubsequences: false)
            if entry.path.hasPrefix("/") || entry.path.contains("\\") || parts.contains("..") {
                throw SitegenError(file: file, "the HWPX zip has an entry that leaves its folder ('\(entry.path)'); refused")
            }
        }
        guard let mimetype = entries.first(where: { $0.path == "mimetype" }),
              String(decoding: try read(mimetype, from: archive, budget: 1024, file: file), as: UTF8.self)
                .hasPrefix("application/hwp+zip") else {
            throw SitegenError(file: file, "a zip file, but not an HWPX document (no 'mimetype' of application/hwp+zip)")
        }
        let sections = entries.filter { $0.path.hasPrefix("Contents/section") && $0.path.hasSuffix(".xml") }
            .sorted { sectionNumber($0.path) < sectionNumber($1.path) }
        guard !sections.isEmpty else { throw SitegenError(file: file, "the HWPX document has no Contents/section*.xml") }
        var budget = byteLimit
        return try sections.map { entry in
            let data = try read(entry, from: archive, budget: budget, file: file)
            budget -= data.count
            return data
        }
    }

    static func read(_ entry: Entry, from archive: Archive, budget: Int, file: String) throws -> Data {
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > budget { throw BombError() }
            }
        } catch is BombError {
            throw SitegenError(file: file, "the HWPX zip unpacks to more than \(byteLimit / 1024 / 1024) MB; refused as a likely zip bomb")
        } catch {
            throw SitegenError(file: file, "the HWPX zip's entry '\(entry.path)' cannot be read (\(error))")
        }
        return data
    }

    static func sectionNumber(_ path: String) -> Int {
        Int(path.dropFirst("Contents/section".count).dropLast(".xml".count)) ?? Int.max
    }

    struct BombError: Error {}
}
