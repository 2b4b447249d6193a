/// A value coded as its text, as the downloads write it (`2022-07`, `2022-07-01`): encoded as
/// its `description`, decoded by parsing that text back, and refused when it does not parse.
public protocol CodedAsText: Codable, CustomStringConvertible {
    /// The form the text must take, for the error that refuses it (`YYYY-MM`).
    static var textForm: String { get }
    init?(_ text: String)
}

extension CodedAsText {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a \(Self.textForm) value: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
