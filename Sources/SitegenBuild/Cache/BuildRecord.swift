import Foundation
import SitegenText

/// The build cache's record of jobs and files (`jobs.tsv`, and `spare.tsv` for the spare
/// tree): a header with the sitegen that wrote it, then one line a file: job key, path,
/// SHA-256, bytes, inode, size, modification time in nanoseconds.
extension BuildCache {
    struct Record {
        var identity: String
        var byKey: [String: [CarryOver.File]] = [:]
        var byPath: [PathKey: CarryOver.File] = [:]
    }

    /// Reads a record of jobs and files (`jobs.tsv`), over bytes: a 600-release site's record
    /// has 78,000 lines. Nil when the file is missing or not well-formed.
    static func readRecord(_ url: URL) -> Record? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return data.withUnsafeBytes { raw -> Record? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = bytes.split(separator: 10, omittingEmptySubsequences: true)[...]
            guard let first = lines.popFirst() else { return nil }
            let header = String(decoding: first, as: UTF8.self)
            guard header.hasPrefix(Self.header) else { return nil }
            var record = Record(identity: String(header.dropFirst(Self.header.count)))
            record.byPath.reserveCapacity(lines.count)
            // Lines of one job come together: its key is read once.
            var lastKey: Slice<UnsafeBufferPointer<UInt8>>? = nil
            var key = ""
            for line in lines {
                let fields = line.split(separator: 9, maxSplits: 6, omittingEmptySubsequences: false)
                guard fields.count == 7, let bytes = decimal(fields[3]).flatMap(Int.init(exactly:)),
                      let inode = decimal(fields[4]), let size = decimal(fields[5]).flatMap(Int64.init(exactly:)),
                      let modified = decimal(fields[6]).flatMap(Int64.init(exactly:)) else { return nil }
                if lastKey.map({ !UnsafeBufferPointer(rebasing: $0).hasSameBytes(as: UnsafeBufferPointer(rebasing: fields[0])) }) ?? true {
                    key = String(decoding: fields[0], as: UTF8.self)
                    lastKey = fields[0]
                }
                let file = CarryOver.File(
                    digest: FileDigest(path: String(decoding: fields[1], as: UTF8.self),
                                       sha256: String(decoding: fields[2], as: UTF8.self), bytes: bytes),
                    identity: FileIdentity(inode: inode, size: size, modified: modified))
                if key != Self.unkeyed { record.byKey[key, default: []].append(file) }
                record.byPath[PathKey(file.digest.path)] = file
            }
            return record
        }
    }

    /// A non-negative decimal number that fits in 64 bits.
    private static func decimal(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            guard digit >= 48, digit <= 57 else { return nil }
            let (times, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, carried) = times.addingReportingOverflow(UInt64(digit - 48))
            guard !overflowed, !carried else { return nil }
            value = sum
        }
        return value
    }
}
