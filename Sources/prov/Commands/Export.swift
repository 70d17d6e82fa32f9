import ArgumentParser
import Foundation
import Provenance

extension ProvCommand {
    struct Export: ParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv, ndjson
            case provJSON = "prov-json"
            case claimreview, dot
        }

        static let configuration = CommandConfiguration(
            abstract: "Export the store as JSON, CSV, NDJSON, W3C PROV-JSON, schema.org ClaimReview or Graphviz DOT.",
            discussion: """
                Formats:
                  json         the whole store as one prov-export-v1 document (default)
                  csv          one row per mention; --table NAME writes one store table,
                               --out DIR writes every table as DIR/NAME.csv
                  ndjson       one JSON object per mention, one per line
                  prov-json    W3C PROV-JSON: entities, agents, attributions, derivations
                  claimreview  schema.org Claim objects in JSON-LD
                  dot          the propagation graph for Graphviz, one cluster per claim

                Tables: \(CSVTable.allCases.map(\.rawValue).joined(separator: ", ")).

                \(CSVNotice.text)

                Examples:
                  prov export --format json > all.json
                  prov export --format csv > mentions.csv
                  prov export --format csv --out tables/
                  prov export --format csv --table claims > claims.csv
                  prov export --format prov-json > provenance.json
                  prov export --format dot | dot -Tsvg > graph.svg
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "json, csv, ndjson, prov-json, claimreview or dot.")
        var format: Format = .json

        @Option(
            help: "With --format csv: write this store table to stdout.",
            completion: .list(CSVTable.allCases.map(\.rawValue)),
            transform: { name in
                guard let table = CSVTable(rawValue: name) else {
                    throw ValidationError(
                        "no table '\(name)'; tables: \(CSVTable.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return table
            })
        var table: CSVTable?

        @Option(
            help: "With --format csv: write every store table as a CSV file into this folder (created if needed).",
            completion: .directory)
        var out: String?

        func validate() throws {
            if table != nil || out != nil, format != .csv {
                throw ValidationError("--table and --out go with --format csv")
            }
            if table != nil, out != nil {
                throw ValidationError("give --table (one table to stdout) or --out (every table), not both")
            }
        }

        func run() throws {
            var out = StandardOutput()
            var diagnostics = StandardError()
            try run(writingTo: &out, diagnostics: &diagnostics)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            var diagnostics = StandardError()
            try run(writingTo: &out, diagnostics: &diagnostics)
        }

        func run(writingTo output: inout some TextOutputStream, diagnostics: inout some TextOutputStream) throws {
            let store = try self.store.openForReading()
            switch format {
            case .json: try JSONExporter().write(store, to: &output)
            case .csv:
                if let folder = out {
                    try writeTables(store, into: folder, diagnostics: &diagnostics)
                } else if let table {
                    try CSVTablesExporter().write(table, of: store, to: &output)
                } else {
                    try MentionRowsExporter(format: .csv).write(store, to: &output)
                }
            case .ndjson: try MentionRowsExporter(format: .ndjson).write(store, to: &output)
            case .provJSON: try ProvJSONExporter().write(store, to: &output)
            case .claimreview: try ClaimReviewExporter().write(store, to: &output)
            case .dot: try DotExporter().write(store, to: &output)
            }
        }

        /// Every table as `folder/<table>.csv`, with one line per file on stderr once the file is
        /// written whole; a file that cannot be written ends the export with its path and reason.
        private func writeTables(_ store: Store, into folder: String, diagnostics: inout some TextOutputStream) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for table in CSVTable.allCases {
                let path = URL(filePath: folder).appending(path: table.fileName).path
                let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard descriptor >= 0 else {
                    throw ProvenanceError.invalidArgument("cannot write \(path): \(String(cString: strerror(errno)))")
                }
                var file = StandardOutput(descriptor: descriptor, name: path)
                let rows: Int
                do {
                    rows = try CSVTablesExporter().write(table, of: store, to: &file)
                    try file.finish()
                } catch {
                    close(descriptor)
                    throw error
                }
                // close(2) can report a write the kernel deferred (NFS, a full quota).
                guard close(descriptor) == 0 else {
                    throw OutputWriteError(name: path, code: errno)
                }
                diagnostics.write("\(path): \(rows) rows\n")
            }
        }
    }
}
