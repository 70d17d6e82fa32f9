import Synchronization

/// Signatures of mention contents already worked out during one import, shared by the threads
/// that analyse articles: wire copy, syndication and reposts repeat sentences word for word, and
/// a signature (with its encoded form) costs more than the rest of a mention's analysis.
///
/// Bounded: when it holds `capacity` contents it starts again empty, so memory stays flat on
/// corpora that rarely repeat themselves.
final class SignatureCache: Sendable {
    struct Entry: Sendable {
        var signature: ClaimSignature
        var encoded: String

        /// Worked out afresh.
        init(content: String, statementEvent: Bool) {
            let plain = ClaimSignature(text: content)
            signature = statementEvent ? plain.markingStatementEvent() : plain
            encoded = signature.encoded
        }

        /// An entry for a signature already worked out.
        init(signature: ClaimSignature) {
            self.signature = signature
            encoded = signature.encoded
        }
    }

    private let entries = Mutex<[String: Entry]>([:])
    let capacity: Int

    init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    /// The signature of `content` (marked as a statement event when `statementEvent`), computed
    /// once per import.
    func entry(for content: String, statementEvent: Bool) -> Entry {
        let key = statementEvent ? "\u{1}" + content : content
        if let known = entries.withLock({ $0[key] }) { return known }
        let entry = Entry(content: content, statementEvent: statementEvent)
        entries.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = entry
        }
        return entry
    }
}
