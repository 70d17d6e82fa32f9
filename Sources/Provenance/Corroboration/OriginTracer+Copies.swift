/// Rule 4: copies are one origin, the earliest.
extension OriginTracer {
    /// Within a copy group (articles that are near-duplicates of one another: a wire story and
    /// its reprints, a story and its reposts), a mention that only its own article's outlet
    /// vouches for ("officials said", with no outlet named) traces as the earliest copy's does:
    /// twenty papers printing the same agency story without its credit heard nothing twenty
    /// times. Named speakers and named outlets are left as they are: the text names them the
    /// same way in every copy, so they already trace to one origin.
    func collapseCopies(_ traces: [TracedMention], mentions: [OriginEvidence]) -> [TracedMention] {
        guard mentions.contains(where: { $0.articleGroup != nil }) else { return traces }
        // `mentions` is in publication order, so the first trace met per group is the earliest.
        var groupOf: [Int64: Int64] = [:]
        var position: [Int64: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            groupOf[mention.mentionID] = mention.articleGroup ?? mention.articleID
            position[mention.mentionID] = index
        }
        var earliest: [Int64: (position: Int, trace: TracedMention)] = [:]
        for trace in traces where trace.rule == .anonymousToOutlet {
            guard let group = groupOf[trace.mentionID], let at = position[trace.mentionID] else { continue }
            if let known = earliest[group], known.position <= at { continue }
            earliest[group] = (at, trace)
        }
        return traces.map { trace in
            guard trace.rule == .anonymousToOutlet, let group = groupOf[trace.mentionID],
                let first = earliest[group]?.trace, first.mentionID != trace.mentionID,
                names.key(first.origin, kind: first.originKind) != names.key(trace.origin, kind: trace.originKind)
            else { return trace }
            return TracedMention(
                mentionID: trace.mentionID, origin: first.origin, originKind: first.originKind, rule: .copy)
        }
    }
}
