/// A fixed set of lowercase phrases searched for in a line in one pass.
///
/// A table says which phrases start with each byte value, so each position
/// of the line is compared only with the phrases that could start there;
/// searching for each phrase in turn cost a third of import time.
struct PhraseSet: Sendable {
    let phrases: [[UInt8]]
    /// For each byte value, a bit per phrase that starts with it.
    private let starts: [UInt32]

    init(_ strings: [String]) {
        precondition(strings.count <= 32, "a PhraseSet holds at most 32 phrases")
        phrases = strings.map { Array($0.utf8) }
        var table = [UInt32](repeating: 0, count: 256)
        for (index, phrase) in phrases.enumerated() {
            precondition(!phrase.isEmpty && phrase == phrase.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 })
            table[Int(phrase[0])] |= 1 << UInt32(index)
        }
        starts = table
    }

    /// Whether any phrase occurs in the line, ASCII case-insensitively.
    func occurs(in line: LineView) -> Bool {
        let count = line.count
        for start in 0..<count {
            var candidates = starts[Int(line.lower(start))]
            while candidates != 0 {
                let phrase = phrases[candidates.trailingZeroBitCount]
                candidates &= candidates - 1
                guard start + phrase.count <= count else { continue }
                var index = 1
                while index < phrase.count, line.lower(start + index) == phrase[index] { index += 1 }
                if index == phrase.count { return true }
            }
        }
        return false
    }
}
