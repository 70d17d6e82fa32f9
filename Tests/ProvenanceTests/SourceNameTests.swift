import Testing

@testable import Provenance

@Suite("Source names")
struct SourceNameTests {
    @Test(
        "canonical forms",
        arguments: [
            ("President Trump", SourceKind.person, "Trump"),
            ("Donald Trump", .person, "Donald Trump"),
            ("President Donald Trump", .person, "Donald Trump"),
            ("Trump", .person, "Trump"),
            ("the Pentagon", .organization, "Pentagon"),
            ("the Defense Department", .organization, "Pentagon"),
            ("DoD", .organization, "Pentagon"),
            ("Department of Defense", .organization, "Pentagon"),
            ("the U.S. Department of Defense", .organization, "Pentagon"),
            ("Pentagon spokesman Jonathan Hoffman", .person, "Pentagon"),
            ("CENTCOM", .organization, "US Central Command"),
            ("US Central Command", .organization, "US Central Command"),
            ("U.S. Central Command", .organization, "US Central Command"),
            ("Central Command", .organization, "US Central Command"),
            ("Politico", .outlet, "Politico"),
            ("POLITICO", .outlet, "Politico"),
            ("the US news magazine Politico", .outlet, "Politico"),
            ("Gen. Kenneth McKenzie", .person, "Kenneth McKenzie"),
            ("Lt. Col. Thomas Campbell", .person, "Thomas Campbell"),
            ("Secretary of State Mike Pompeo", .person, "Mike Pompeo"),
            ("Transportation Commissioner Dana Okoro", .person, "Dana Okoro"),
            ("National Intelligence Director Avril Haines", .person, "Avril Haines"),
            ("Councilmember Priya Anand", .person, "Priya Anand"),
            ("FM Zarif", .person, "Zarif"),
            ("Saeed Khatibzadeh, the foreign ministry spokesman", .person, "foreign ministry"),
            ("Iran's foreign ministry", .organization, "Iranian Foreign Ministry"),
            ("Iran state television", .organization, "IRIB"),
            ("the Associated Press", .outlet, "Associated Press"),
            ("Fox News", .outlet, "Fox News"),
            ("two U.S. government officials", .anonymous, "two US government officials"),
            ("The New York Times", .outlet, "New York Times"),
            ("Trump's", .person, "Trump"),
        ])
    func canonical(_ name: String, _ kind: SourceKind, _ expected: String) {
        #expect(SourceNames.canonical(name, kind: kind) == expected)
    }

    @Test("keys fold case, so variants group together")
    func keys() {
        #expect(
            SourceNames.key("POLITICO", kind: .outlet) == SourceNames.key("the US news magazine Politico", kind: nil))
        #expect(SourceNames.key("DoD", kind: nil) == SourceNames.key("the Pentagon", kind: .organization))
        #expect(SourceNames.key("US Central Command", kind: nil) == "us central command")
    }

    @Test("surnames resolve to the full name seen, and stay when ambiguous")
    func resolver() {
        var resolver = NameResolver()
        for name in ["President Trump", "Donald Trump", "Gen. Kenneth McKenzie", "Javad Zarif", "Mohammad Javad Zarif"]
        {
            resolver.observe(SourceNames.canonical(name, kind: .person))
        }
        #expect(resolver.resolve(SourceNames.canonical("President Trump", kind: .person)) == "Donald Trump")
        #expect(resolver.resolve("McKenzie") == "Kenneth McKenzie")
        #expect(resolver.resolve("Zarif") == "Mohammad Javad Zarif")
        #expect(resolver.resolve("Pompeo") == "Pompeo")
        resolver.observe("Ivanka Trump")
        #expect(resolver.resolve("Trump") == "Trump")
    }
}
