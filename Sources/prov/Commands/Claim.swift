import ArgumentParser
import Provenance

extension ProvCommand {
    /// `prov claim …`: a group, so that `claim merge` and `claim split` can join it; `show` is the default.
    struct ClaimGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claim",
            abstract: "Show one claim: its origins and every mention with speaker, via chain and origin.",
            discussion: "Example:\n  prov claim 3\n  prov claim show 3 --format json",
            subcommands: [Show.self],
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

        func run() throws {
            var out = StandardOutput()
            try run(writingTo: &out)
        }

        func run(writingTo out: inout some TextOutputStream) throws {
            let detail = try store.open().claimDetail(id)
            let format = output.format ?? .table
            guard format == .table else {
                mentionListing(detail).write(format, to: &out)
                return
            }
            ClaimPresenter(detail: detail, why: why).write(to: &out)
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
        if let credibility = claim.credibility { out.write("  credibility \(credibility) (Admiralty 1–6)\n") }
        if let firstSeen = claim.firstSeen { out.write("  first seen \(firstSeen)\n") }
        out.write("\nOrigins:\n")
        for origin in detail.origins {
            let date = origin.firstPublished.map { ", first \($0)" } ?? ""
            out.write("  \(origin.name) (" + Wording.counted(origin.mentionIDs.count, "mention") + "\(date))\n")
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
