import Testing

@testable import Provenance

@Suite("UTF-8 offsets")
struct UTF8TextTests {
    @Test("byte offsets convert to code points across multi-byte scalars, CRLF and emoji")
    func codePoints() {
        let text = "é “quoted” \r\n👍🏽 end" + String(repeating: "ü", count: 100) + "x"
        let utf8 = UTF8Text(text)
        let scalars = Array(text.unicodeScalars)
        var byte = 0
        for (index, scalar) in scalars.enumerated() {
            #expect(utf8.codePointOffset(ofByte: byte) == index)
            byte += String(scalar).utf8.count
        }
        #expect(utf8.codePointOffset(ofByte: byte) == scalars.count)
    }

    @Test("prefix and suffix context is counted in scalars, never cutting one in half")
    func context() throws {
        let text = "ééééé|abc|ééé"
        let utf8 = UTF8Text(text)
        let bar = try #require(Array(text.utf8).firstIndex(of: UInt8(ascii: "|")))
        let start = utf8.byteOffset(scalars: 3, before: bar)
        #expect(utf8.string(start..<bar) == "ééé")
        #expect(utf8.string(bar..<utf8.byteOffset(scalars: 100, after: bar)) == "|abc|ééé")
    }
}
