/// Writes a ``ReportContent`` as Markdown: the same summary, sections, grades, origins
/// and evidence as ``HTMLReport``, with the spread picture as a nested list.
///
/// ```swift
/// let content = try ReportBuilder().build(from: store)
/// var output = ""
/// MarkdownReport().write(content, to: &output)
/// ```
public struct MarkdownReport: Sendable {
    public init() {}

    public func write(_ content: ReportContent, to output: inout some TextOutputStream) {
        output.write("# Provenance report\n\n")
        output.write("From \(content.summary.scale):\n\n")
        for figure in content.summary.figures {
            output.write("- \(figure.label.prefix(1).uppercased() + figure.label.dropFirst()): \(figure.count)\n")
        }
        output.write("\n")
        if !content.narrowing.isEmpty {
            output.write("This report is narrowed to \(Self.inline(content.narrowing.joined(separator: "; "))). ")
        }
        output.write("It shows " + Wording.counted(content.shownClaims, "claim") + " in full.\n\n")
        output.write(ReportText.explanation + "\n\n" + ReportGrade.legend + "\n\n")
        for section in content.sections {
            write(section, to: &output)
        }
    }

    private func write(_ section: ReportSection, to output: inout some TextOutputStream) {
        output.write("## \(section.kind.title) (\(section.count))\n\n\(section.kind.explanation)\n\n")
        if section.count == 0 { output.write("None.\n\n") }
        for claim in section.claims {
            write(claim, to: &output)
        }
        if !section.shownAbove.isEmpty {
            output.write("Also here, shown above:\n\n")
            for reference in section.shownAbove {
                output.write("- Claim \(reference.id): \(Self.inline(reference.text))\n")
            }
            output.write("\n")
        }
    }

    private func write(_ item: ReportClaim, to output: inout some TextOutputStream) {
        output.write("### Claim \(item.claim.id): \(Self.inline(item.claim.text))\n\n")
        output.write("**\(Self.inline(item.grade.line)).**")
        if let firstSeen = item.claim.firstSeen { output.write(" First seen \(ReportDate.long(firstSeen)).") }
        output.write("\n\n")
        output.write("Origins:\n\n")
        for origin in item.origins {
            output.write("- \(Self.inline(origin.name)) (\(Self.inline(ReportText.originDetails(origin))))\n")
        }
        if item.origins.isEmpty { output.write("- none: no mention asserts it\n") }
        output.write("\n")
        if !item.spread.roots.isEmpty {
            output.write("How it spread. " + ReportText.spreadCaption + "\n\n")
            for root in item.spread.roots {
                write(root, level: 0, to: &output)
            }
            output.write("\n")
        }
        output.write("Evidence:\n\n")
        for evidence in item.evidence {
            output.write("- “\(Self.inline(evidence.sentence))” — \(Self.source(evidence.article))")
            output.write(" (\(Self.inline(evidence.attribution)))\n")
        }
        if item.evidenceLeftOut > 0 {
            output.write("- … and \(item.evidenceLeftOut) more: `prov claim \(item.claim.id)`\n")
        }
        output.write("\n")
    }

    private func write(_ node: SpreadNode, level: Int, to output: inout some TextOutputStream) {
        output.write(String(repeating: "  ", count: level) + "- " + Self.inline(node.label) + "\n")
        for child in node.children {
            write(child, level: level + 1, to: &output)
        }
    }

    /// "[Title](<https://…>), Outlet, 2025-03-04 09:15 UTC": the article behind a sentence.
    static func source(_ article: ReportArticle) -> String {
        var title = "*\(inline(article.title))*"
        if let url = article.url { title = "[\(inline(article.title))](<\(destination(url))>)" }
        let rest = [article.outlet.map(inline), article.published.map(ReportDate.long)].compactMap { $0 }
        return ([title] + rest).joined(separator: ", ")
    }

    /// A URL made safe inside `<…>`: the characters that would end it are percent-encoded.
    static func destination(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            case "\n", "\r", "\t": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Article text is untrusted: keep it on one line and stop it from becoming Markdown markup.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\t": out.append(" ")
            case "*", "_", "`", "[", "]", "<", ">", "#", "|", "\\", "&": out.append("\\"); out.append(character)
            default: out.append(character)
            }
        }
        return out
    }
}
