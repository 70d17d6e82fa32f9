/// Where a mention sits in its article, in the terms the store keeps: its exact text with 32
/// scalars of context either side, its code-point offsets, and its encoded signature.
///
/// Computed with extraction, on the cores that analyse the next batch, so that the one thread
/// that writes does not walk every article's bytes again.
public struct MentionPlacement: Sendable, Hashable {
    public var exact: String
    public var prefix: String
    public var suffix: String
    /// Code-point offsets into the article text, end exclusive.
    public var start: Int
    public var end: Int
    public var speakerStart: Int?
    public var speakerEnd: Int?
    public var cueStart: Int?
    public var cueEnd: Int?
    /// ``ClaimSignature/encoded`` of the mention's signature.
    public var signature: String
    /// ``OriginEvidence/wordingKey(of:)`` of `exact`, for finding sentences copied without credit.
    public var wording: UInt64

    init(_ mention: ExtractedMention, encodedSignature: String, in text: UTF8Text) {
        exact = text.string(mention.span)
        let prefixStart = text.byteOffset(scalars: 32, before: mention.span.lowerBound)
        let suffixEnd = text.byteOffset(scalars: 32, after: mention.span.upperBound)
        prefix = text.string(prefixStart..<mention.span.lowerBound)
        suffix = text.string(mention.span.upperBound..<suffixEnd)
        start = text.codePointOffset(ofByte: mention.span.lowerBound)
        end = text.codePointOffset(ofByte: mention.span.upperBound)
        speakerStart = mention.speakerSpan.map { text.codePointOffset(ofByte: $0.lowerBound) }
        speakerEnd = mention.speakerSpan.map { text.codePointOffset(ofByte: $0.upperBound) }
        cueStart = mention.cueSpan.map { text.codePointOffset(ofByte: $0.lowerBound) }
        cueEnd = mention.cueSpan.map { text.codePointOffset(ofByte: $0.upperBound) }
        self.signature = encodedSignature
        wording = OriginEvidence.wordingKey(of: exact)
    }
}
