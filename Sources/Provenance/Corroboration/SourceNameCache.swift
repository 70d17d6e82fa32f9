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

    func canonical(_ name: String, kind: SourceKind?) -> String {
        let key = Key(name: name, kind: kind)
        if let known = canonicals[key] { return known }
        let value = SourceNames.canonical(name, kind: kind)
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
