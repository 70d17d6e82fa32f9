import Testing

@testable import Provenance

@Suite("Import: publication dates")
struct ImportDateTests {
    @Test(
        "dates in common shapes become ISO 8601",
        arguments: [
            ("2020-09-14", "2020-09-14"),
            ("2020/09/14", "2020-09-14"),
            ("2020-09-14T03:38:12Z", "2020-09-14T03:38:12Z"),
            ("2020-09-14T03:38:12.250Z", "2020-09-14T03:38:12Z"),
            ("2020-09-14T03:38:12+02:00", "2020-09-14T01:38:12Z"),
            ("2020-09-14T22:30:00-0500", "2020-09-15T03:30:00Z"),
            ("2020-01-01T01:00:00+03:00", "2019-12-31T22:00:00Z"),
            ("2020-09-14 03:38:12", "2020-09-14T03:38:12Z"),
            ("2020-09-14 03:38", "2020-09-14T03:38:00Z"),
            ("2020-09-14-03-38-12", "2020-09-14T03:38:12Z"),
            ("  2020-09-14  ", "2020-09-14"),
            ("September 14, 2020", "2020-09-14"),
            ("Sept. 14, 2020", "2020-09-14"),
            ("Sep 15 2020", "2020-09-15"),
            ("14 Sep 2020", "2020-09-14"),
            ("14 September, 2020", "2020-09-14"),
            ("Monday, September 14, 2020", "2020-09-14"),
            ("Mon, 14 Sep 2020 03:38:12 +0000", "2020-09-14T03:38:12Z"),
            ("Mon, 14 Sep 2020 03:38:12 GMT", "2020-09-14T03:38:12Z"),
            ("February 29, 2020", "2020-02-29"),
        ])
    func normalizes(raw: String, iso: String) {
        #expect(ISODate.normalise(raw) == iso)
    }

    @Test(
        "what is not a date gives nil",
        arguments: [
            "", "sometime last week", "2020-13-01", "2020-02-30", "February 29, 2021", "14/09/2020", "20200914",
            "September 2020", "Mayday 5, 2020",
        ])
    func rejects(raw: String) {
        #expect(ISODate.normalise(raw) == nil)
    }

    @Test(
        "a dateline's date is found inside the line",
        arguments: [
            ("Publish Date : 19 September 2020 - 21:45", "2020-09-19"),
            ("3 min read Last Updated : Sep 15 2020 | 12:41 PM IST", "2020-09-15"),
            ("- The Example Times - Friday, January 17, 2020", "2020-01-17"),
            ("January 24, 2020 Updated: January 25, 2020", "2020-01-24"),
        ])
    func datelines(line: String, iso: String) {
        var bytes = Array(line.utf8)
        let found = bytes.withUnsafeMutableBufferPointer { buffer in
            ISODate.firstDate(in: LineView(bytes: UnsafeBufferPointer(buffer), range: 0..<buffer.count))
        }
        #expect(found == iso)
    }
}
