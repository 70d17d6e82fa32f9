import Foundation

/// Analyst control: merge and split claims, reword them, correct a mention's speaker, merge and
/// grade sources. Each is applied, recorded in the `decision` table as what was decided (named by
/// stable keys), and replayed after every import, so that a re-import does not undo it.
///
/// ```swift
/// try store.mergeClaims(into: 3, from: 7, note: "same plot, other words")
/// try store.gradeSource("Politico", grade: "B")
/// ```
extension Store {
    /// The mentions of claim `from` join claim `into`; `from` is removed.
    @discardableResult
    public func mergeClaims(into: Int64, from: Int64, note: String? = nil) throws -> Decision {
        guard into != from else { throw ProvenanceError.invalidArgument("claim \(into) cannot merge with itself") }
        return try decide(note: note) {
            .mergeClaims(
                into: try memberKey(claim: into), from: try memberKey(claim: from),
                moved: try mentionIDs(claim: from).map(mentionKey))
        }
    }

    /// The given mentions of claim `id` leave it and form a new claim; at least one must stay.
    @discardableResult
    public func splitClaim(_ id: Int64, mentions: [Int64], note: String? = nil) throws -> Decision {
        try decide(note: note) {
            let members = try mentionIDs(claim: id)
            guard !members.isEmpty else { throw ProvenanceError.claimNotFound(id: id) }
            let leaving = Set(mentions)
            if let stranger = leaving.subtracting(members).min() {
                throw ProvenanceError.invalidArgument(
                    "mention \(stranger) is not in claim \(id); see its mentions with 'prov claim \(id)'")
            }
            guard let anchor = members.first(where: { !leaving.contains($0) }), !leaving.isEmpty else {
                throw ProvenanceError.invalidArgument(
                    "name some but not all of claim \(id)'s mentions: those leave it, the others stay")
            }
            return .splitClaim(anchor: try mentionKey(anchor), mentions: try leaving.sorted().map(mentionKey))
        }
    }

    /// Sets the canonical wording of claim `id`.
    @discardableResult
    public func setClaimText(_ id: Int64, text: String, note: String? = nil) throws -> Decision {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ProvenanceError.invalidArgument("a claim's wording cannot be empty") }
        return try decide(note: note) {
            let was = try connection.prepare("SELECT text FROM claim WHERE id = ?").rows([id]) { $0.string(0) }.first
            guard let was else { throw ProvenanceError.claimNotFound(id: id) }
            return .claimText(member: try memberKey(claim: id), text: text, was: was)
        }
    }

    /// The claim that holds the mention `key` names now, nil when it is gone.
    public func claimID(holding key: MentionKey) throws -> Int64? {
        try resolve(key)?.claim
    }

    /// The speaker and via chain of mention `id` as stored.
    public func mentionAttribution(_ id: Int64) throws -> MentionAttribution {
        try attribution(mention: id)
    }

    /// Corrects mention `id`'s speaker (nil: the article's own voice) and via chain, and traces
    /// its claim again. A speaker given without a kind takes the kind of the source of that name
    /// when there is one, else the mention's current speaker kind, else `person`.
    @discardableResult
    public func correctMention(_ id: Int64, to attribution: MentionAttribution, note: String? = nil) throws
        -> Decision
    {
        try decide(note: note) {
            let was = try self.attribution(mention: id)
            var wanted = attribution
            if let speaker = wanted.speaker, wanted.kind == nil {
                let known = try? source(named: speaker).ref.kind
                wanted.kind = known ?? (was.kind == .unknown ? nil : was.kind) ?? .person
            }
            if let speaker = wanted.speaker {
                try requireName(
                    speaker, kind: wanted.kind ?? .unknown, of: "a speaker",
                    otherwise: "for the article's own voice use --own-voice")
            }
            for name in wanted.via {
                try requireName(name, kind: .outlet, of: "an intermediary", otherwise: "for none use --no-via")
            }
            return .attribution(try mentionKey(id), wanted, was: was)
        }
    }

    /// Source `from` becomes an alias of source `into`: its mentions and origins count as `into`.
    @discardableResult
    public func mergeSources(into: String, from: String, note: String? = nil) throws -> Decision {
        try requireSourceName(into)
        try requireSourceName(from)
        return try decide(note: note) {
            let target = try source(named: into)
            let merged = try source(named: from)
            guard target.id != merged.id else {
                throw ProvenanceError.invalidArgument("'\(into)' and '\(from)' are one source already")
            }
            return .mergeSources(into: target.ref, from: merged.ref, fromReliability: merged.reliability)
        }
    }

    /// Grades a source's reliability on the Admiralty scale, A (reliable) to F (cannot be judged).
    @discardableResult
    public func gradeSource(_ name: String, grade: String, note: String? = nil) throws -> Decision {
        let grade = grade.uppercased()
        guard ["A", "B", "C", "D", "E", "F"].contains(grade) else {
            throw ProvenanceError.invalidArgument(
                "'\(grade)' is not a reliability grade: A reliable, B usually, C fairly, D not usually reliable, "
                    + "E unreliable, F cannot be judged")
        }
        try requireSourceName(name)
        return try decide(note: note) {
            let found = try source(named: name)
            return .gradeSource(found.ref, grade: grade, was: found.reliability)
        }
    }

    /// The decisions, oldest first; undone ones only when asked.
    public func decisions(includingUndone: Bool = false) throws -> [Decision] {
        try readDecisions(where: includingUndone ? "1" : "undone_at IS NULL")
    }

    /// Decision `id`, undone or not.
    public func decision(_ id: Int64) throws -> Decision {
        guard let found = try readDecisions(where: "id = ?", [id]).first else {
            throw ProvenanceError.invalidArgument("no decision \(id); list them with 'prov decisions --all'")
        }
        return found
    }

    private func readDecisions(where condition: String, _ arguments: [any SQLBindable] = []) throws -> [Decision] {
        let sql = "SELECT id, arguments, note, created_at, undone_at FROM decision WHERE \(condition) ORDER BY id"
        return try connection.prepare(sql).rows(arguments) { row in
            (row.int64(0), row.string(1), row.text(2), row.string(3), row.text(4))
        }.map { id, arguments, note, created, undone in
            guard let change = try? JSONDecoder().decode(DecisionChange.self, from: Data(arguments.utf8)) else {
                throw ProvenanceError.invalidArgument("decision \(id) cannot be read: \(arguments)")
            }
            return Decision(id: id, change: change, note: note, createdAt: created, undoneAt: undone)
        }
    }

    /// Undoes decision `id` as far as the rows allow, and stops replaying it.
    @discardableResult
    public func undoDecision(_ id: Int64) throws -> Decision {
        let decision = try self.decision(id)
        guard decision.undoneAt == nil else {
            throw ProvenanceError.invalidArgument("decision \(id) was undone already")
        }
        try connection.transaction {
            try undo(decision.change)
            try connection.prepare(
                "UPDATE decision SET undone_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?"
            ).run(id)
        }
        try corroborateDirtyClaims()
        return try self.decision(id)
    }

    /// Applies every decision in force again, oldest first, and traces the claims they changed;
    /// returns how many changed something. Imports call ``replayDecisions(newMentionsFrom:)``.
    @discardableResult
    public func replayDecisions() throws -> Int {
        let changed = try connection.transaction { try replayDecisions(newMentionsFrom: nil) }
        try corroborateDirtyClaims()
        return changed
    }

    /// After an import: re-applies the decisions in force in one transaction, leaving the claims
    /// they change dirty for the tracing that ends the import. `newMentionsFrom` is the first
    /// mention id the import wrote.
    func replayDecisionsAfterImport(newMentionsFrom: Int64) throws {
        guard
            try connection.prepare("SELECT 1 FROM decision WHERE undone_at IS NULL LIMIT 1").rows({ _ in true })
                .first ?? false
        else { return }
        _ = try connection.transaction { try replayDecisions(newMentionsFrom: newMentionsFrom) }
    }

    /// Re-applies the decisions in force, inside the caller's transaction; the claims they change
    /// are left dirty for ``corroborateDirtyClaims()``.
    private func replayDecisions(newMentionsFrom: Int64?) throws -> Int {
        var changed = 0
        for decision in try decisions() where try apply(decision.change, newMentionsFrom: newMentionsFrom) {
            changed += 1
        }
        return changed
    }

    /// JSON with sorted keys, so that the same decision or key is always the same text (kept
    /// in `decision.arguments` and `kept_apart`, and compared as text).
    static func stableJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Makes the change, applies and records it in one transaction, then traces what it touched.
    private func decide(note: String?, _ change: () throws -> DecisionChange) throws -> Decision {
        let id = try connection.transaction {
            let made = try change()
            try apply(made)
            let arguments = try Self.stableJSON(made)
            try connection.prepare("INSERT INTO decision(kind, arguments, note) VALUES (?, ?, ?)")
                .run(made.kind, arguments, note)
            return connection.lastInsertedRowID
        }
        try corroborateDirtyClaims()
        return try decision(id)
    }

    /// Refuses a name that leaves nothing once tidied (empty, blank, only punctuation), which
    /// the `source` table cannot hold, with what to do instead.
    private func requireName(_ name: String, kind: SourceKind, of role: String, otherwise: String) throws {
        guard names.key(name, kind: kind).isEmpty else { return }
        throw ProvenanceError.invalidArgument(
            "\(role) needs a name with letters or digits, got '\(name)' (\(otherwise))")
    }

    /// Refuses an empty or blank source name before looking it up.
    private func requireSourceName(_ name: String) throws {
        guard name.allSatisfy(\.isWhitespace) else { return }
        throw ProvenanceError.invalidArgument("a source needs its name, as 'prov sources' lists it; got '\(name)'")
    }

    private func mentionIDs(claim: Int64) throws -> [Int64] {
        try connection.prepare("SELECT id FROM mention WHERE claim_id = ? ORDER BY id").rows([claim]) { $0.int64(0) }
    }
}
