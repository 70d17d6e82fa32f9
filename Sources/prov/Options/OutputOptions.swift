import ArgumentParser
import Foundation

/// How a listing is written.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, ndjson
}

/// `--format` for every listing: a table for a terminal, CSV for a pipe.
struct OutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Output format: table, json, csv or ndjson. Default: table on a terminal, csv in a pipe.",
            discussion: CSVNotice.text))
    var format: ListFormat?

    var resolved: ListFormat {
        format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .csv)
    }
}

/// What every command that writes CSV says in its help about cells a spreadsheet would run.
enum CSVNotice {
    static let text =
        "In CSV, a text cell that starts with =, +, -, @, a tab or a carriage return gets a leading ' "
        + "(and quotes), so that a spreadsheet shows it instead of running it as a formula; numbers are left as they are."
}
