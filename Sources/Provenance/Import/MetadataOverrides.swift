/// Article metadata given on the command line (`--outlet`, `--url`,
/// `--published`). Each value that is set wins over what the file says,
/// because the user knows where a saved page came from better than the page.
public struct MetadataOverrides: Sendable, Hashable {
    public var outlet: String?
    public var url: String?
    /// A date in any form ``ISODate`` reads; stored as ISO 8601 when
    /// it parses, and as typed otherwise.
    public var published: String?

    public init(outlet: String? = nil, url: String? = nil, published: String? = nil) {
        self.outlet = outlet
        self.url = url
        self.published = published
    }
}
