import Foundation
import Testing

@testable import Provenance

/// A count that grows over time ("11 troops…", then "34 troops…") is a series of claims, one per
/// value: kept apart by matching, linked so a user sees the count evolve.
@Suite("Figure series")
struct SeriesTests {
    @Test("the same wording with other figures is a series step; other words or a shared figure are not")
    func neighbours() {
        var index = ClaimIndex()
        index.insert(
            claim: 1, signature: ClaimSignature(text: "11 US troops were treated for brain injuries after the strike."))
        index.insert(
            claim: 2, signature: ClaimSignature(text: "The city council approved 11 new bus routes for the harbor."))
        #expect(
            index.seriesNeighbour(
                for: ClaimSignature(text: "34 US troops were treated for brain injuries after the strike.")) == 1)
        #expect(
            index.seriesNeighbour(for: ClaimSignature(text: "34 new bus routes were approved by the city council."))
                == 2)
        #expect(
            index.seriesNeighbour(for: ClaimSignature(text: "The ferry carried 34 passengers across the bay.")) == nil)
        #expect(index.seriesNeighbour(for: ClaimSignature(text: "US troops were treated for brain injuries.")) == nil)
    }

    @Test("imported reports of a growing count form one series, earliest first")
    func importedSeries() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = [
            ("2025-03-01", "Eleven"), ("2025-03-09", "34"), ("2025-03-04", "20"),
        ]
        for (number, (date, count)) in reports.enumerated() {
            try """
            ---
            title: Flood update \(number)
            outlet: Valley Courier
            date: \(date)
            ---
            \(count) homes were flooded in the river valley, the county emergency office said.
            """.write(to: folder.appending(path: "update-\(number).md"), atomically: true, encoding: .utf8)
        }
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [folder.path])
        let claims = try store.claims()
        #expect(claims.count == 3)
        let series = try store.series(of: try #require(claims.first).id)
        #expect(series.map(\.figures) == [["11"], ["20"], ["34"]])
        #expect(series.map(\.firstSeen) == ["2025-03-01", "2025-03-04", "2025-03-09"])
        #expect(try store.series(of: series[2].claimID).map(\.claimID) == series.map(\.claimID))
    }
}
