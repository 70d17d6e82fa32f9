/// Writes store tables as CSV (RFC 4180), one table per output, with a header row and
/// every row streamed from SQLite: a spreadsheet or `pandas` reads them without prov.
///
/// ```swift
/// var output = ""
/// let rows = try CSVTablesExporter().write(.claims, of: store, to: &output)
/// ```
public struct CSVTablesExporter: Sendable {
    public init() {}

    /// Writes `table` with its header; returns how many rows were written (header not counted).
    @discardableResult
    public func write(_ table: CSVTable, of store: Store, to output: inout some TextOutputStream) throws -> Int {
        output.write(table.columns.joined(separator: ",") + "\n")
        var rows = 0
        try store.forEachRow(of: table) { values in
            try output.stopIfWriteFailed()
            output.write(values.map(Self.cell).joined(separator: ",") + "\n")
            rows += 1
        }
        return rows
    }

    /// A value as its cell: numbers as they are (a negative one stays a number), text neutralised
    /// against formula injection (``CSVField/text(_:)``).
    static func cell(_ value: SQLValue) -> String {
        switch value {
        case .null: ""
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): CSVField.text(text)
        case .blob: ""  // no exported column holds one
        }
    }
}
