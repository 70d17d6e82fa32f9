import Foundation
import Testing

@testable import Provenance

@Suite("DOT export")
struct DotExportTests {
    @Test("labels cannot end their string or break their line")
    func escaping() {
        #expect(DotText.quoted("a \"b\" \\ c\nd") == #""a \"b\" \\ c d""#)
        #expect(DotText.quoted("abcdef", limit: 3) == "\"abc…\"")
        #expect(DotText.lines(["x\"", "2020"]) == #""x\"\n2020""#)
    }

    @Test("a digraph with one cluster per claim, and every edge between declared nodes")
    func graph() throws {
        let store = try ExportFixture.store()
        var output = ""
        try DotExporter().write(store, to: &output)
        #expect(output.hasPrefix("digraph provenance {"))
        #expect(output.hasSuffix("}\n"))
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.filter { $0.hasPrefix("subgraph cluster_claim_") }.count == (try store.counts().claims))
        var nodes: Set<String> = []
        var edges = 0
        for line in lines {
            if let node = line.firstMatch(of: /^(c\d+_[an]\d+) \[label=/) { nodes.insert(String(node.1)) }
        }
        for line in lines {
            guard let edge = line.firstMatch(of: /^(c\d+_[an]\d+) -> (c\d+_[an]\d+)/) else { continue }
            #expect(nodes.contains(String(edge.1)) && nodes.contains(String(edge.2)), "\(line)")
            edges += 1
        }
        #expect(edges > 100)
        // Braces balance once quoted strings are taken out.
        let unquoted = output.replacing(/"(?:[^"\\]|\\.)*"/, with: "")
        #expect(unquoted.filter { $0 == "{" }.count == unquoted.filter { $0 == "}" }.count)
    }
}
