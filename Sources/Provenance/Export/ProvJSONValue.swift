/// One attribute value of a PROV-JSON record, written the way the PROV-JSON submission
/// and the Python `prov` package (3.x) read it back without warnings.
public enum ProvJSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    /// A qualified name such as `prov:Quotation`, typed `xsd:QName`.
    case qualifiedName(String)

    /// The value's JSON text.
    public var json: String {
        switch self {
        case .string(let text): JSONText.string(text)
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .qualifiedName(let name): "{\"$\":\(JSONText.string(name)),\"type\":\"xsd:QName\"}"
        }
    }
}
