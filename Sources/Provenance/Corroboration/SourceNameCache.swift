/// Remembers ``SourceNames`` results, which the store asks for again and again
/// (every mention's speaker and via, every origin of every touched claim),
/// while the same few hundred names recur.
///
/// Not Sendable: one cache belongs to one store and its task.
final class SourceNameCache {
    private struct Key: Hashable {
        var name: String
        var kind: SourceKind?
    }

    private var canonicals: [Key: String] = [:]
    private var keys: [Key: String] = [:]
    /// Analysts' source merges (`prov source merge`): a merged source's key → the source it joined.
    private var merged: [String: SourceRef] = [:]

    /// Sets the analysts' source merges; names computed before are forgotten, since a merge
    /// changes what they canonicalise to.
    func setMerges(_ merges: [String: SourceRef]) {
        merged = merges
        canonicals = [:]
        keys = [:]
    }

    /// The merges in force.
    var merges: [String: SourceRef] { merged }

    /// The key of the source that `key` now belongs to, after merges.
    func resolvedKey(_ key: String) -> String {
        var key = key
        for _ in 0..<16 {
            guard let target = merged[key] else { break }
            key = target.key
        }
        return key
    }

    func canonical(_ name: String, kind: SourceKind?) -> String {
        let key = Key(name: name, kind: kind)
        if let known = canonicals[key] { return known }
        var value = SourceNames.canonical(name, kind: kind)
        // Follow merges to the source that absorbed them; a bounded walk, should merges ever cycle.
        for _ in 0..<16 {
            guard let target = merged[value.lowercased()] else { break }
            value = target.name
        }
        canonicals[key] = value
        return value
    }

    func key(_ name: String, kind: SourceKind?) -> String {
        let key = Key(name: name, kind: kind)
        if let known = keys[key] { return known }
        // ``SourceNames/key(_:kind:)`` is the canonical name lowercased: reuse the cached one.
        let value = canonical(name, kind: kind).lowercased()
        keys[key] = value
        return value
    }
}

@available(*, unavailable)
extension SourceNameCache: Sendable {}
