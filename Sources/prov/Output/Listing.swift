import Foundation
import Provenance

/// One cell of a listing.
enum Cell {
    case text(String?)
    case int(Int64?)
    case bool(Bool)
    case list([String])

    static func int(_ value: Int) -> Cell { .int(Int64(value)) }

    var plain: String {
        switch self {
        case .text(let value): value ?? ""
        case .int(let value): value.map(String.init) ?? ""
        case .bool(let value): value ? "yes" : "no"
        case .list(let values): values.joined(separator: " > ")
        }
    }

    /// The CSV cell: text is neutralised against formula injection, numbers and booleans are not.
    var csv: String {
        switch self {
        case .text, .list: CSVField.text(plain)
        case .int, .bool: CSVField.escape(plain)
        }
    }

    var json: String {
        switch self {
        case .text(let value): JSONText.optional(value)
        case .int(let value): value.map(String.init) ?? "null"
        case .bool(let value): value ? "true" : "false"
        case .list(let values): JSONText.array(values)
        }
    }
}

/// Rows under named columns, written as a table, JSON, CSV or NDJSON.
struct Listing {
    var columns: [String]
    var rows: [[Cell]]

    func write(_ format: ListFormat, to output: inout some TextOutputStream) {
        switch format {
        case .table: writeTable(to: &output)
        case .csv: writeCSV(to: &output)
        case .json:
            output.write("[")
            for (index, row) in rows.enumerated() {
                output.write(index == 0 ? "\n" : ",\n")
                output.write(object(row))
            }
            output.write(rows.isEmpty ? "]\n" : "\n]\n")
        case .ndjson:
            for row in rows { output.write(object(row) + "\n") }
        }
    }

    private func object(_ row: [Cell]) -> String {
        "{" + zip(columns, row).map { JSONText.string($0) + ":" + $1.json }.joined(separator: ",") + "}"
    }

    private func writeCSV(to output: inout some TextOutputStream) {
        output.write(columns.map(CSVField.escape).joined(separator: ",") + "\n")
        for row in rows {
            output.write(row.map(\.csv).joined(separator: ",") + "\n")
        }
    }

    /// Aligned columns; the last column is cut to keep lines within 120 characters.
    private func writeTable(to output: inout some TextOutputStream) {
        let texts = rows.map { $0.map { $0.plain.replacing("\n", with: " ") } }
        var widths = columns.map(\.count)
        for row in texts {
            for (index, value) in row.enumerated() { widths[index] = min(max(widths[index], value.count), 40) }
        }
        // The last column takes what is left of 140 characters, and at least 30.
        let used = widths.dropLast().reduce(0) { $0 + $1 + 2 }
        if let last = widths.indices.last {
            let longest = texts.map { $0[last].count }.max() ?? 0
            widths[last] = max(columns[last].count, min(longest, max(30, 140 - used)))
        }
        func line(_ values: [String]) -> String {
            zip(values, widths).map { value, width in
                let cut = value.count > width ? String(value.prefix(max(width - 1, 0))) + "…" : value
                return cut + String(repeating: " ", count: width - cut.count)
            }.joined(separator: "  ").trimmingSuffix(" ")
        }
        output.write(line(columns) + "\n")
        output.write(line(widths.map { String(repeating: "-", count: $0) }) + "\n")
        for row in texts { output.write(line(row) + "\n") }
    }
}

extension String {
    /// The string without trailing copies of `character`.
    func trimmingSuffix(_ character: Character) -> String {
        var result = self
        while result.last == character { result.removeLast() }
        return result
    }
}
