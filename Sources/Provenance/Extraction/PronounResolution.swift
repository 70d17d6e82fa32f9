/// Pronoun speakers: "he said" and "she added" go to the nearest person named
/// before whom the pronoun can mean, and stay as written (kind unknown) when
/// nobody fits; a wrong name would be worse than none, since corroboration
/// counts speakers.
///
/// A person's gender is known from a title or role ("Mrs", "King",
/// "spokeswoman"), a common given name (`GenderLexicon`), an earlier mention
/// of the same surname, or a gendered pronoun that can only mean them
/// ("Lopez said … Her ministry …"). Unknown gender fits either pronoun.
/// "They" fits an organisation or a plural group of unnamed sources, never
/// one person (`fitsThey`, used by the article-level pass).
extension MentionExtractor {
    /// A person named in the article: a candidate for a later "he" or "she".
    struct NamedPerson {
        /// nil when only its bytes are known (made a `String` when a pronoun needs it).
        var name: String?
        var span: Range<Int>
        /// The hash of the name's last word: "Lopez" is the "Maria Lopez" named before.
        var surname: UInt64
        var gender: Gender
        /// The sentence (counted from the article's start) where the person was last named.
        var sentence: Int
    }
}

extension MentionExtractor.ArticleRun {
    typealias Gender = MentionExtractor.Gender

    /// Candidates kept: a pronoun seldom reaches further back than a few names.
    static let maxPeople = 8

    /// "he said", "she added": the nearest person named before the sentence whose
    /// gender fits. The pronoun then shows the person's gender, if it was unknown.
    mutating func resolvePronouns(from start: Int) {
        guard !people.isEmpty else { return }
        for i in start..<drafts.count where drafts[i].mention.speakerKind == .unknown {
            guard let r = drafts[i].mention.speakerSpan, r.count <= 3 else { continue }
            let h = ByteText.hash(p, r.lowerBound, r.upperBound)
            let want: Gender
            if h == Lexicon.hHe {
                want = .male
            } else if h == Lexicon.hShe {
                want = .female
            } else {
                continue
            }
            guard let k = people.lastIndex(where: { $0.gender == want || $0.gender == .unknown }) else { continue }
            var person = people.remove(at: k)
            person.gender = want
            person.sentence = sentenceCount
            if person.name == nil { person.name = string(person.span) }
            drafts[i].mention.speaker = person.name
            drafts[i].mention.speakerKind = .person
            people.append(person)
        }
    }

    /// Remembers the people the sentence names, in order: person speakers, and
    /// names after a capitalised title outside quotations ("President Trump").
    mutating func noteNamedPeople(from start: Int) {
        var found = namedScratch  // its storage reused: no allocation per sentence
        namedScratch = []
        found.removeAll(keepingCapacity: true)
        defer { namedScratch = found }
        for d in drafts[start...] where d.mention.speakerKind == .person {
            guard let s = d.mention.speaker, let span = d.mention.speakerSpan else { continue }
            if span.count <= 3 {
                let h = ByteText.hash(p, span.lowerBound, span.upperBound)
                if h == Lexicon.hHe || h == Lexicon.hShe { continue }  // resolved above
            }
            found.append((s, span))
        }
        if !summary.classes.isDisjoint(with: [.title, .role]) { titledNames(into: &found) }
        if found.count > 1 { found.sort { $0.span.lowerBound < $1.span.lowerBound } }
        for f in found { notePerson(f.name, f.span) }
    }

    /// "President Ana Ruiz", "Mr Hale" in running text: a capitalised title
    /// followed by up to three capitalised words.
    func titledNames(into found: inout [(name: String?, span: Range<Int>)]) {
        let excluded: MentionExtractor.WordClass = [
            .place, .organization, .anonymous, .outlet, .document, .determiner, .pronoun, .temporal,
            .outletSuffix, .title, .role,
        ]
        var i = 0
        while i < tokens.count {
            let tok = tokens[i]
            guard tok.kind == .word, tok.capitalized, !tok.inQuote, !tok.cls.isDisjoint(with: [.title, .role]) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < tokens.count, tokens[j].kind == .word,
                tokens[j].capitalized && !tokens[j].cls.isDisjoint(with: [.title, .role])
                    || tokens[j].hash == Lexicon.hOf && j + 1 < tokens.count && tokens[j + 1].capitalized
            {
                j += 1
            }
            var n = j
            while n < tokens.count, tokens[n].kind == .word, tokens[n].capitalized, !tokens[n].inQuote,
                tokens[n].cls.isDisjoint(with: excluded)
            {
                n += 1
            }
            let span = tokens[i].start..<tokens[n - 1].end
            if n > j, n - j <= 3, !found.contains(where: { $0.span.overlaps(span) }) {
                found.append((nil, span))
            }
            i = max(n, i + 1)
        }
    }

    /// Adds a named person as the most recent candidate. A surname named before
    /// is the same person unless the genders disagree ("Mr Hale", "Mrs Hale").
    mutating func notePerson(_ name: String?, _ span: Range<Int>) {
        var (gender, surname) = genderAndSurname(span)
        if let last = people.last, last.surname == surname, last.gender == gender || gender == .unknown {
            // The same person named again, the usual case: updated in place.
            people[people.count - 1].name = name
            people[people.count - 1].span = span
            people[people.count - 1].sentence = sentenceCount
            return
        }
        if let k = people.lastIndex(where: {
            $0.surname == surname && ($0.gender == gender || $0.gender == .unknown || gender == .unknown)
        }) {
            let old = people.remove(at: k)
            if gender == .unknown { gender = old.gender }
        }
        people.append(
            MentionExtractor.NamedPerson(
                name: name, span: span, surname: surname, gender: gender, sentence: sentenceCount))
        if people.count > Self.maxPeople { people.removeFirst() }
    }

    /// The gender the first gendered word of a name shows (a title, a role or a
    /// given name), and the hash of its last word.
    func genderAndSurname(_ r: Range<Int>) -> (Gender, UInt64) {
        var gender = Gender.unknown
        var last: UInt64 = 0
        var i = r.lowerBound
        while i < r.upperBound {
            guard ByteText.isWordByte(p, i, r.upperBound) else {
                i += 1
                continue
            }
            let s = i
            while i < r.upperBound, ByteText.isWordByte(p, i, r.upperBound) { i += 1 }
            let h = ByteText.hash(p, s, i)
            if gender == .unknown { gender = MentionExtractor.GenderLexicon.gender(h) }
            if i - s > 1 { last = h }
        }
        return (gender, last)
    }

    /// "Smith said … His statement …": a gendered pronoun outside quotations,
    /// when only one person of unknown gender was named in this sentence or the
    /// one before (and before the pronoun), shows that person's gender.
    mutating func noteGenderedPronoun() {
        let masculine = summary.classes.contains(.masculine)
        guard masculine != summary.classes.contains(.feminine), let last = people.last, last.gender == .unknown,
            last.sentence >= sentenceCount - 1
        else { return }
        if people.count > 1, people[people.count - 2].sentence >= sentenceCount - 1 { return }
        let cls: MentionExtractor.WordClass = masculine ? .masculine : .feminine
        let after = last.sentence == sentenceCount ? last.span.upperBound : 0
        guard tokens.contains(where: { $0.start >= after && !$0.inQuote && $0.cls.contains(cls) }) else { return }
        people[people.count - 1].gender = masculine ? .male : .female
    }

    /// The nearest speaker before draft `i` whom "they" can mean. Searched only when
    /// a "they" needs it, which is rare, so that other speakers cost nothing.
    func nearestGroup(before i: Int) -> (String, SourceKind)? {
        for j in stride(from: i - 1, through: 0, by: -1) {
            let m = drafts[j].mention
            if let s = m.speaker, let k = m.speakerKind, fitsThey(k, m.speakerSpan) { return (s, k) }
        }
        return nil
    }

    /// Whether "they" can mean this speaker: an organisation, or unnamed
    /// sources in the plural ("local officials", "two diplomats", "people
    /// familiar with the talks"), not "a spokesman" or "one of the officials".
    func fitsThey(_ kind: SourceKind, _ r: Range<Int>?) -> Bool {
        if kind == .organization { return true }
        guard kind == .anonymous, let r else { return false }
        var first = true
        var i = r.lowerBound
        while i < r.upperBound {
            guard ByteText.isWordByte(p, i, r.upperBound) else {
                i += 1
                continue
            }
            let s = i
            while i < r.upperBound, ByteText.isWordByte(p, i, r.upperBound) { i += 1 }
            let h = ByteText.hash(p, s, i)
            if first, Self.singular.contains(h) { return false }
            first = false
            if h == Self.hPeople { return true }
            if i - s > 3, p[i - 1] == 0x73, p[i - 2] != 0x73, table.lookup(h).contains(.anonymous) { return true }
        }
        return false
    }

    static let singular: Set<UInt64> = Set(["a", "an", "one", "another", "each", "every"].map(ByteText.hash))
    static let hPeople = ByteText.hash("people")
}
