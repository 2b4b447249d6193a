import Foundation
#if canImport(Glibc)
import Glibc
import SitegenText
#endif

/// Turns the bytes of `report.txt` into text: UTF-8 as it should be, or Korean legacy
/// encodings (CP949, a superset of EUC-KR) converted; anything else is refused.
public enum ReportTextDecoder {
    public struct Decoded: Equatable {
        public var text: String
        public var encoding: String
    }

    public static func decode(_ bytes: [UInt8], file: String) throws -> Decoded {
        guard !bytes.isEmpty, bytes.contains(where: { !isSpaceByte($0) }) else {
            throw SitegenError(file: file, line: 1, "the report is empty")
        }
        if let nul = firstNUL(bytes) {
            throw SitegenError(file: file, line: lineNumber(at: nul, in: bytes),
                               "the file holds binary data (a NUL byte), not report text")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, encoding: "UTF-8")
        }
        if let text = convert(Array(body), from: "CP949"), !text.has("\u{FFFD}") {
            return Decoded(text: text, encoding: "CP949")
        }
        let bad = firstInvalidUTF8(body)
        throw SitegenError(file: file, line: lineNumber(at: bad, in: bytes),
                           "the text is neither UTF-8 nor CP949/EUC-KR; convert it to UTF-8 (e.g. iconv -f <encoding> -t UTF-8)")
    }

    /// Where the first NUL byte is, by `memchr` (a report is megabytes).
    private static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// Converts with the C library's iconv.
    static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
        let handle = iconv_open("UTF-8", encoding)
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(decoding: output[..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
