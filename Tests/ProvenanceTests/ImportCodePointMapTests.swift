import Testing

@testable import Provenance

@Suite("Import: byte to code-point offsets")
struct ImportCodePointMapTests {
    /// The code-point offset of every byte offset that starts a scalar,
    /// computed the slow, obvious way.
    func expected(_ text: String) -> [Int: Int] {
        var map: [Int: Int] = [:]
        var byte = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            map[byte] = index
            byte += String(scalar).utf8.count
        }
        map[byte] = text.unicodeScalars.count
        return map
    }

    @Test(
        "multi-byte text maps like Python's str indexes",
        arguments: [
            "", "plain ascii", "café au lait", "“curly” ‘quotes’", "emoji 👍🏽 and 🇿🇦 flags", "line\r\nbreak\r\n",
            "no\u{00A0}break\u{00A0}space", "e\u{0301} combining", String(repeating: "é👍a\r\n", count: 100),
        ])
    func matchesScalars(text: String) {
        let map = CodePointMap(text)
        for (byte, codePoint) in expected(text) {
            #expect(map.codePointOffset(ofByte: byte) == codePoint, "byte \(byte)")
            #expect(map.byteOffset(ofCodePoint: codePoint) == byte, "code point \(codePoint)")
        }
        #expect(map.codePointCount == text.unicodeScalars.count)
    }

    @Test("text sliced by converted offsets equals the byte slice, across block boundaries")
    func slices() {
        let text = String(repeating: "A “quote” — with é and 👍 here.\r\n", count: 40)
        let bytes = Array(text.utf8)
        let scalars = Array(text.unicodeScalars)
        let map = CodePointMap(text)
        let starts = expected(text).keys.sorted()
        for (start, end) in zip(starts, starts.dropFirst(7)) {
            let range = map.codePointRange(ofBytes: start..<end)
            var sliced = ""
            sliced.unicodeScalars.append(contentsOf: scalars[range])
            #expect(sliced == String(decoding: bytes[start..<end], as: UTF8.self))
        }
    }

    @Test("a CRLF article's regions convert to code points that slice the same text")
    func articleRegions() throws {
        let text = "Título nuevo\r\n\r\nEl “puerto” cerró el martes 👍, dijeron.\r\nSegunda línea aquí.\r\n"
        let article = try ArticleReader().read(
            bytes: Array(text.utf8), displayPath: "a.txt", metadata: MetadataOverrides())
        let map = CodePointMap(article.text)
        let scalars = Array(article.text.unicodeScalars)
        for (region, expectedText) in zip(article.regions, article.regionTexts) {
            var sliced = ""
            sliced.unicodeScalars.append(contentsOf: scalars[map.codePointRange(ofBytes: region)])
            #expect(sliced == expectedText)
        }
        #expect(
            article.regionTexts == ["Título nuevo", "El “puerto” cerró el martes 👍, dijeron.", "Segunda línea aquí."])
    }
}
