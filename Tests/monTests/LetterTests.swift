import Foundation
import Testing
import TestSupport

/// `mon grant letter`: the decision letter in bokmål, every value escaped, its
/// de minimis figures those of `mon deminimis` on the award day.
@Suite struct LetterTests {
    /// 1: de minimis to a group member whose sister had EUR 100 000 before; 2: an applicant named
    /// like a script; 3: `{{x}}` in the purpose, rejected with a reason; 4: withdrawn; 5: undecided.
    static let folder = buildDatabase([
        ["partner", "add", "Nordlaks Vefsn AS", "--orgnr", "910000004", "--group", "Nordlaks-konsernet", "--municipality", "Vefsn"],
        ["partner", "add", "Nordlaks Settefisk AS", "--orgnr", "910000012", "--group", "Nordlaks-konsernet", "--municipality", "Vefsn"],
        ["partner", "add", "<script>alert(1)</script>", "--municipality", "Vefsn"],
        ["fund", "allocate", "--year", "2025", "5 000 000"],
        ["deminimis", "declare", "910000012", "1 000 000", "--date", "2024-06-01", "--giver", "Innovasjon Norge", "--eur-rate", "10"],
        ["grant", "apply", "--applicant", "910000004", "--amount", "460 000", "--total-cost", "1 150 000", "--received", "2025-01-10",
         "--purpose", "Nytt settefiskanlegg"],
        ["grant", "approve", "1", "--date", "2025-02-03", "--eur-rate", "11.5", "--deadline", "2026-12-31", "--decided-by", "styret",
         "--case", "PS 4/25"],
        ["grant", "apply", "--applicant", "3", "--amount", "40 000", "--total-cost", "100 000", "--received", "2025-01-10",
         "--basis", "not-aid", "--purpose", "<b>fet</b> & «sitat»"],
        ["grant", "approve", "2", "--date", "2025-02-03"],
        ["grant", "apply", "--applicant", "3", "--amount", "40 000", "--total-cost", "100 000", "--received", "2025-01-10",
         "--basis", "not-aid", "--purpose", "{{x}} og {{#a}}b{{/a}}"],
        ["grant", "reject", "3", "--date", "2025-02-03", "--reason", "Prosjektet ligger utenfor fondets formål", "--decided-by", "daglig leder"],
        ["grant", "apply", "--applicant", "3", "--amount", "40 000", "--total-cost", "100 000", "--received", "2025-01-10", "--basis", "not-aid"],
        ["grant", "withdraw", "4", "--date", "2025-02-03"],
        ["grant", "apply", "--applicant", "3", "--amount", "40 000", "--total-cost", "100 000", "--received", "2025-01-10", "--basis", "not-aid"],
    ])

    static func letter(_ id: Int, _ format: String = "html", db: String) throws -> String {
        let run = try mon(["grant", "letter", "\(id)", "--format", format, "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    /// The `data-value` of the element marked `data-figure="name"`.
    static func figure(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: "data-figure=\"\(name)\" data-value=\"") else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }

    /// The Herøy conditions, as approved: the letter states each of them, in Norwegian, to the hundredth of a percent.
    @Test func theLetterStatesTheGrantsConditions() throws {
        let db = try copyDatabase(in: Self.folder)
        let approve = try mon(["grant", "approve", "5", "--date", "2025-02-03", "--completion", "31.12.2025", "--report-due", "31.01.2026",
                               "--max-share", "12,07", "--holdback", "10", "--condition", "Attestert regnskap før utbetaling",
                               "--db", db])
        #expect(approve.status == 0, "\(approve.stderr)")
        for format in ["html", "markdown"] {
            let letter = try Self.letter(5, format, db: db)
            #expect(letter.contains("gjennomført innen 31.12.2025"), "\(format)")
            #expect(letter.contains("sendt innen 31.01.2026"), "\(format)")
            #expect(letter.contains("høyst 12,07 % av dokumenterte kostnader"), "\(format)")
            #expect(letter.contains("10 % av tilskuddet holdes tilbake"), "\(format)")
            #expect(letter.contains("Attestert regnskap før utbetaling"), "\(format)")
        }
    }

    /// Settled below its amount later, the grant still counts whole on its award day: the letter and
    /// `deminimis position --at` that day say what was awarded; after the settlement, what it came to.
    @Test func aLaterSettlementDoesNotRewriteTheAwardDay() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try mon(["grant", "pay", "1", "300 000", "--date", "2025-06-02", "--final", "--db", db]).status == 0)
        let html = try Self.letter(1, db: db)
        #expect(Self.figure("award_eur", in: html) == "40000")
        #expect(Self.figure("total_eur", in: html) == "140000")
        func total(at day: String) throws -> Double? {
            (try mon(["deminimis", "position", "910000004", "--at", day, "--db", db, "--format", "json"]).json()
                as? [String: Any])?["total_eur"] as? Double
        }
        #expect(try total(at: "2025-02-03") == 140_000)
        // 300 000 kr paid at 11,5 is EUR 26 086,96; the sister's EUR 100 000 stays.
        #expect(try total(at: "2025-06-02") == 126_086.96)
    }

    @Test func aDeMinimisLettersFiguresAreThoseOfDeMinimisOnTheAwardDay() throws {
        let db = try copyDatabase(in: Self.folder)
        let html = try Self.letter(1, db: db)
        let position = try #require(try mon(["deminimis", "position", "910000004", "--at", "2025-02-03", "--db", db, "--format", "json"])
            .json() as? [String: Any])
        #expect(Self.figure("total_eur", in: html) == "\(position["total_eur"]!)")
        #expect(Self.figure("ceiling_eur", in: html) == "\(position["ceiling_eur"]!)")
        // 460 000 kr at 11,5 = EUR 40 000; with the sister's EUR 100 000, EUR 140 000 of EUR 300 000.
        #expect(Self.figure("award_eur", in: html) == "40000")
        #expect(Self.figure("total_eur", in: html) == "140000")
        #expect(Self.figure("amount", in: html) == "460000")
        #expect(Self.figure("intensity", in: html) == "0.4")
        #expect(html.contains("Kommisjonsforordning (EU) 2023/2831"))
        #expect(html.contains("EUR 300 000"))
        #expect(html.contains("Tilsagnet gjelder til 31.12.2026"))
        #expect(html.contains("Styret har 03.02.2025 innvilget"))
        #expect(html.contains("sak PS 4/25"))
        #expect(html.contains("org.nr. 910 000 004"))
        #expect(html.contains("utbetalingsanmodning"))
        let markdown = try Self.letter(1, "markdown", db: db)
        #expect(markdown.contains("# Tilsagn om tilskudd"))
        #expect(markdown.contains("EUR 140 000"))
    }

    @Test func theLetterIsNorwegianWhateverTheReadersLanguage() throws {
        let db = try copyDatabase(in: Self.folder)
        let english = try mon(["grant", "letter", "1", "--db", db], environment: ["MON_LANG": "en"]).stdout
        let norwegian = try mon(["grant", "letter", "1", "--db", db], environment: ["MON_LANG": "nb"]).stdout
        #expect(english == norwegian)
        #expect(english.contains("Klagerett"))
    }

    @Test func everyValueIsEscaped() throws {
        let db = try copyDatabase(in: Self.folder)
        let html = try Self.letter(2, db: db)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<b>fet</b>"))
        #expect(html.contains("&lt;b&gt;fet&lt;/b&gt; &amp;"))
        let markdown = try Self.letter(2, "markdown", db: db)
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(html.contains("ikke offentlig støtte"))
    }

    @Test func aRejectionSaysWhyAndATemplateInTheDataStaysText() throws {
        let db = try copyDatabase(in: Self.folder)
        let html = try Self.letter(3, db: db)
        #expect(html.contains("Avslag på søknad om tilskudd"))
        #expect(html.contains("Prosjektet ligger utenfor fondets formål"))
        #expect(html.contains("Daglig leder har 03.02.2025 avslått søknaden om 40 000 kr"))
        #expect(html.contains("«{{x}} og {{#a}}b{{/a}}»"))
        #expect(!html.contains("Tilsagnet gjelder"))
        // Markdown escapes its own marks (`#`), and the braces stay as typed.
        #expect(try Self.letter(3, "markdown", db: db).contains("«{{x}} og {{\\#a}}b{{/a}}»"))
    }

    @Test(arguments: [(4, "grant 4 is withdrawn"), (5, "grant 5 is applied"), (99, "there is no grant 99")])
    func aLetterForNoDecisionIsRefused(id: Int, reason: String) throws {
        let db = try copyDatabase(in: Self.folder)
        let before = try fileBytes(db)
        expectRefused(try mon(["grant", "letter", "\(id)", "--db", db]), reason)
        #expect(try fileBytes(db) == before)
    }

    @Test func theLetterGoesToANewFileOnlyUnlessForced() throws {
        let db = try copyDatabase(in: Self.folder)
        let file = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("brev.html").path
        #expect(try mon(["grant", "letter", "1", "--format", "html", "-o", file, "--db", db]).status == 0)
        #expect(String(decoding: try fileBytes(file), as: UTF8.self).contains("Tilsagn om tilskudd"))
        expectRefused(try mon(["grant", "letter", "3", "--format", "html", "-o", file, "--db", db]), "exists")
        #expect(try mon(["grant", "letter", "3", "--format", "html", "-o", file, "--force", "--db", db]).status == 0)
        #expect(String(decoding: try fileBytes(file), as: UTF8.self).contains("Avslag"))
    }
}
