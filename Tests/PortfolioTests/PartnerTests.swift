import Testing
import Portfolio
import TestSupport

@Suite struct OrganisationNumberTests {
    @Test(arguments: ["974760673", "974 760 673", "923609016", "923 609 016", "\u{00A0}974\u{00A0}760\u{00A0}673"])
    func acceptsValidNumbersWithOrWithoutSpaces(input: String) throws {
        let orgnr = try OrganisationNumber(parsing: input)
        #expect(orgnr.digits.count == 9)
        #expect(orgnr.formatted.count == 11)
    }

    @Test func aRemainderOfZeroGivesCheckDigitZero() throws {
        // 3·9 + 2·1 + 7·0 + 6·0 + 5·0 + 4·0 + 3·0 + 2·8 = 45 … choose digits whose weighted sum is a multiple of 11:
        // 8·3 + 1·2 + 7·7 + 6·6 + 5·5 + 4·4 + 3·3 + 2·2 = 24+2+49+36+25+16+9+4 = 165 = 15·11
        #expect(try OrganisationNumber(parsing: "817654320").digits == "817654320")
        #expect(throws: PortfolioError.self) { try OrganisationNumber(parsing: "817654321") }
    }

    @Test func aRemainderOfOneHasNoValidCheckDigit() {
        // 1·3 + 0·2 + … + 0 + 2·2 = 7 … find a prefix whose weighted sum leaves remainder 1: 100000000 → 3 (no);
        // 4·3 = 12 → remainder 1, so no ninth digit can make 400000000X valid.
        for digit in 0...9 {
            #expect(throws: PortfolioError.self) { try OrganisationNumber(parsing: "40000000\(digit)") }
        }
    }

    @Test(arguments: [
        ("974760674", "check digit is wrong"),
        ("97476067", "has 8 digits, not 9"),
        ("9747606730", "has 10 digits, not 9"),
        ("97476067A", "must be 9 digits"),
        ("", "must be 9 digits"),
        ("974-760-673", "must be 9 digits"),
    ])
    func refusesAnythingElse(input: String, reason: String) {
        let error = #expect(throws: PortfolioError.self) { try OrganisationNumber(parsing: input) }
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
    }
}

@Suite struct PartnerRepositoryTests {
    let db: PortfolioDatabase
    let partners: PartnerRepository

    init() throws {
        db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/partners.sqlite", actor: "test")
        partners = PartnerRepository(db)
    }

    @Test func findsAPartnerByIdOrgnrOrName() throws {
        let id = try partners.add(name: "Vefsn kommune", orgnr: try OrganisationNumber(parsing: "974760673"), kind: .public)
        #expect(try partners.resolve("\(id)") == id)
        #expect(try partners.resolve("974 760 673") == id)
        #expect(try partners.resolve("vefsn KOMMUNE") == id)
        let other = try partners.add(name: "Ærlig Økonomi AS")
        #expect(try partners.resolve("ærlig økonomi as") == other)
        #expect(throws: PortfolioError.notFound("there is no partner 99")) { try partners.resolve("99") }
        #expect(throws: PortfolioError.notFound("no partner has organisation number 923609016")) { try partners.resolve("923609016") }
    }

    @Test func aDuplicateOrganisationNumberNamesItsHolder() throws {
        let orgnr = try OrganisationNumber(parsing: "974760673")
        try partners.add(name: "Vefsn kommune", orgnr: orgnr)
        #expect(throws: PortfolioError.refused("organisation number 974760673 is already registered, to Vefsn kommune (partner 1)")) {
            try partners.add(name: "Vefsn kommune (dublett)", orgnr: orgnr)
        }
        #expect(try partners.list().count == 1)
    }

    @Test func groupMembersCountAsOneUndertaking() throws {
        let parent = try partners.add(name: "Helgeland Industri AS", group: "Helgeland-konsernet")
        try partners.add(name: "Helgeland Industri Eiendom AS", group: "Helgeland-konsernet")
        try partners.add(name: "Sjøgata Kaffebar AS")
        let detail = try partners.detail("\(parent)")
        #expect(detail.groupMembers.map(\.name) == ["Helgeland Industri Eiendom AS"])
        #expect(try partners.list(group: "Helgeland-konsernet").count == 2)
    }

    @Test func anUpdateIsCheckedLikeAnAdd() throws {
        try partners.add(name: "A", orgnr: try OrganisationNumber(parsing: "974760673"))
        let other = try partners.add(name: "B")
        #expect(throws: PortfolioError.self) {
            try partners.update("\(other)") { $0.orgnr = try OrganisationNumber(parsing: "974760673") }
        }
        try partners.update("\(other)") { $0.municipality = "Vefsn"; $0.kind = .research }
        #expect(try partners.detail("B").partner.kind == .research)
        #expect(try partners.detail("B").partner.municipality == "Vefsn")
    }
}
