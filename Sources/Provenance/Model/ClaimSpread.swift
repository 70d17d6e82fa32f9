/// How a claim spread over time: per publication day, the articles that carried it and the
/// origins that first appeared that day. Twenty articles over two days that all trace to the
/// first day's one origin read at a glance as one story copied, not twenty confirmations.
public struct ClaimSpread: Sendable, Hashable {
    public struct Day: Sendable, Hashable {
        /// `YYYY-MM-DD`, or nil for articles with no publication date (listed last).
        public var date: String?
        /// Outlet (or file name) of each article published that day, in article order.
        public var articles: [String]
        /// Origins whose earliest article is from that day.
        public var newOrigins: [String]
    }

    public var days: [Day]

    public init(_ detail: ClaimDetail) {
        var byDay: [String?: [Article]] = [:]
        for article in detail.articles.values {
            byDay[article.published.map { String($0.prefix(10)) }, default: []].append(article)
        }
        let originsByDay = Dictionary(grouping: detail.origins) { $0.firstPublished.map { String($0.prefix(10)) } }
        let dates = byDay.keys.sorted { lhs, rhs in
            switch (lhs, rhs) {
            case (let l?, let r?): return l < r
            case (.some, nil): return true
            default: return false
            }
        }
        days = dates.map { date in
            Day(
                date: date,
                articles: (byDay[date] ?? []).sorted { $0.id < $1.id }.map {
                    $0.outlet ?? String($0.path.split(separator: "/").last ?? Substring($0.path))
                },
                newOrigins: (originsByDay[date] ?? []).map(\.name))
        }
    }
}
