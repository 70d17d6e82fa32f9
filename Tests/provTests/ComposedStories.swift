import Foundation

/// Small composed articles for tests that need many files: two outlets' worth of reports on a
/// harbour story, varied enough that matching, copies and origins all have work to do.
enum ComposedStories {
    static let outlets = ["The Harbor Ledger", "Bay Courier", "Coast Daily", "Port Times", "River Post"]
    static let speakers = ["Mayor Ana Ruiz", "Commissioner Tom Okafor", "Inspector Lee Chan", "Captain Mia Holt"]
    static let subjects = ["night ferry", "north bridge", "harbour crane", "river tunnel", "fish market"]

    /// Writes `count` articles named `prefix-N.md` into `folder`, on the story `story`.
    static func write(count: Int, story: Int, prefix: String, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 0..<count {
            let outlet = outlets[(number + story) % outlets.count]
            let speaker = speakers[(number + story) % speakers.count]
            let subject = subjects[(story + number / 3) % subjects.count]
            let other = subjects[(story + number / 3 + 1) % subjects.count]
            let text = """
                ---
                title: The \(subject) story, part \(number)
                outlet: \(outlet)
                date: 2025-03-\(String(format: "%02d", 1 + (number * 7 + story) % 28))
                ---
                \(speaker) said the \(subject) will close for \(2 + number % 4) weeks of repairs.

                The \(other) reopened on Monday after \(10 + number % 3) days, according to \(outlets[number % 5]).

                Two officials told \(outlet) that the \(subject) had failed an inspection in \(2019 + number % 5).

                \(speaker) denied that the \(other) was unsafe.
                """
            try text.write(to: folder.appending(path: "\(prefix)-\(number).md"), atomically: true, encoding: .utf8)
        }
    }
}
