/// Wording shared by the texts meant to be read (the report, `prov claim`).
public enum Wording {
    /// "1 article", "3 articles": a count with its noun.
    public static func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
