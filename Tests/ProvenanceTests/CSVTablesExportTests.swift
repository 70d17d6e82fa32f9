import Foundation
import Testing

@testable import Provenance

@Suite("CSV tables export")
struct CSVTablesExportTests {
    /// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.unicodeScalars.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(character)
            }
        }
        return records
    }

    @Test(
        "each table: its header, one record per row, every record as wide as the header", arguments: CSVTable.allCases)
    func table(_ table: CSVTable) throws {
        let store = try ExportFixture.store()
        var output = ""
        let rows = try CSVTablesExporter().write(table, of: store, to: &output)
        let records = Self.records(output)
        #expect(records.first == table.columns)
        #expect(records.count == rows + 1)
        #expect(records.allSatisfy { $0.count == table.columns.count })
        let counts = try store.counts()
        switch table {
        case .mentions: #expect(rows == counts.mentions)
        case .claims: #expect(rows == counts.claims)
        case .sources: #expect(rows == counts.sources)
        case .articles: #expect(rows == counts.articles)
        default: break
        }
    }

    @Test("mention text with quotes, commas and line breaks reads back exactly")
    func mentionTextRoundTrips() throws {
        let store = try ExportFixture.store()
        var output = ""
        try CSVTablesExporter().write(.mentions, of: store, to: &output)
        let records = Self.records(output).dropFirst()
        let exact = try #require(CSVTable.mentions.columns.firstIndex(of: "exact"))
        let prefix = try #require(CSVTable.mentions.columns.firstIndex(of: "prefix"))
        var compared = 0
        try store.forEachClaimDetailStreaming { detail in
            for mention in detail.mentions {
                let record = try #require(records.first { $0[0] == String(mention.id) })
                #expect(record[exact] == mention.exact)
                #expect(record[prefix] == mention.prefix)
                compared += 1
            }
        }
        #expect(compared > 100)
        #expect(records.contains { $0[prefix].contains("\n") }, "some field holds a line break")
    }
}
