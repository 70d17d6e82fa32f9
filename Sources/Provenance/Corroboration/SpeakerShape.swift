/// What the origin rules read from a speaker's words alone: whether they name an outlet only by
/// what it is ("the newspaper"), a role with no name ("senior officials"), a reporter of an
/// outlet ("CNN's Barbara Starr"), describe rather than name ("a city engineer"), or name a
/// spokesperson ("foreign ministry spokesman Saeed Khatibzadeh").
struct SpeakerShape: Sendable, Hashable {
    var isGenericOutletReference: Bool
    var isUnnamedRole: Bool
    var reportersOutlet: String?
    var isIndefiniteDescription: Bool
    /// The spokesperson's own name (``OriginTracer/spokespersonName(in:)``).
    var spokesperson: String?

    init(_ speaker: String) {
        isGenericOutletReference = OriginTracer.isGenericOutletReference(speaker)
        isUnnamedRole = OriginTracer.isUnnamedRole(speaker)
        reportersOutlet = OriginTracer.reportersOutlet(speaker)
        isIndefiniteDescription = OriginTracer.isIndefiniteDescription(speaker)
        spokesperson = OriginTracer.spokespersonName(in: speaker)
    }
}

/// Remembers each speaker's ``SpeakerShape``. A claim is traced again every time it grows, and
/// its thousands of mentions repeat a few speakers: reading their words (lower-casing, splitting)
/// on every trace was a third of identifying origins on the 10k bench corpus.
///
/// Not Sendable: one cache belongs to one tracer and its thread.
final class SpeakerShapeCache {
    private var shapes: [String: SpeakerShape] = [:]

    func shape(of speaker: String) -> SpeakerShape {
        if let known = shapes[speaker] { return known }
        let shape = SpeakerShape(speaker)
        shapes[speaker] = shape
        return shape
    }
}

@available(*, unavailable)
extension SpeakerShapeCache: Sendable {}
