/// Writes a ``ReportContent`` as one self-contained HTML page: no scripts, fonts or
/// images from the network, the style inline, the spread pictures as inline SVG, so it
/// opens offline, mails as one file and prints cleanly.
///
/// Every text that comes from the store (claim wordings, sentences, titles, names,
/// URLs) is escaped, and only http(s) URLs become links. The page is also well-formed
/// XML (void elements closed, no named entities), so XML tools can read it.
///
/// ```swift
/// let content = try ReportBuilder().build(from: store)
/// var html = ""
/// HTMLReport().write(content, to: &html)
/// ```
public struct HTMLReport: Sendable {
    public init() {}

    public func write(_ content: ReportContent, to output: inout some TextOutputStream) {
        output.write(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Provenance report</title>
            <style>
            \(HTMLReportStyle.css)
            </style>
            </head>
            <body>

            """)
        writeSummary(content, to: &output)
        output.write("<main>\n")
        for section in content.sections {
            write(section, to: &output)
        }
        output.write(
            "</main>\n<footer>Written by prov. <code>prov claim ID</code> shows every mention of a claim.</footer>\n")
        output.write("</body>\n</html>\n")
    }

    private func writeSummary(_ content: ReportContent, to output: inout some TextOutputStream) {
        output.write("<header>\n<h1>Provenance report</h1>\n")
        output.write("<p class=\"scale\">From \(e(content.summary.scale)).</p>\n<ul class=\"figures\">\n")
        for figure in content.summary.figures {
            output.write(
                "<li class=\"figure \(e(figure.key))\"><span class=\"count\">\(figure.count)</span> "
                    + "<span class=\"label\">\(e(figure.label))</span></li>\n")
        }
        output.write("</ul>\n<p class=\"shown\">")
        if !content.narrowing.isEmpty {
            output.write("Narrowed to \(e(content.narrowing.joined(separator: "; "))). ")
        }
        output.write("This report shows \(e(Wording.counted(content.shownClaims, "claim"))) in full.</p>\n")
        output.write("<p class=\"legend\">\(e(ReportText.explanation))</p>\n")
        output.write("<p class=\"legend\">\(e(ReportGrade.legend))</p>\n")
        output.write("<nav>\n<ol class=\"contents\">\n")
        for section in content.sections {
            output.write(
                "<li><a href=\"#\(section.kind.rawValue)\">\(e(section.kind.title))</a> (\(section.count))")
            if !section.claims.isEmpty {
                output.write("\n<ol>\n")
                for item in section.claims {
                    output.write(
                        "<li><a href=\"#claim-\(item.claim.id)\">\(e(HTMLText.truncated(item.claim.text, to: 140)))</a> "
                            + "<span class=\"code\">\(e(item.grade.code))</span></li>\n")
                }
                output.write("</ol>\n")
            }
            output.write("</li>\n")
        }
        output.write("</ol>\n</nav>\n</header>\n")
    }

    private func write(_ section: ReportSection, to output: inout some TextOutputStream) {
        output.write("<section id=\"\(section.kind.rawValue)\">\n")
        output.write("<h2>\(e(section.kind.title)) <span class=\"n\">(\(section.count))</span></h2>\n")
        output.write("<p class=\"explain\">\(e(section.kind.explanation))</p>\n")
        if section.count == 0 { output.write("<p class=\"none\">None.</p>\n") }
        for item in section.claims {
            write(item, to: &output)
        }
        if !section.shownAbove.isEmpty {
            output.write("<p class=\"also\">Also here, shown above:</p>\n<ul class=\"also\">\n")
            for reference in section.shownAbove {
                output.write(
                    "<li><a href=\"#claim-\(reference.id)\">Claim \(reference.id)</a>: \(e(reference.text))</li>\n")
            }
            output.write("</ul>\n")
        }
        output.write("</section>\n")
    }

    private func write(_ item: ReportClaim, to output: inout some TextOutputStream) {
        let claim = item.claim
        output.write("<article class=\"claim\" id=\"claim-\(claim.id)\">\n")
        output.write("<h3><span class=\"claim-id\">Claim \(claim.id)</span> \(e(claim.text))</h3>\n")
        let verdicts = item.grade.verdicts.map { $0.replacing(" ", with: "-") }.joined(separator: " ")
        output.write(
            "<p class=\"grade \(e(verdicts))\"><span class=\"code\">\(e(item.grade.code))</span>"
                + "\(e(String(item.grade.line.dropFirst(item.grade.code.count))))")
        if let firstSeen = claim.firstSeen {
            output.write(" <span class=\"first-seen\">first seen \(e(ReportDate.long(firstSeen)))</span>")
        }
        output.write("</p>\n<h4>Origins</h4>\n<ul class=\"origins\">\n")
        for origin in item.origins {
            output.write(
                "<li><strong>\(e(origin.name))</strong> <span class=\"meta\">\(e(ReportText.originDetails(origin)))</span></li>\n"
            )
        }
        if item.origins.isEmpty { output.write("<li>none: no mention asserts it</li>\n") }
        output.write("</ul>\n")
        if !item.spread.roots.isEmpty {
            output.write("<h4>How it spread</h4>\n<figure class=\"spread\">\n")
            output.write(SpreadGraphSVG.render(item.spread, label: "How claim \(claim.id) spread"))
            output.write("\n<figcaption>\(e(ReportText.spreadCaption))</figcaption>\n</figure>\n")
        }
        output.write("<h4>Evidence</h4>\n<ol class=\"evidence\">\n")
        for evidence in item.evidence {
            write(evidence, to: &output)
        }
        output.write("</ol>\n")
        if item.evidenceLeftOut > 0 {
            output.write(
                "<p class=\"more\">… and \(item.evidenceLeftOut) more: <code>prov claim \(claim.id)</code></p>\n")
        }
        output.write("</article>\n")
    }

    private func write(_ evidence: ReportEvidence, to output: inout some TextOutputStream) {
        output.write("<li class=\"\(evidence.stance.rawValue)\">\n")
        if evidence.stance != .asserts {
            output.write("<span class=\"stance\">\(e(evidence.stance.rawValue))</span> ")
        }
        output.write("<q>\(e(evidence.sentence))</q>\n<p class=\"source\">")
        let article = evidence.article
        if let url = article.url {
            output.write("<a href=\"\(e(url))\">\(e(article.title))</a>")
        } else {
            output.write("<cite>\(e(article.title))</cite>")
        }
        for part in [article.outlet, article.published.map(ReportDate.long)].compactMap({ $0 }) {
            output.write(" · \(e(part))")
        }
        output.write("</p>\n<p class=\"attribution\">\(e(evidence.attribution))</p>\n</li>\n")
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }
}
