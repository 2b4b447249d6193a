import Foundation
import ZIPFoundation
import SitegenSite

/// Writes the files a job marked for a zip (`OutputFile.pack`) into that zip, in path order,
/// each dated 1980-01-01 (the zip format's first day), so the same files give the same bytes.
enum PackedFiles {
    /// The files with those marked for a zip replaced by the zip.
    static func packing(_ files: [OutputFile]) throws -> [OutputFile] {
        guard files.contains(where: { $0.pack != nil }) else { return files }
        var packs: [String: [OutputFile]] = [:]
        var loose: [OutputFile] = []
        for file in files {
            if let pack = file.pack { packs[pack, default: []].append(file) } else { loose.append(file) }
        }
        for (pack, members) in packs.sorted(by: { $0.key < $1.key }) {
            loose.append(OutputFile(path: pack, bytes: try zip(members, folder: folder(of: pack))))
        }
        return loose
    }

    static func folder(of pack: String) -> String {
        guard let slash = pack.lastIndex(of: "/") else { return "" }
        return String(pack[...slash])
    }

    static func zip(_ files: [OutputFile], folder: String) throws -> [UInt8] {
        let entries = files.sorted(by: { $0.path < $1.path }).map { file in
            (name: file.path.hasPrefix(folder) ? String(file.path.dropFirst(folder.count)) : file.path, bytes: file.bytes)
        }
        return try zip(entries, year: 1980, month: 1)
    }

    /// A zip of these entries in this order, each dated the first of the month given,
    /// deflated: the same entries give the same bytes (a release's bag is made so too).
    static func zip(_ entries: [(name: String, bytes: [UInt8])], year: Int, month: Int) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        // DOS times are local: a date made from local components is written as those components.
        let stamp = Calendar.current.date(from: DateComponents(year: year, month: month, day: 1)) ?? Date(timeIntervalSince1970: 315_532_800)
        for entry in entries {
            let data = Data(entry.bytes)
            try archive.addEntry(with: entry.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }
}
