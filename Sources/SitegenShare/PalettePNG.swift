import CLibz
import SitegenText

/// An opaque picture written as an 8-bit palette PNG (colour type 3, `ColorPalette`), its rows
/// unfiltered (the filter a palette image is best with) and deflated by zlib at its default
/// level, 6. Nothing but the picture goes in: no time, no text chunk, no gamma, so the same
/// pixels are the same bytes on every build.
///
/// On the default site's 114 cards and 108 charts at 2×, a card was 63 KB on average as cairo
/// writes it (32-bit RGB) and is 26.5 KB so, a chart 71 KB and 29 KB (README, "Sharing"). Level 9
/// makes a card's rows 7–8 % smaller (29.6 KB of deflated rows against 32.0 KB) in ten times
/// the time (50 ms against 5 ms): its 4,096-long hash chains, walked at every pixel of text
/// edges in a picture that is mostly one index. That was most of a `--cards` build's time.
public enum PalettePNG {
    /// Changes whenever the bytes written for the same pixels change: part of the PNG cache's key.
    public static let version = "palette-png 2 (zlib level 6)"

    public static func encode(_ image: RGBImage) throws -> [UInt8] {
        let palette = ColorPalette(image)
        // Each row: the filter type (0, none), then a byte a pixel.
        var rows = [UInt8]()
        rows.reserveCapacity((image.width + 1) * image.height)
        for row in 0..<image.height {
            rows.append(0)
            rows.append(contentsOf: palette.indices[row * image.width..<(row + 1) * image.width])
        }
        var header = [UInt8]()
        header.append(bigEndian: UInt32(image.width))
        header.append(bigEndian: UInt32(image.height))
        header += [8, 3, 0, 0, 0]  // 8 bits, palette, deflate, adaptive filters, not interlaced
        var colors = [UInt8]()
        for color in palette.colors { colors += [UInt8(color >> 16 & 0xFF), UInt8(color >> 8 & 0xFF), UInt8(color & 0xFF)] }
        var png = PNGHeader.signature
        append(chunk: "IHDR", header, to: &png)
        append(chunk: "PLTE", colors, to: &png)
        append(chunk: "IDAT", try deflate(rows), to: &png)
        append(chunk: "IEND", [], to: &png)
        return png
    }

    /// A zlib stream of `bytes` at zlib's default level.
    static func deflate(_ bytes: [UInt8]) throws -> [UInt8] {
        var size = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &size, input.baseAddress, uLong(input.count), 6)
            }
        }
        guard status == Z_OK else { throw SitegenError(file: "zlib", "compress2 failed (\(status))") }
        out.removeSubrange(Int(size)...)
        return out
    }

    /// Length, type, data, and the CRC-32 of type and data.
    static func append(chunk type: String, _ data: [UInt8], to png: inout [UInt8]) {
        let typed = Array(type.utf8) + data
        png.append(bigEndian: UInt32(data.count))
        png += typed
        let crc = typed.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        png.append(bigEndian: UInt32(crc))
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func append(bigEndian value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}
