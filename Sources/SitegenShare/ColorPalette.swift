/// At most 256 colours for a picture, and each pixel's colour among them: what an 8-bit palette
/// PNG holds. Chosen the same way every time (no randomness, no order of a hash table), so the
/// same pixels give the same bytes.
///
/// A card or a chart is a handful of flat colours (white, the text's two greys, the bars' blue
/// and orange, the purple of the elapsed-time line) and the anti-aliasing levels between them:
/// about 500–600 colours in all. A picture with 256 colours or fewer keeps every one (no loss);
/// otherwise the 256 most used are kept (popularity, ties to the smaller value) and every other
/// colour is drawn with the nearest kept one (by the squared distance in RGB, ties to the
/// smaller value): the flat areas are exact and only rare edge shades move to a neighbour.
struct ColorPalette: Equatable {
    /// `0xRRGGBB`, ascending.
    var colors: [UInt32]
    /// For each pixel, its colour's place in `colors`.
    var indices: [UInt8]

    static let maxColors = 256

    init(_ image: RGBImage) {
        // Colours are counted a run at a time: most of a card is long runs of one colour.
        var counts: [UInt32: Int] = [:]
        image.pixels.withUnsafeBufferPointer { pixels in
            var start = 0
            while start < pixels.count {
                var end = start + 1
                while end < pixels.count, pixels[end] == pixels[start] { end += 1 }
                counts[pixels[start], default: 0] += end - start
                start = end
            }
        }
        let kept: [UInt32]
        if counts.count <= Self.maxColors {
            kept = counts.keys.sorted()
        } else {
            kept = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(Self.maxColors).map(\.key).sorted()
        }
        var place: [UInt32: UInt8] = [:]
        place.reserveCapacity(counts.count)
        for color in counts.keys { place[color] = UInt8(Self.nearest(color, in: kept)) }
        colors = kept
        var indices = [UInt8](repeating: 0, count: image.pixels.count)
        image.pixels.withUnsafeBufferPointer { pixels in
            indices.withUnsafeMutableBufferPointer { out in
                var last = UInt32.max, lastPlace: UInt8 = 0
                for position in 0..<pixels.count {
                    let color = pixels[position]
                    if color != last { last = color; lastPlace = place[color]! }
                    out[position] = lastPlace
                }
            }
        }
        self.indices = indices
    }

    /// The place of the colour nearest `color` in `colors` (the first of equals).
    static func nearest(_ color: UInt32, in colors: [UInt32]) -> Int {
        var best = 0, bestDistance = Int.max
        for (position, candidate) in colors.enumerated() {
            let distance = Self.distance(color, candidate)
            if distance < bestDistance {
                (best, bestDistance) = (position, distance)
                if distance == 0 { break }
            }
        }
        return best
    }

    static func distance(_ a: UInt32, _ b: UInt32) -> Int {
        var sum = 0
        for shift in [16, 8, 0] as [UInt32] {
            let difference = Int((a >> shift) & 0xFF) - Int((b >> shift) & 0xFF)
            sum += difference * difference
        }
        return sum
    }
}
