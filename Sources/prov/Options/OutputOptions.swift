import ArgumentParser
import Foundation

/// How a listing is written.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, ndjson
}

/// `--format` for every listing: a table for a terminal, CSV for a pipe.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, json, csv or ndjson. Default: table on a terminal, csv in a pipe.")
    var format: ListFormat?

    var resolved: ListFormat {
        format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .csv)
    }
}
