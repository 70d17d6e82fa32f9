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
            output.write(values.map { CSVField.escape($0 ?? "") }.joined(separator: ",") + "\n")
            rows += 1
        }
        return rows
    }
}
