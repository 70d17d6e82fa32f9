import Testing

@testable import Provenance

/// Composed sentence pairs: the same claim in other words, and pairs that must stay apart
/// (another figure, another actor, a negation, another event with the same figure).
@Suite("Matching sentence pairs")
struct MatchingPairTests {
    struct Pair: CustomTestStringConvertible, Sendable {
        var first: String
        var second: String
        var same: Bool
        var why: String
        var testDescription: String { "\(same ? "same" : "apart") (\(why)): \(first) | \(second)" }
    }

    static let pairs: [Pair] = [
        // The same claim in other words.
        Pair(
            first: "Eleven US soldiers were wounded in the attack.",
            second: "11 American troops were injured in the attack.", same: true, why: "numbers and synonyms"),
        Pair(
            first: "Iran is plotting to assassinate the US ambassador to South Africa.",
            second:
                "The Iranian government is weighing a plot to kill America's envoy to South Africa, officials said.",
            same: true, why: "paraphrase"),
        Pair(
            first: "The company laid off 1,000 workers.",
            second: "1000 workers were laid off by the company, a spokesman said.", same: true,
            why: "thousands separator, attribution"),
        Pair(
            first: "Five people were killed in the explosion, police said.",
            second: "The explosion killed five people.", same: true, why: "voice"),
        Pair(
            first: "The minister resigned on Tuesday after the scandal.",
            second: "The minister has resigned after the scandal, officials said.", same: true, why: "tense and day"),
        Pair(
            first: "Thirty-four U.S. service members were diagnosed with traumatic brain injuries.",
            second: "34 US troops suffered traumatic brain injuries, the Pentagon said.", same: true,
            why: "spelled figure, service members"),
        Pair(
            first: "Qassem Soleimani was killed in a US drone strike in Baghdad.",
            second: "A U.S. drone strike in Baghdad killed Qasem Suleimani.", same: true, why: "transliteration"),
        Pair(
            first: "The central bank raised interest rates to 5.25%.",
            second: "Interest rates were raised to 5.25 percent by the central bank.", same: true, why: "percent"),
        Pair(
            first: "No Americans were harmed in the attack.", second: "No US personnel were hurt in the strike.",
            same: true, why: "negated paraphrase"),
        Pair(
            first: "The earthquake killed more than 2,000 people.",
            second: "More than 2000 people died in the earthquake.", same: true, why: "die/kill"),
        Pair(
            first: "Police arrested three suspects after the shooting.",
            second: "Three suspects were detained by police after the shooting.", same: true, why: "arrest/detain"),
        Pair(
            first: "The Iranian embassy in Pretoria is involved in the plot, the official said.",
            second: "According to an unnamed official, Iran's embassy in Pretoria is involved in the plot.", same: true,
            why: "attribution placement"),
        Pair(
            first: "President Trump said the injuries were not very serious.",
            second: "Trump said he did not consider the injuries serious.", same: true, why: "negated quote"),
        Pair(
            first: "The flooding has killed 45 people in the province.",
            second: "At least 45 people have died in the flooding in the province, reportedly.", same: true,
            why: "hedge"),
        Pair(
            first: "The total number of troops diagnosed rose to 64.",
            second: "The Pentagon said 14 more troops were diagnosed, raising the total to 64.", same: true,
            why: "extra figure in the later clause"),
        Pair(
            first: "The number of troops with brain injuries now stands at 50, the Defense Department said.",
            second: "The tally of troops with brain injuries had increased from 34 to 50, CNN reported.",
            same: true, why: "from 34 to 50 reports 50"),
        Pair(
            first: "Iran is plotting to assassinate the US ambassador to South Africa, officials said.",
            second:
                "Allegations of an Iranian plot to assassinate the US ambassador to South Africa are receiving the highest attention, the agency said.",
            same: false, why: "the allegation is the subject: a claim about the claim"),
        Pair(
            first: "The accusation that the mayor took bribes from the contractor surprised the council.",
            second: "The mayor took bribes from the contractor, prosecutors said.", same: false,
            why: "an accusation as subject"),
        Pair(
            first: "No troops had been injured in the strike.",
            second: "No, I don't consider them very serious injuries, the president said.",
            same: false, why: "sharing a negation is not sharing a subject"),
        Pair(
            first: "The company said 300 jobs would be cut at the plant.",
            second: "Another 50 job cuts were announced on Friday, bringing the total at the plant to 300.",
            same: true, why: "an increment is not the figure the sentence states"),
        Pair(
            first: "No passengers were hurt when the train derailed on the night of March 3.",
            second: "No passengers were hurt when the train derailed on the night of March 3 to 4.", same: true,
            why: "the second day of a date range is not a figure"),
        Pair(
            first: "The government raised fuel prices to curb the deficit.",
            second: "The opposition blocked the budget to curb the deficit.", same: false,
            why: "two subjects with no word in common"),
        Pair(
            first: "The carmaker recalled the vehicles over faulty airbags.",
            second: "The vehicles were recalled by the carmaker over faulty airbags, a spokesman said.", same: true,
            why: "active and passive voice: two subjects, the same actors"),
        Pair(
            first: "The regulator fined the bank for misleading customers.",
            second: "The bank was fined by the regulator for misleading its customers.", same: true,
            why: "passive voice without a figure"),
        // Different figures.
        Pair(
            first: "34 troops were diagnosed with brain injuries, the Pentagon said.",
            second: "The tally of troops diagnosed with brain injuries increased from 34 to 50.", same: false,
            why: "from 34 to 50 no longer reports 34"),
        Pair(
            first: "11 troops were injured in the attack.", second: "34 troops were injured in the attack.",
            same: false, why: "figure"),
        Pair(
            first: "The earthquake killed 2,000 people.", second: "The earthquake killed 3,000 people.", same: false,
            why: "figure"),
        Pair(
            first: "Interest rates rose to 5.25%.", second: "Interest rates rose to 5.5%.", same: false,
            why: "decimal figure"),
        Pair(
            first: "Dozens of soldiers suffered brain injuries in the strike.",
            second: "More than 100 soldiers suffered brain injuries in the strike.", same: false,
            why: "vague versus exact"),
        Pair(
            first: "Thirty-four troops were hurt in the blast.", second: "Forty-three troops were hurt in the blast.",
            same: false, why: "spelled figures"),
        Pair(
            first: "The plane was carrying 176 people when it was shot down.",
            second: "The plane was carrying 167 people when it was shot down.", same: false, why: "digits swapped"),
        Pair(
            first: "The troops were injured in the attack.", second: "Eleven troops were injured in the attack.",
            same: false, why: "figure on one side only"),
        // Different actors.
        Pair(
            first: "Iran is plotting to assassinate the US ambassador to South Africa.",
            second: "Russia is plotting to assassinate the US ambassador to South Africa.", same: false, why: "actor"),
        Pair(
            first: "Israel launched airstrikes on targets in Syria.",
            second: "Turkey launched airstrikes on targets in Syria.", same: false, why: "actor"),
        Pair(
            first: "The United States imposed new sanctions on Venezuela.",
            second: "The European Union imposed new sanctions on Venezuela.", same: false, why: "actor"),
        Pair(
            first: "Microsoft agreed to buy the startup for an undisclosed sum.",
            second: "Google agreed to buy the startup for an undisclosed sum.", same: false, why: "actor"),
        // Negation.
        Pair(
            first: "Americans were harmed in the attack.", second: "No Americans were harmed in the attack.",
            same: false, why: "negation"),
        Pair(
            first: "The minister resigned over the scandal.", second: "The minister did not resign over the scandal.",
            same: false, why: "n't/not"),
        Pair(
            first: "The vaccine is safe for children, the agency said.",
            second: "The vaccine is not safe for children, the agency said.", same: false, why: "not"),
        Pair(
            first: "Iran was behind the attack on the tanker.",
            second: "Iran was never behind the attack on the tanker.", same: false, why: "never"),
        // Another event sharing a figure or a speaker.
        Pair(
            first: "The Pentagon said 34 troops were injured.", second: "The Pentagon said 34 aircraft were grounded.",
            same: false, why: "same figure and speaker"),
        Pair(
            first: "The storm left 10,000 homes without power.",
            second: "10,000 protesters marched through the capital.", same: false, why: "same figure"),
        Pair(
            first: "Iran fired ballistic missiles at two bases in Iraq.",
            second: "Iran denied any role in the downing of the airliner.", same: false, why: "same actor"),
    ]

    @Test("pair", arguments: pairs)
    func pair(_ pair: Pair) {
        var index = ClaimIndex()
        index.insert(claim: 1, signature: ClaimSignature(text: pair.first))
        let match = index.bestMatch(for: ClaimSignature(text: pair.second))
        #expect((match != nil) == pair.same, "score \(match.map { String($0.score) } ?? "none")")
    }

    @Test("pairs hold inside an index of other wordings", arguments: pairs)
    func pairInContext(_ pair: Pair) {
        // The same pair inside an index that already holds unrelated wordings, so that token
        // weights are not those of a one-entry index.
        var index = ClaimIndex()
        for (offset, other) in Self.pairs.enumerated() where other.first != pair.first && other.second != pair.second {
            index.insert(claim: Int64(100 + offset), signature: ClaimSignature(text: other.first))
        }
        index.insert(claim: 1, signature: ClaimSignature(text: pair.first))
        let match = index.bestMatch(for: ClaimSignature(text: pair.second))
        #expect((match?.claim == 1) == pair.same, "matched \(match.map { "\($0.claim) at \($0.score)" } ?? "none")")
    }
}
