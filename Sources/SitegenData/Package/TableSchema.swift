/// A Frictionless Table Schema (v1, also read by v2): the fields of one CSV file, its keys.
struct TableSchema: Encodable {
    var fields: [Field]
    var missingValues = [""]
    var primaryKey: [String]
    var foreignKeys: [ForeignKey]?

    struct Field: Encodable {
        var name: String
        var type: String
        var description: String
        var format: String?
        var constraints: Constraints?
        /// Not in the specification (tools ignore it): the unit of an amount or rate.
        var unit: String?

        init(_ name: String, _ type: String, _ description: String, unit: String? = nil,
             required: Bool = false, values: [String]? = nil) {
            self.name = name
            self.type = type
            self.description = description
            self.unit = unit
            if required || values != nil { constraints = Constraints(required: required ? true : nil, enum: values) }
        }
    }

    struct Constraints: Encodable {
        var required: Bool?
        var `enum`: [String]?
    }

    struct ForeignKey: Encodable {
        var fields: [String]
        var reference: Reference

        struct Reference: Encodable {
            var resource: String
            var fields: [String]
        }

        /// The `release` column, pointing at the `releases` resource's `id`.
        static let release = ForeignKey(fields: ["release"], reference: Reference(resource: "releases", fields: ["id"]))
    }
}
