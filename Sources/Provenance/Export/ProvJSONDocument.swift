/// Writes a PROV-JSON document piece by piece. PROV-JSON groups records by kind (every
/// entity in one object, every derivation in another), so an exporter that streams makes
/// one pass over the store per kind and this type keeps the commas and braces right.
struct ProvJSONDocument {
    private var sectionOpen = false
    private var firstSection = true
    private var firstRecord = true

    /// Opens the document with its namespace prefixes.
    mutating func begin(prefixes: [(prefix: String, uri: String)], to output: inout some TextOutputStream) {
        output.write("{\"prefix\":{")
        output.write(
            prefixes.map { JSONText.string($0.prefix) + ":" + JSONText.string($0.uri) }.joined(separator: ","))
        output.write("}")
        firstSection = false
    }

    /// Closes the open section, if any, and opens the one for `kind` (`entity`, `wasDerivedFrom`…).
    mutating func section(_ kind: String, to output: inout some TextOutputStream) {
        if sectionOpen { output.write("\n}") }
        output.write(firstSection ? "{" : ",\n")
        output.write(JSONText.string(kind) + ":{")
        sectionOpen = true
        firstSection = false
        firstRecord = true
    }

    /// One record of the open section; nil values are left out.
    mutating func record(
        _ id: String, _ attributes: KeyValuePairs<String, ProvJSONValue?>, to output: inout some TextOutputStream
    ) {
        output.write(firstRecord ? "\n" : ",\n")
        firstRecord = false
        output.write(JSONText.string(id) + ":{")
        var first = true
        for (key, value) in attributes {
            guard let value else { continue }
            if !first { output.write(",") }
            first = false
            output.write(JSONText.string(key) + ":" + value.json)
        }
        output.write("}")
    }

    /// Closes the open section and the document.
    mutating func finish(to output: inout some TextOutputStream) {
        if sectionOpen { output.write("\n}") }
        output.write(firstSection ? "{}\n" : "}\n")
        sectionOpen = false
    }
}
