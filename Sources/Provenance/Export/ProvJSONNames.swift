/// Identifiers of the PROV-JSON export. Every record lives in the `provtool` namespace
/// under a local name of letters, digits and `._/-` only: the Python `prov` package warns
/// on other characters and will reject them, so free text (an outlet's or a speaker's
/// name) is encoded by ``local(_:)``.
public enum ProvJSONNames {
    /// Prefixes the document declares (`prov` and `xsd` are predefined by PROV-JSON).
    public static let prefixes: [(prefix: String, uri: String)] = [
        ("provtool", "urn:prov-tool:"),
        ("schema", "https://schema.org/"),
        ("oa", "http://www.w3.org/ns/oa#"),
    ]

    public static func article(_ id: Int64) -> String { "provtool:article/\(id)" }
    public static func mention(_ id: Int64) -> String { "provtool:mention/\(id)" }
    public static func claim(_ id: Int64) -> String { "provtool:claim/\(id)" }

    /// The agent a source or a bare name stands for. Names no source stands for (an
    /// outlet nobody cites, an origin read from a name alone) become `name/<encoded>`.
    public static func agentLocal(sourceID: Int64?, name: String) -> String {
        sourceID.map { "source/\($0)" } ?? "name/" + local(name)
    }

    public static func agent(sourceID: Int64?, name: String) -> String {
        "provtool:" + agentLocal(sourceID: sourceID, name: name)
    }

    /// What one agent said of one claim: the record every mention that reports it derives from.
    public static func statement(claim: Int64, sourceID: Int64?, name: String) -> String {
        "provtool:statement/\(claim)/" + agentLocal(sourceID: sourceID, name: name)
    }

    /// `text` as a local name: ASCII letters and digits stay, a space becomes `-`, and every
    /// other UTF-8 byte becomes `.` and two hex digits (so `-` is `.2D`), which keeps
    /// distinct names distinct and never starts or ends the name with `.` or `-`.
    public static func local(_ text: String) -> String {
        if text.isEmpty { return ".00" }
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " ") where !out.isEmpty:
                out.append("-")
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "." + (hex.count == 1 ? "0" : "") + hex
            }
        }
        if out.hasSuffix("-") { out.removeLast(); out += ".20" }
        return out
    }
}
