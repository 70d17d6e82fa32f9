/// The word lists that decide which words of a mention carry its proposition.
///
/// Matching compares *what is claimed*, not who said it or how sure they were, so three kinds of
/// word are dropped before comparison: grammatical stop words, attribution words ("said",
/// "according", "officials") and hedges ("reportedly", "allegedly"). The lists are general
/// English news vocabulary; nothing here is tuned to particular articles.
enum SignatureLexicon {
    /// Function words and time fillers ("Monday", "last week") that vary freely between two
    /// reports of the same fact.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into", "onto",
        "and", "or", "but", "nor", "so", "as", "than", "then", "that", "this", "these", "those",
        "it", "its", "itself", "they", "them", "their", "theirs", "he", "she", "his", "her", "him",
        "hers", "we", "our", "you", "your", "i", "me", "my", "mine", "who", "whom",
        "whose", "which", "what", "when", "where", "why", "how", "there", "here", "is", "are", "was",
        "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also",
        "about", "after", "before", "since", "while", "during", "until", "upon", "against", "among",
        "between", "through", "over", "under", "up", "down", "out", "off", "just", "only", "very",
        "too", "more", "most", "less", "least", "some", "any", "all", "each", "every", "both",
        "either", "such", "own", "same", "other", "another", "one", "ones", "if", "because", "whether",
        "though", "although", "yet", "still", "even", "again", "already", "now", "once", "ever",
        "well", "much", "many", "few", "several",
        "millions", "number", "total", "least", "around", "about", "approximately", "nearly",
        "almost", "roughly", "some", "per", "via", "within", "across", "toward",
        "towards", "amid", "despite", "like", "unlike", "including", "include", "includes",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tomorrow", "tonight", "week", "weeks", "month", "months", "year",
        "years", "day", "days", "last", "next", "earlier", "later", "ago", "recently", "recent",
        "initially", "previously", "first", "second", "third", "latest", "early", "late", "new",
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "sen", "rep",
        "gov", "st", "jr", "sr", "ll", "re", "ve", "d", "m", "s", "t", "don", "didn", "doesn",
        "isn", "wasn", "aren", "weren", "won", "couldn", "wouldn", "shouldn", "haven", "hasn",
        "hadn", "ain", "wo", "ca", "get", "got", "gets", "make", "made", "makes", "take", "took",
        "taken", "go", "went", "gone", "come", "came", "being", "become", "became", "becoming",
        "whom", "thus", "however", "meanwhile", "moreover", "furthermore", "therefore", "instead",
        "mid", "top", "way", "ways", "lot", "lots", "part", "kind", "sort", "tally", "tallies", "toll", "tolls",
    ]

    /// Words of attribution and hedging: they say who vouches for a claim, not what it is.
    /// Extraction removes most attribution phrases; these catch what it leaves.
    static let attributionWords: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "according",
        "report", "reports", "reported", "reporting", "reportedly", "allegedly", "alleged",
        "purportedly", "supposedly", "apparently", "seemingly", "possibly", "probably", "likely",
        "official", "officials", "source", "sources", "insider", "insiders", "spokesman",
        "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "cite", "cites", "citing",
        "cited", "quote", "quoted", "quoting", "statement", "announce", "announced", "announces",
        "announcing", "announcement", "confirm", "confirmed", "confirms", "confirming",
        "acknowledge", "acknowledged", "acknowledges", "believe", "believed", "believes", "claim",
        "claims", "claimed", "claiming", "add", "added", "adding", "adds", "note", "noted",
        "notes", "stated", "declare", "declared", "tweet", "tweeted",
        "tweets", "wrote", "write", "writes", "unnamed", "anonymous", "familiar", "matter",
        "condition", "anonymity", "person", "briefed", "knowledge", "suggest",
        "suggests", "suggested", "indicate", "indicates", "indicated", "reveal", "revealed",
        "reveals", "show", "showed", "shows", "shown", "seen", "papers", "documents", "document",
        "story", "article", "media", "press", "publication", "outlet", "news", "magazine",
        "newspaper", "wire",
    ]

    /// Words after which a number counts people *speaking*, not a figure of the claim
    /// ("two U.S. officials told…").
    static let speakerNouns: Set<String> = [
        "official", "officials", "source", "sources", "people", "persons", "insiders",
        "diplomats", "aides", "witnesses", "analysts", "experts", "reporters",
        "spokesmen", "lawmakers",
    ]

    /// Words that flip a proposition. They become one token, "not", which both sides of a
    /// match must agree on.
    static let negations: Set<String> = [
        "no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "cannot",
    ]

    /// Small general synonym folds of the news domain: word → representative word. Both sides
    /// are stemmed when the table is built, so one entry covers "wounded", "wounds", "wounding".
    static let synonyms: [String: String] = [
        "assassinate": "kill", "assassination": "kill", "murder": "kill", "slay": "kill",
        "slain": "kill", "dead": "kill", "die": "kill", "died": "kill", "death": "kill",
        "envoy": "ambassador", "soldier": "troop", "personnel": "troop", "servicemen": "troop",
        "servicemembers": "troop", "wound": "injury", "hurt": "injury", "harm": "injury",
        "injure": "injury", "casualty": "injury", "american": "us", "america": "us",
        "usa": "us", "iranian": "iran", "iraqi": "iraq", "israeli": "israel",
        "russian": "russia", "chinese": "china", "british": "uk", "britain": "uk",
        "syrian": "syria", "afghan": "afghanistan", "ukrainian": "ukraine", "turkish": "turkey",
        "contemplate": "consider", "weigh": "consider", "mull": "consider", "ponder": "consider",
        "scheme": "plot", "conspire": "plot", "conspiracy": "plot", "revenge": "avenge",
        "retaliate": "avenge", "retaliation": "avenge", "retaliatory": "avenge",
        "rocket": "missile", "airbase": "base", "presidential": "president", "tbi": "brain",
        "concussion": "brain", "reject": "deny", "dismiss": "deny", "rebuff": "deny",
        "denial": "deny", "strike": "attack", "assault": "attack", "raid": "attack",
        "nuclear": "nuclear", "atomic": "nuclear", "kidnap": "abduct", "vote": "vote",
        "elect": "vote", "election": "vote", "arrest": "detain", "detention": "detain",
        "jail": "prison", "imprison": "prison", "rise": "increase", "raise": "increase",
        "grow": "increase", "climb": "increase", "risen": "increase", "rose": "increase",
    ]

    /// Two-word expressions that stand for one concept (raw lowercase words → word).
    static let phrases: [String: String] = [
        "united states": "us", "united kingdom": "uk", "united nations": "un",
        "service members": "troop", "service member": "troop", "air base": "base",
        "military base": "base", "brain injury": "brain", "brain injuries": "brain",
        "white house": "whitehouse", "state department": "statedepartment",
        "defense department": "pentagon", "defence department": "pentagon",
    ]

    /// Month names (and their abbreviations) for date recognition.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// Spelled-out numbers. "one" is left out on purpose: "one of the officials" is not a
    /// figure, and "a"/"one" would turn every singular into the figure 1.
    static let numberWords: [String: Int] = [
        "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]

    /// Scale words that multiply a preceding number ("5 million", "two hundred").
    static let scaleWords: [String: Int] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    ]

    /// Time units: a number followed by one of these and then "later"/"ago" is a time
    /// reference ("10 days later"), not a figure of the claim.
    static let timeUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        "month", "months", "year", "years",
    ]
}
