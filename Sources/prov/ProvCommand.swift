import ArgumentParser
import Provenance

/// `prov`: the root command. It only lists the subcommands.
@main
struct ProvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prov",
        abstract: "Track claims in news articles and count the independent origins behind each one.",
        discussion: """
            Examples: import articles, then ask which claims only look corroborated.

              prov import ~/stories/bridge/
              prov claims --circular
              prov claim 3
              prov report > report.md
              prov export --format prov-json > provenance.json

            The database is prov.sqlite in the working directory unless --db PATH or PROV_DB names another.
            """,
        version: "0.1.0",
        subcommands: [
            Import.self, Articles.self, Claims.self, ClaimGroup.self, Sources.self, Search.self, Export.self,
            Report.self, MentionCommand.self, SourceGroup.self, Decisions.self, BenchExtract.self,
        ]
    )

    /// Parses and runs the command as ArgumentParser does, except that an SQLite error that got
    /// past the commands' checks is told as what happened (``DatabaseFailure``), not as SQL.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as SQLiteError {
            exit(withError: DatabaseFailure(error))
        } catch {
            exit(withError: error)
        }
    }
}
