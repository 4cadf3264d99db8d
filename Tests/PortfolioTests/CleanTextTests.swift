import Foundation
import Testing
import SQLite
@testable import Portfolio

/// Text on the way in: NFC, no control characters in names, free text that may
/// keep its line breaks and tabs, and names that can be seen.
@Suite struct CleanTextTests {
    @Test func namesAreNFCAndTrimmed() throws {
        let decomposed = "  Sjo\u{308}gata Kafe\u{301} AS \t"
        let name = try Text.name(decomposed, of: "a partner")
        #expect(name.unicodeScalars.map(\.value) == "Sjögata Kafé AS".precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value))
        #expect(name.unicodeScalars.count == 15)
    }

    @Test(arguments: [
        ("Rød\u{1B}[31m AS", "the name of a partner holds the control character U+001B; names cannot"),
        ("To\nlinjer AS", "the control character U+000A"),
        ("Tab\tAS", "the control character U+0009"),
        ("Slett\u{7F}", "the control character U+007F"),
        ("C1\u{85}AS", "the control character U+0085"),
        ("\u{202E}SA kniL", "the control character U+202E"),
        ("\u{200B}\u{200B}", "the name of a partner has no letter or digit to see"),
        ("--- ...", "has no letter or digit to see"),
        ("   ", "a partner needs a name"),
    ])
    func namesWithoutAVisibleLetterOrWithAControlCharacterAreRefused(input: String, reason: String) {
        let error = #expect(throws: PortfolioError.self) { try Text.name(input, of: "a partner") }
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
    }

    @Test func freeTextKeepsLineBreaksAndTabsButNoOtherControlCharacter() throws {
        #expect(try Text.freeText(" Linje én\nlinje to\r\n\tinnrykk ", of: "the description") == "Linje én\nlinje to\r\n\tinnrykk")
        #expect(try Text.freeText("  ", of: "the description") == nil)
        let error = #expect(throws: PortfolioError.self) { try Text.freeText("bell\u{7}", of: "the description") }
        #expect(error?.message == "the description holds the control character U+0007; only line breaks and tabs may stand in it")
    }

    @Test func namesThatDifferOnlyInCaseOrUnicodeFormHaveOneKey() {
        #expect(Text.nameKey("Ærfugl AS") == Text.nameKey("ÆRFUGL  as"))
        #expect(Text.nameKey("A\u{30A}sen AS") == Text.nameKey("Åsen AS"))
        #expect(Text.nameKey("Straße AS") == Text.nameKey("STRASSE AS"))
        #expect(Text.nameKey("Ærfugl AS") != Text.nameKey("Ørfugl AS"))
    }
}

/// Two partners of one name (in any case or Unicode form) only when both have an
/// organisation number: mon refuses the second, and so does the database's own trigger.
@Suite struct PartnerNameTests {
    let db: PortfolioDatabase
    let partners: PartnerRepository

    init() throws {
        db = try PortfolioDatabase.inMemory(actor: "test")
        partners = PartnerRepository(db)
    }

    @Test func aSecondPartnerOfTheSameNameIsRefusedUnlessBothHaveAnOrganisationNumber() throws {
        try partners.add(name: "Åsen Ærfugl AS")
        let error = #expect(throws: PortfolioError.self) { try partners.add(name: "A\u{30A}SEN ÆRFUGL  as") }
        #expect(error?.message == "partner 1 is already named 'Åsen Ærfugl AS'; two partners share a name only when both have an organisation number")
        #expect(throws: PortfolioError.self) { try partners.add(name: "åsen ærfugl as", orgnr: try OrganisationNumber(parsing: "923609016")) }
        try partners.add(name: "Vefsn Bygg AS", orgnr: try OrganisationNumber(parsing: "923609016"))
        try partners.add(name: "VEFSN BYGG AS", orgnr: try OrganisationNumber(parsing: "974760673"))
        #expect(try partners.list().count == 3)
    }

    @Test func renamingIntoAnotherPartnersNameIsRefused() throws {
        try partners.add(name: "Helgeland Industri AS")
        try partners.add(name: "Mosjøen Mek AS")
        #expect(throws: PortfolioError.self) { try partners.update("2") { $0.name = "HELGELAND industri as" } }
        try partners.update("2") { $0.name = "MOSJØEN MEK AS" }
        #expect(try partners.list().map(\.name).sorted() == ["Helgeland Industri AS", "MOSJØEN MEK AS"])
    }

    /// The rule in Swift and the rule in the database decide every case alike: the
    /// same pairs are refused by the repository and, bypassing it, by the trigger.
    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func theRepositoryAndTheTriggerAgree(firstHasOrgnr: Bool, secondHasOrgnr: Bool) throws {
        let first = firstHasOrgnr ? "923609016" : nil, second = secondHasOrgnr ? "974760673" : nil
        try partners.add(name: "Vefsn Bygg AS", orgnr: try first.map(OrganisationNumber.init(parsing:)))
        let byMon = (try? partners.add(name: "vefsn bygg as", orgnr: try second.map(OrganisationNumber.init(parsing:)))) != nil
        let other = try PortfolioDatabase.inMemory(actor: "test")
        try PartnerRepository(other).add(name: "Vefsn Bygg AS", orgnr: try first.map(OrganisationNumber.init(parsing:)))
        let bySQL = (try? other.connection.execute("INSERT INTO partner (name, orgnr, name_key) VALUES (?, ?, ?)",
                                                   ["vefsn bygg as", second, Text.nameKey("vefsn bygg as")])) != nil
        #expect(byMon == bySQL)
        #expect(byMon == (firstHasOrgnr && secondHasOrgnr))
    }

    @Test func aPartnerWrittenWithoutAKeyGetsOneBeforeTheNextChange() throws {
        try db.connection.execute("INSERT INTO partner (name) VALUES (?)", ["ÅSEN AS"])
        try partners.add(name: "Mosjøen Mek AS")
        let key: String? = try db.connection.scalar("SELECT name_key FROM partner WHERE id = 1")
        #expect(key == Text.nameKey("åsen as"))
        #expect(throws: PortfolioError.self) { try partners.add(name: "A\u{30A}sen AS") }
    }
}

/// Bounds the domain keeps whatever calls it: the total of every allocation, and
/// the length of one CSV record.
@Suite struct DomainBoundTests {
    @Test func allocationsAreRefusedBeforeTheirTotalCouldOverflowAnySum() throws {
        let db = try PortfolioDatabase.inMemory(actor: "test")
        let funds = FundRepository(db)
        // 93 allocations of 10^17 øre once overflowed every later sum; now the total stops at 10^15 øre.
        try db.connection.execute("INSERT INTO allocation (fund_id, year, amount_ore) VALUES (1, 2024, ?)",
                                  [Bounds.allocations.ore - 100])
        try funds.allocate(year: 2025, amount: Money(kroner: 1))
        let error = #expect(throws: PortfolioError.self) { try funds.allocate(year: 2025, amount: Money(ore: 1)) }
        #expect(error?.message == "the funds' allocations would come to more than 10 000 000 000 000 kr, the most mon adds up; 10 000 000 000 000 kr is allocated already")
        #expect(try funds.status().first?.allocated == Bounds.allocations)
    }

    @Test func aRateStoredBeforeRatesWereBoundedConvertsWithoutACrash() {
        #expect(Euro(Bounds.amount, rate: 1e-300).cents == 1_000_000_000_000_000)
        #expect(Euro(Money(kroner: 1_149), rate: 11.49).cents == 10_000)
    }

    @Test func aCSVRecordOverOneMegabyteIsRefusedWithItsLine() throws {
        let long = "id,name\n1,ok\n2,\"" + String(repeating: "x", count: CSVFormat.Reader.largestRecord) + "\"\n"
        let error = #expect(throws: PortfolioError.self) { try CSVFormat.read(long) }
        #expect(error?.description.hasPrefix("line 3: a record longer than 1 MB begins here") == true, "\(error?.description ?? "")")
        let fits = "id,name\n1,\"" + String(repeating: "x", count: CSVFormat.Reader.largestRecord - 10) + "\"\n"
        #expect(try CSVFormat.read(fits).count == 2)
    }
}
