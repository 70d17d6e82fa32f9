/// The gender a name or title shows, so that "he said" and "she said" go only
/// to a person they can refer to.
///
/// Only what is cheap and general: titles and roles that carry a gender
/// ("Mrs", "King", "spokeswoman") and a few hundred of the most common given
/// names, English and international. Names worn by both sexes in some
/// language ("Jordan", "Kim", "Jean", "Andrea") are left out: a person whose
/// gender is unknown fits either pronoun.
extension MentionExtractor {
    enum Gender: UInt8, Sendable {
        case unknown, male, female
    }

    enum GenderLexicon {
        /// The gender a word of a name shows, `.unknown` for most words. Looked up
        /// only for the words of a person's name when the person is noted.
        @inline(__always) static func gender(_ h: UInt64) -> Gender {
            Gender(rawValue: UInt8(truncatingIfNeeded: fast.lookup(h).rawValue)) ?? .unknown
        }

        /// `words` in the lexicon's open-addressing table, the gender's raw value as the class bits.
        static let fast = Lexicon.Table(words.mapValues { WordClass(rawValue: UInt64($0.rawValue)) })

        static let words: [UInt64: Gender] = {
            var d: [UInt64: Gender] = [:]
            func add(_ g: Gender, _ words: String) {
                for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) { d[ByteText.hash(String(w))] = g }
            }
            add(
                .male,
                """
                mr sir lord king prince duke baron earl emperor sultan sheikh emir father brother uncle \
                spokesman congressman businessman councilman
                """)
            add(
                .female,
                """
                mrs ms miss madam madame lady dame queen princess duchess baroness countess empress sheikha \
                mother sister aunt spokeswoman congresswoman businesswoman chairwoman councilwoman
                """)
            add(
                .male,
                """
                james john robert michael william david richard joseph thomas charles christopher daniel matthew \
                anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward \
                jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin \
                samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron henry adam douglas \
                nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry \
                sean arthur austin noah lawrence jesse joe bryan billy bruce albert willie gabriel logan alan \
                juan wayne roy ralph randy eugene vincent russell louis philip bobby johnny bradley liam oliver \
                harry oscar leo hugo max felix martin neil ian graham colin nigel simon stuart barry trevor \
                rishi boris keir tony gordon jeremy hamish angus callum declan conor liam sean ciaran \
                mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein omar abdullah ibrahim mustafa \
                yusuf khalid tariq hamid reza mahmoud amir karim samir javad hossein mehdi majid saeed \
                jose josé carlos luis miguel jorge pedro alejandro diego fernando javier manuel antonio francisco \
                rafael pablo sergio andres andrés ricardo eduardo roberto enrique raul raúl jaime \
                pierre jacques francois françois michel philippe nicolas emmanuel olivier laurent thierry \
                hans klaus jurgen jürgen wolfgang stefan andreas matthias markus olaf friedrich heinrich \
                giuseppe marco luca giovanni paolo matteo alessandro lorenzo \
                vladimir sergei sergey dmitry dmitri alexei alexey ivan nikolai mikhail yuri igor oleg viktor \
                victor volodymyr taras bogdan piotr tomasz krzysztof pawel \
                rahul amit raj sanjay vijay arun narendra rajesh suresh anil sunil ravi \
                kwame cyril thabo jacob nelson emeka chinedu oluwaseun tunde \
                hiroshi takashi kenji shinzo fumio yoshihide \
                tom bob bill jim mike dave steve dan ben nick matt tim pete andy ed ted rob rick ken greg jeff \
                jon fred doug phil ray ron don jim hank
                """)
            add(
                .female,
                """
                mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret \
                sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca \
                sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha \
                katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia \
                joyce virginia victoria kelly lauren christina joan evelyn judith megan cheryl hannah \
                martha madison teresa gloria sara janice abigail kathryn sophia grace judy denise amber \
                marilyn beverly danielle theresa diana natalie brittany charlotte marie kayla alexis isabella \
                lucy alice ella chloe zoe ava mia amelia harriet eleanor jane penelope fiona siobhan niamh \
                kamala hillary nancy liz theresa nicola jacinda ursula kaja \
                fatima aisha maryam zainab leila layla yasmin yasmine nadia amina noor zahra farah hana \
                ana lucia lucía sofia sofía isabel elena marta paula rosa gabriela valentina camila daniela \
                alejandra carmen pilar dolores beatriz \
                sophie claire isabelle nathalie chloé brigitte sylvie catherine \
                angela annalena sabine petra ursula heike \
                giulia francesca giorgia chiara alessandra \
                olga natalia natalya tatiana tatyana svetlana irina yulia ekaterina yekaterina anastasia \
                marina oksana agnieszka katarzyna \
                priya sunita anita pooja deepa lakshmi nirmala \
                ngozi thandi nomvula amara chiamaka funmilayo \
                yuko yoko keiko akiko \
                kate katie beth jenny sue meg maggie peggy annie ann anne nina eva eve ines inés rose lily ruby \
                ellie molly sally holly tina rita vera iris clara julia lena greta ingrid astrid freya magdalena
                """)
            return d
        }()
    }
}
