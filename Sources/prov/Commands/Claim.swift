import ArgumentParser
import Provenance

extension ProvCommand {
    /// `prov claim …`: a group, so that `claim merge` and `claim split` can join it; `show` is the default.
    struct ClaimGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claim",
            abstract: "Show one claim: its origins and every mention with speaker, via chain and origin.",
            discussion: """
                Examples:
                  prov claim 3
                  prov claim show 3 --format json
                  prov claim 3 --text "The embassy in Pretoria is involved in the plot"
                  prov claim merge 3 7
                  prov claim split 3 --mention 41 --mention 57
                """,
            subcommands: [Show.self, Merge.self, Split.self, KeepApart.self],
            defaultSubcommand: Show.self
        )
    }
}

extension ProvCommand.ClaimGroup {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a claim with every mention, its speaker, via chain and the origin it traces to.",
            discussion: "Example:\n  prov claim show 3 --why")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The claim's id (see 'prov claims').")
        var id: Int64

        @Flag(help: "Explain, mention by mention, the extraction rule and the origin rule that applied.")
        var why = false

        @Option(help: "Set the claim's canonical wording (kept as a decision, re-applied after imports).")
        var text: String?

        @Option(help: "With --text: a note kept with the decision.")
        var note: String?

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
            try out.finish()
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let opened = text == nil ? try store.openForReading() : try store.openForWriting()
            if let text { try opened.setClaimText(id, text: text, note: note) }
            let detail = try opened.claimDetail(id)
            let format = output.format ?? .table
            guard format == .table else {
                mentionListing(detail).write(format, to: &out)
                return
            }
            let graded = try opened.reliabilities(of: Set(detail.origins.compactMap(\.sourceID)))
            ClaimPresenter(detail: detail, reliabilities: graded, series: try opened.series(of: id), why: why)
                .write(to: &out)
        }

        func mentionListing(_ detail: ClaimDetail) -> Listing {
            Listing(
                columns: [
                    "mention", "article", "published", "outlet", "speaker", "speaker_kind", "via", "stance", "hedged",
                    "cue", "rule", "origin", "origin_rule", "exact",
                ],
                rows: detail.mentions.map { mention in
                    let article = detail.articles[mention.articleID]
                    return [
                        .int(mention.id), .int(mention.articleID), .text(article?.published), .text(article?.outlet),
                        .text(mention.speaker), .text(mention.speakerKind?.rawValue), .list(mention.via),
                        .text(mention.stance.rawValue), .bool(mention.hedged), .text(mention.cue), .text(mention.rule),
                        .text(mention.origin), .text(mention.originRule), .text(mention.exact),
                    ]
                })
        }
    }
}

/// The human-readable view of one claim.
struct ClaimPresenter {
    var detail: ClaimDetail
    /// Analysts' grades of the origins, by source id.
    var reliabilities: [Int64: String] = [:]
    /// The figure series the claim belongs to, if any, earliest first.
    var series: [SeriesStep] = []
    var why: Bool

    func write(to out: inout some TextOutputStream) {
        let claim = detail.claim
        out.write("Claim \(claim.id): \(claim.text)\n")
        out.write(
            "  " + Wording.counted(claim.articleCount, "article") + ", "
                + Wording.counted(claim.mentionCount, "mention") + ", "
                + Wording.counted(claim.originCount, "independent origin")
        )
        let flags = Grade.flags(claim)
        out.write(flags.isEmpty ? "\n" : " — \(flags)\n")
        if let credibility = claim.credibility {
            let grade = ReportGrade(claim: claim)
            out.write(
                "  grade \(grade.code) (Admiralty: reliability \(grade.reliability) of its best-graded origin, "
                    + "credibility \(credibility))\n")
        }
        if let firstSeen = claim.firstSeen { out.write("  first seen \(firstSeen)\n") }
        out.write("\nOrigins:\n")
        for origin in detail.origins {
            let date = origin.firstPublished.map { ", first \($0)" } ?? ""
            let grade = origin.sourceID.flatMap { reliabilities[$0] } ?? "F"
            out.write(
                "  \(origin.name) [\(grade)] (" + Wording.counted(origin.mentionIDs.count, "mention") + "\(date))\n")
        }
        if !series.isEmpty {
            out.write("\nSeries (the same claim with other figures, earliest first):\n")
            for step in series {
                let marker = step.claimID == claim.id ? "  ← this claim" : ""
                out.write(
                    "  \(step.figures.joined(separator: ", "))  claim \(step.claimID), first seen \(step.firstSeen ?? "undated")"
                        + "\(marker)\n")
            }
        }
        let spread = ClaimSpread(detail)
        if spread.days.count > 1 {
            out.write("\nSpread:\n")
            for day in spread.days {
                let origins = day.newOrigins.isEmpty ? "" : "; first from " + day.newOrigins.joined(separator: ", ")
                out.write(
                    "  \(day.date ?? "undated")  " + Wording.counted(day.articles.count, "article") + ": "
                        + day.articles.joined(separator: ", ") + origins + "\n")
            }
        }
        out.write("\nMentions (earliest first):\n")
        for mention in detail.mentions {
            let article = detail.articles[mention.articleID]
            let source = [article?.published, article?.outlet, article?.path].compactMap { $0 }.joined(separator: " · ")
            out.write("  [\(mention.id)] \(source)\n")
            out.write("      “\(mention.exact)”\n")
            var who = "speaker: \(mention.speaker ?? "(article's own voice)")"
            if !mention.via.isEmpty { who += "  via: \(mention.via.joined(separator: " > "))" }
            who += "  \(mention.stance.rawValue)\(mention.hedged ? ", hedged" : "")"
            out.write("      \(who)\n")
            out.write("      origin: \(mention.origin)\n")
            if why {
                let cue = mention.cue.map { "cue “\($0)”, " } ?? ""
                out.write("      read by: \(cue)rule \(mention.rule)\n")
                let explanation = OriginRule(rawValue: mention.originRule)?.explanation ?? mention.originRule
                out.write("      traced: \(explanation)\n")
            }
        }
    }
}
