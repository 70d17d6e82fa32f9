import Foundation
import Testing

@testable import Provenance
@testable import prov

/// What a user can type wrong is refused before it reaches SQL, with a sentence that says what
/// to do; no SQLite message, constraint or statement reaches the terminal.
@Suite("Input validation")
struct InputValidationTests {
    static let missing = "999999"

    /// Corrections and lookups the library refuses: one line on stderr, nothing decided.
    static let refused: [([String], String)] = [
        (["mention", "1", "--speaker", ""], "a speaker needs a name with letters or digits, got ''"),
        (["mention", "1", "--speaker", "   "], "for the article's own voice use --own-voice"),
        (["mention", "1", "--speaker", "."], "a speaker needs a name with letters or digits, got '.'"),
        (["mention", "1", "--via", ""], "an intermediary needs a name with letters or digits, got ''"),
        (["mention", "1", "--via", "Reuters", "“”"], "for none use --no-via"),
        (["mention", missing, "--speaker", "Ann Lee"], "no mention \(missing)"),
        (["source", "merge", "", "The Harbor Ledger"], "a source needs its name, as 'prov sources' lists it"),
        (["source", "merge", "The Harbor Ledger", " "], "a source needs its name"),
        (["source", "grade", " ", "B"], "a source needs its name"),
        (["source", "grade", "Nobody Known", "B"], "no source named 'Nobody Known'"),
        (["source", "grade", "The Harbor Ledger", "Z"], "'Z' is not a reliability grade"),
        (["source", "grade", "The Harbor Ledger", ""], "'' is not a reliability grade"),
        (["claim", "1", "--text", ""], "a claim's wording cannot be empty"),
        (["claim", missing, "--text", "x"], "no claim \(missing)"),
        (["claim", "merge", "1", missing], "no claim \(missing)"),
        (["claim", "split", missing, "--mention", "1"], "no claim \(missing)"),
        (["claim", "keep-apart", "1", missing], "no claim \(missing)"),
        (["decisions", "--undo", missing], "no decision \(missing)"),
    ]

    /// Options the command line refuses before opening the store (with its usage).
    static let invalid: [([String], String)] = [
        (["claims", "--limit=0"], "--limit must be 1 or more"),
        (["claims", "--min-articles=0"], "--min-articles must be 1 or more"),
        (["claims", "--min-origins=-1"], "--min-origins must be 0 or more"),
        (["claims", "--search", " "], "--search needs a word to look for"),
        (["search", " "], "give a word to look for"),
        (["search", "bridge", "--limit=-5"], "--limit must be 1 or more"),
        (["import", "--outlet", ".", "x.txt"], "--outlet needs the outlet's name"),
        (["import", "--url", "", "x.txt"], "--url needs a URL"),
    ]

    let folder: URL
    let db: String

    init() throws {
        folder = try BinaryRun.temporaryFolder()
        db = folder.appending(path: "store.sqlite").path
        let imported = try BinaryRun.prov(["import", "--quiet", "--db", db, CommandTests.examples])
        #expect(imported.status == 0)
    }

    func expectNoSQL(_ stderr: String, _ arguments: [String]) {
        for word in ["SQLite", "CHECK", "constraint", "INSERT", "SELECT"] {
            #expect(!stderr.contains(word), "\(arguments): \(stderr)")
        }
    }

    @Test("a bad correction or an unknown id is one line saying what to do, and nothing is decided")
    func refusedCorrections() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for (arguments, message) in Self.refused {
            let run = try BinaryRun.prov(arguments + ["--db", db])
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.hasPrefix("Error: "), "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
            expectNoSQL(run.stderr, arguments)
        }
        #expect(try Store(path: db, mode: .existing).decisions(includingUndone: true).isEmpty)
    }

    @Test("out-of-range limits, blank searches and blank import overrides are refused with their usage")
    func invalidOptions() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for (arguments, message) in Self.invalid {
            let run = try BinaryRun.prov(arguments + ["--db", db])
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stderr.hasPrefix("Error: \(message)"), "\(arguments): \(run.stderr)")
            expectNoSQL(run.stderr, arguments)
        }
    }

    @Test(
        "an SQLite error past the checks reads as what happened, without its SQL",
        arguments: [
            (5, "the database is busy"), (13, "the disk is full"), (8, "the database cannot be written"),
            (275, "the database refused a change that prov should have checked first"), (1, "database error: boom"),
        ])
    func databaseFailures(_ code: Int32, _ message: String) {
        let error = SQLiteError(code: code, message: "boom", sql: "INSERT INTO source(key) VALUES (?)")
        let text = DatabaseFailure(error).description
        #expect(text.hasPrefix(message))
        #expect(!text.contains("INSERT"))
    }
}
