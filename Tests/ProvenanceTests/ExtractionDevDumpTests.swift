import Foundation
import Testing

@testable import Provenance

/// Writes every mention of the development articles to a JSON file for
/// `score_extraction.py` (outside the package). Runs only when
/// `EXTRACTION_DUMP=/path/out.json` is set.
@Suite struct ExtractionDevDumpTests {
    static let shared = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared")

    @Test(.enabled(if: ProcessInfo.processInfo.environment["EXTRACTION_DUMP"] != nil))
    func dumpDevMentions() throws {
        let out = ProcessInfo.processInfo.environment["EXTRACTION_DUMP"]!
        var files: [(String, URL)] = []
        let dev = Self.shared.appending(path: "dev/articles")
        for name in try FileManager.default.contentsOfDirectory(atPath: dev.path()).sorted() {
            files.append((name, dev.appending(path: name)))
        }
        let seeds = Self.shared.appending(path: "seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path()).sorted()
        where name.hasSuffix(".txt") {
            files.append(("seeds/" + name, seeds.appending(path: name)))
        }
        var doc: [String: Any] = [:]
        for (key, url) in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let result = MentionExtractor().extract(from: MentionExtractor.plainArticle(path: key, text: text))
            doc[key] = [
                "credits": result.credits,
                "mentions": result.mentions.map { m -> [String: Any] in
                    [
                        "start": m.span.lowerBound, "end": m.span.upperBound, "content": m.content,
                        "speaker": m.speaker as Any, "kind": m.speakerKind?.rawValue as Any, "via": m.via,
                        "stance": m.stance.rawValue, "hedged": m.hedged, "cue": m.cue as Any, "rule": m.rule,
                    ]
                },
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys])
        try data.write(to: URL(filePath: out))
    }
}
