import Foundation
import Testing

@testable import Provenance

@Suite("Claim spread")
struct ClaimSpreadTests {
    @Test("days in order, undated last, every article once; each origin on the day it first appeared")
    func daysAndOrigins() throws {
        let store = try Store(path: ":memory:")
        _ = try ImportJob(store: store).run(paths: [Fixtures.examples.path])
        let largest = try #require(try store.claims().max { $0.articleCount < $1.articleCount })
        let detail = try store.claimDetail(largest.id)
        let spread = ClaimSpread(detail)
        #expect(spread.days.count >= 2)
        let dated = spread.days.compactMap(\.date)
        #expect(dated == dated.sorted())
        #expect(spread.days.dropFirst(dated.count).allSatisfy { $0.date == nil })
        #expect(spread.days.map(\.articles.count).reduce(0, +) == detail.articles.count)
        for origin in detail.origins {
            let day = spread.days.first { $0.newOrigins.contains(origin.name) }
            #expect(day?.date == origin.firstPublished.map { String($0.prefix(10)) })
        }
    }
}
