/// Resolves a surname to the full name seen earlier in the same run.
///
/// Articles introduce a person once in full ("Gen. Kenneth McKenzie") and then by surname
/// ("McKenzie said…"); other articles use only the surname. Counting "McKenzie" and
/// "Kenneth McKenzie" as two sources would invent an independent origin. The resolver is fed
/// every canonical person name a store has seen and maps a shorter name to the one longer
/// name that ends with it; when two different full names share the surname ("Donald Trump",
/// "Ivanka Trump") the short form is ambiguous and left as written.
public struct NameResolver: Sendable {
    /// Surname (lowercased) → the full names seen ending with it.
    private var fullNames: [String: Set<String>] = [:]

    public init() {}

    /// Records a canonical name (from ``SourceNames/canonical(_:kind:)``).
    public mutating func observe(_ canonicalName: String) {
        let words = canonicalName.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return }
        fullNames[last.lowercased(), default: []].insert(canonicalName)
    }

    /// The longest full name that `canonicalName` abbreviates, or `canonicalName` itself.
    public func resolve(_ canonicalName: String) -> String {
        let words = canonicalName.split(separator: " ")
        guard let last = words.last, let candidates = fullNames[last.lowercased()] else { return canonicalName }
        let lowered = canonicalName.lowercased()
        let longer = candidates.filter { $0.count > canonicalName.count && $0.lowercased().hasSuffix(" " + lowered) }
        // "Zarif" with "Javad Zarif" and "Mohammad Javad Zarif" seen: these nest, so the
        // longest is the person; two names that do not nest are two people.
        guard let longest = longer.max(by: { $0.count < $1.count }) else { return canonicalName }
        let nests = longer.allSatisfy { longest.lowercased().hasSuffix($0.lowercased()) }
        return nests ? longest : canonicalName
    }
}
