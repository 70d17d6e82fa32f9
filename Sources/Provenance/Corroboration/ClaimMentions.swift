/// The evidence of one claim's mentions in publication order, each also found by its id.
///
/// Every pass of the tracer looks mentions up by id; the positions are worked out once per
/// trace instead of once per pass (a claim of thousands of mentions is traced again as it grows).
struct ClaimMentions {
    /// Earlier publication first (``OriginTracer/earlier(_:_:)``).
    let ordered: [OriginEvidence]
    /// Each mention's position in ``ordered``, by mention id.
    let position: [Int64: Int]

    init(_ ordered: [OriginEvidence]) {
        self.ordered = ordered
        var position: [Int64: Int] = [:]
        position.reserveCapacity(ordered.count)
        for (offset, mention) in ordered.enumerated() where position[mention.mentionID] == nil {
            position[mention.mentionID] = offset
        }
        self.position = position
    }

    subscript(mentionID: Int64) -> OriginEvidence? {
        position[mentionID].map { ordered[$0] }
    }
}
