/// A tabular data resource: one CSV file under `data/` and its schema.
struct DataResource: Encodable {
    var name: String
    var path: String
    var profile = "tabular-data-resource"
    var format = "csv"
    var mediatype = "text/csv"
    var encoding = "utf-8"
    var title: String
    var description: String
    var schema: TableSchema
    /// Not in the specification: which rows are sums of other rows, so that no tool counts
    /// them twice.
    var subtotalRows: SubtotalRows?

    init(name: String, path: String, title: String, description: String, schema: TableSchema, subtotalRows: SubtotalRows? = nil) {
        self.name = name
        self.path = path
        self.title = title
        self.description = description
        self.schema = schema
        self.subtotalRows = subtotalRows
    }
}

/// The rows of a resource whose `field` holds one of `values` are sums of other rows.
struct SubtotalRows: Encodable {
    var field: String
    var values: [String]
}
