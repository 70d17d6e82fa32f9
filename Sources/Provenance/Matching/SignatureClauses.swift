/// Cuts the side clauses off a mention before its words are compared.
///
/// News sentences hang background on the claim: "no Americans were harmed in the attack,
/// which came amid tensions over the killing of a general", "while damage assessments were
/// still underway, there were no reports of casualties". Two reports of the same claim rarely
/// hang the same background on it, so those words only lower the similarity of the claim to
/// itself, and a background shared by a whole story ("the killing of a general") pulls unrelated
/// claims together. The cut is syntactic and general: a trailing clause opened after a comma
/// by a non-restrictive or concessive word, and a leading concessive or temporal clause closed by
/// a comma. Only the signature loses them; the mention's text is untouched.
enum SignatureClauses {
    /// Words that open a trailing side clause after a comma.
    static let trailingOpeners: Set<String> = ["which", "although", "though", "while", "whereas", "amid"]
    /// Words that open a leading side clause ended by a comma.
    static let leadingOpeners: Set<String> = ["while", "although", "though", "whereas", "despite", "amid"]

    /// The words of the main clause; all of them when cutting would leave fewer than three.
    static func core(_ words: [RawWord]) -> [RawWord] {
        var start = 0
        if let first = words.first, leadingOpeners.contains(first.text),
            let pause = words.prefix(16).firstIndex(where: \.isFollowedByPause), words.count - pause - 1 >= 3
        {
            start = pause + 1
        }
        var end = words.count
        if let pause = words[start..<end].indices.first(where: { index in
            index + 1 < end && index - start >= 2 && words[index].isFollowedByPause
                && trailingOpeners.contains(words[index + 1].text)
        }) {
            end = pause + 1
        }
        guard end - start >= 3 else { return words }
        return Array(words[start..<end])
    }
}
