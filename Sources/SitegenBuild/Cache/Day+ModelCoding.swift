import SitegenText
import SitegenContent

/// An as-of day in `ModelCoding`'s binary form: its three numbers (see `Release+ModelCoding`).
extension Day: ModelCoding {
    static let codedFields = 3

    package func write(to writer: inout ModelWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }

    package init(from reader: inout ModelReader) throws {
        guard let day = Day(year: try reader.int(), month: try reader.int(), day: try reader.int()) else { throw ModelReader.Malformed() }
        self = day
    }
}
