import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import ZIPFoundation

/// A partner, two projects and a part-paid grant, made once through the binary,
/// with values a spreadsheet likes to change: goal `1.1`, an organisation
/// number, kroner and øre, a formula, `&`, `<` and quotes, a line break, `_x0041_`.
enum WorkbookFixture {
    static let folder = buildDatabase([
        ["partner", "add", "Helgeland Industri AS", "--orgnr", "923609016", "--municipality", "Vefsn"],
        ["partner", "add", "Ærlig & <Ødegård> \"AS\"", "--orgnr", "974760673", "--kind", "public", "--group", "_x0041_ konsern"],
        ["project", "add", "Næringsarealer", "--goal", "1.1", "--strategy", "1.1a", "--status", "active",
         "--start", "2024-03-15", "--end", "2025-12-31", "--budget", "1 250 000,50", "--description", "Linje én\nLinje to"],
        ["project", "add", "=HYPERLINK(\"http://x\")", "--goal", "2.4", "1.4"],
        ["fund", "allocate", "--year", "2024", "20 000 000", "--reference", "KS-sak 12/24"],
        ["grant", "apply", "--applicant", "923609016", "--amount", "100 000", "--total-cost", "400 000", "--received", "2024-01-10",
         "--basis", "not-aid", "--project", "1", "--purpose", "Forprosjekt 1.1"],
        ["grant", "approve", "1", "--date", "2024-02-01", "--deadline", "2024-12-31"],
        ["grant", "pay", "1", "50 000,50", "--date", "2024-03-01"],
    ])

    static func copy() throws -> String {
        try copyDatabase(in: folder)
    }
}

/// `mon export NAME --xlsx -o FILE`: a real workbook, with typed cells, in the reader's language.
@Suite struct WorkbookExportTests {
    static let norwegian = ["LANG": "nb_NO.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "MON_LANG": ""]
    static let english = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "MON_LANG": ""]

    let db: String
    let folder: String

    init() throws {
        db = try WorkbookFixture.copy()
        folder = (db as NSString).deletingLastPathComponent
    }

    /// Writes the export `name` as a workbook and returns its parts by path.
    func workbook(_ name: String, environment: [String: String] = english) throws -> [String: Data] {
        let path = folder + "/\(name)-\(UUID().uuidString).xlsx"
        let run = try mon(["export", name, "--xlsx", "-o", path, "--db", db], environment: environment)
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty, "\(run.stderr)")
        return try zipParts(path)
    }

    @Test func theWorkbookIsAZipOfXMLParts() throws {
        let parts = try workbook("grants")
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                    "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        for data in parts.values { _ = try XMLTree.parse(data) }
        let sheet = try XMLTree.parse(try #require(parts["xl/worksheets/sheet1.xml"]))
        let pane = try #require(sheet.elements("pane").first)
        #expect(pane.attributes["ySplit"] == "1")
        #expect(pane.attributes["state"] == "frozen")
        let styles = try XMLTree.parse(try #require(parts["xl/styles.xml"]))
        let formats = try #require(styles.elements("cellXfs").first).children.compactMap { $0.attributes["numFmtId"] }
        // plain, header, date (164), #,##0 (3), #,##0.00 (4), percent (10), text (49): the order of the cells' `s`.
        #expect(formats == ["0", "0", "164", "3", "4", "10", "49"])
    }

    @Test func amountsAreKronerDatesAreDatesAndCodesAreText() throws {
        let grants = try sheetCells(try workbook("grants"))
        #expect(grants["C2"] == SheetValue(type: nil, style: "0", value: "1"))                          // applicant id
        #expect(grants["D2"] == SheetValue(type: "inlineStr", style: "6", value: "Helgeland Industri AS"))  // beside it, the name
        #expect(grants["H2"] == SheetValue(type: nil, style: "3", value: "100000"))                      // amount applied, # ##0
        #expect(grants["J2"] == SheetValue(type: nil, style: "2", value: "45301"))                       // received 2024-01-10
        #expect(grants["S2"] == SheetValue(type: nil, style: "4", value: "50000.5"))                     // paid, # ##0.00
        #expect(grants["F2"] == SheetValue(type: "inlineStr", style: "6", value: "Forprosjekt 1.1"))
        let projects = try sheetCells(try workbook("projects"))
        #expect(projects["D2"] == SheetValue(type: "inlineStr", style: "6", value: "1.1"))
        #expect(projects["E2"] == SheetValue(type: "inlineStr", style: "6", value: "1.1a"))
        #expect(projects["H2"] == SheetValue(type: nil, style: "4", value: "1250000.5"))
        #expect(projects["J2"] == SheetValue(type: "inlineStr", style: "6", value: "Linje én\nLinje to"))
        #expect(projects["B3"] == SheetValue(type: "inlineStr", style: "6", value: "=HYPERLINK(\"http://x\")"))
        let partners = try sheetCells(try workbook("partners"))
        #expect(partners["C2"] == SheetValue(type: "inlineStr", style: "6", value: "923609016"))
        #expect(partners["B3"] == SheetValue(type: "inlineStr", style: "6", value: "Ærlig & <Ødegård> \"AS\""))
        // A spreadsheet reads `_x0041_` as "A": the `_` is written escaped, so the text comes back as typed.
        #expect(partners["F3"] == SheetValue(type: "inlineStr", style: "6", value: "_x005F_x0041_ konsern"))
    }

    @Test func headersAreInTheReadersLanguage() throws {
        let norwegian = try workbook("grants", environment: Self.norwegian)
        #expect(try headers(norwegian) == ["ID", "Fond", "Søker-ID", "Søker", "Prosjekt-ID", "Formål", "Støttegrunnlag", "Søknadsbeløp",
                                           "Totalkostnad", "Mottatt", "Status", "Innvilget", "Innvilget beløp", "Frist", "Saksnummer",
                                           "EUR-kurs", "Begrunnelse for støtteintensitet", "Vedtatt", "Utbetalt", "Sist utbetalt",
                                           "Tilbakebetalt", "Sist tilbakebetalt"])
        #expect(String(decoding: try #require(norwegian["xl/workbook.xml"]), as: UTF8.self).contains(#"<sheet name="Tilsagn""#))
        #expect(String(decoding: try #require(norwegian["xl/styles.xml"]), as: UTF8.self).contains(#"formatCode="dd\.mm\.yyyy""#))
        let english = try workbook("grants", environment: Self.english)
        #expect(try headers(english).prefix(4) == ["ID", "Fund", "Applicant ID", "Applicant"])
        #expect(String(decoding: try #require(english["xl/workbook.xml"]), as: UTF8.self).contains(#"<sheet name="Grants""#))
        #expect(String(decoding: try #require(english["xl/styles.xml"]), as: UTF8.self).contains(#"formatCode="yyyy\-mm\-dd""#))
        // A table of the file keeps its own names, and its dates become dates.
        let table = try sheetCells(try workbook("payment", environment: Self.norwegian))
        #expect(table["A1"]?.value == "id")
        #expect(table["C1"]?.value == "paid_on")
        #expect(table["C2"]?.style == "2")
    }

    /// A workbook is binary: without `-o` it is a usage error, and so is `--excel` beside it.
    @Test(arguments: [
        (["export", "projects", "--xlsx"], "Error: --xlsx writes a binary file: name it with -o FILE.xlsx"),
        (["export", "projects", "--xlsx", "--excel", "-o", "x.xlsx"], "Error: choose --xlsx or --excel, not both"),
    ])
    func aWorkbookNeedsAFile(arguments: [String], message: String) throws {
        let before = try fileBytes(db)
        let run = try mon(arguments + ["--db", db], in: folder)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.errorLines.first == message)
        #expect(try fileBytes(db) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["mon.sqlite"])
    }

    @Test func aWorkbookNeedsAFileInBokmalToo() throws {
        let run = try mon(["export", "projects", "--xlsx", "--db", db], environment: Self.norwegian)
        #expect(run.status == 2)
        #expect(run.errorLines.first == "Feil: --xlsx skriver en binærfil: gi den et navn med -o FIL.xlsx")
    }

    /// The same safe `-o` as CSV: never the database, an existing file only with `--force`.
    @Test(arguments: [
        (["export", "grants", "--xlsx", "-o", "{db}"], "is the database or one of its files; write to another file"),
        (["export", "grants", "--xlsx", "--force", "-o", "{db}-wal"], "is the database or one of its files; write to another file"),
        (["export", "grants", "--xlsx", "-o", "{dir}/old.csv"], "old.csv already exists; add --force to replace it"),
    ])
    func theOutputFileIsGuarded(arguments: [String], reason: String) throws {
        try OutputFileRefusalTests().expectRefusal(arguments, reason)
    }

    @Test func excelCSVKeepsCodesAsText() throws {
        let projects = try mon(["export", "projects", "--excel", "--db", db]).stdout
        #expect(projects.contains("\r\n1;Næringsarealer;active;'1.1;1.1a;2024-03-15;2025-12-31;1250000,5;;"))
        let partners = try mon(["export", "partners", "--excel", "--db", db]).stdout
        #expect(partners.contains("\r\n1;Helgeland Industri AS;'923609016;company;Vefsn;\r\n"))
        // Plain CSV is for programs: as it was.
        #expect(try mon(["export", "partners", "--db", db]).stdout.contains("\r\n1,Helgeland Industri AS,923609016,company,Vefsn,\r\n"))
    }

    func headers(_ parts: [String: Data]) throws -> [String] {
        let cells = try sheetCells(parts)
        return (0..<22).compactMap { cells[column($0) + "1"]?.value }
    }
}

/// What LibreOffice makes of mon's files: it reads every cell as mon wrote it.
@Suite(.enabled(if: LibreOffice.path != nil, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui"))
struct LibreOfficeReadsBackTests {
    let db: String
    let folder: String

    init() throws {
        db = try WorkbookFixture.copy()
        folder = (db as NSString).deletingLastPathComponent
    }

    func export(_ name: String, _ options: [String], environment: [String: String] = WorkbookExportTests.english) throws -> String {
        let path = folder + "/" + name
        let run = try mon(["export", (name as NSString).deletingPathExtension, "-o", path, "--db", db] + options, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        return path
    }

    /// Text cells come back quoted, numbers and dates bare: so each line shows each cell's type as well as its value.
    @Test func theWorkbookReadsBackWithEveryNumberDateAndCode() throws {
        let files = try ["projects.xlsx", "partners.xlsx", "grants.xlsx"].map { try export($0, ["--xlsx"]) }
        let csv = try LibreOffice.csv(files, locale: "en_US.UTF-8")
        #expect(csv["projects"] == #"""
            "ID","Name","Status","Goals","Strategies","Start date","End date","Budget","Responsible","Description"
            1,"Næringsarealer","active","1.1","1.1a",2024-03-15,2025-12-31,"1,250,000.50",,"Linje én
            Linje to"
            2,"=HYPERLINK(""http://x"")","idea","2.4;1.4",,,,,,

            """#)
        #expect(csv["partners"] == #"""
            "ID","Name","Organisation number","Kind","Municipality","Group"
            1,"Helgeland Industri AS","923609016","company","Vefsn",
            2,"Ærlig & <Ødegård> ""AS""","974760673","public",,"_x0041_ konsern"

            """#)
        let grants = try #require(csv["grants"]).split(separator: "\n")
        #expect(grants.count == 2)
        #expect(grants.last == #"1,"Kommunalt næringsfond",1,"Helgeland Industri AS",1,"Forprosjekt 1.1","not-aid","100,000","400,000",2024-01-10,"approved",2024-02-01,"100,000",2024-12-31,,,,2024-02-01,"50,000.50",2024-03-01,,"#)
    }

    @Test func theWorkbookReadsBackInNorwegian() throws {
        let file = try export("projects.xlsx", ["--xlsx"], environment: WorkbookExportTests.norwegian)
        let csv = try LibreOffice.csv([file], locale: "nb_NO.UTF-8")
        // Grouped with no-break spaces, a decimal comma, the date the Norwegian way; codes still text.
        #expect(csv["projects"] == #""ID";"Navn";"Status";"Mål";"Strategier";"Startdato";"Sluttdato";"Budsjett";"Ansvarlig";"Beskrivelse""#
            + "\n" + #"1;"Næringsarealer";"active";"1.1";"1.1a";15.03.2024;31.12.2025;1\#u{A0}250\#u{A0}000,50;;"Linje én"#
            + "\n" + #"Linje to""# + "\n" + #"2;"=HYPERLINK(""http://x"")";"idea";"2.4;1.4";;;;;;"# + "\n")
    }

    /// LibreOffice under a Norwegian locale reads a bare `1.1` as 1 January: the Excel CSV's
    /// codes keep their `'` and stay text; amounts are numbers and days dates.
    @Test func theExcelCSVKeepsCodesAsTextUnderANorwegianLocale() throws {
        let files = try ["projects.csv", "partners.csv"].map { try export($0, ["--excel"]) }
        let csv = try LibreOffice.csv(files, locale: "nb_NO.UTF-8", readingCSV: true)
        #expect(csv["projects"]?.contains(#"""
            1;"Næringsarealer";"active";"'1.1";"1.1a";2024-03-15;2025-12-31;1250000,5;;"Linje én
            """#) == true, "\(csv)")
        #expect(csv["partners"]?.contains(#"""
            1;"Helgeland Industri AS";"'923609016";"company";"Vefsn";
            """#) == true, "\(csv)")
    }
}

/// The `soffice` of LibreOffice, run headless in a profile of its own.
enum LibreOffice {
    static let path: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Converts `files` to CSV under `locale` (`;`-separated in Norwegian), every text
    /// cell quoted; the CSV by file name without its extension. `readingCSV`: the files
    /// are mon's `--excel` CSV, opened as a Norwegian spreadsheet opens it.
    static func csv(_ files: [String], locale: String, readingCSV: Bool = false) throws -> [String: String] {
        let work = try makeTemporaryFolder()
        let separator = locale.hasPrefix("nb") ? "59" : "44"
        var arguments = ["-env:UserInstallation=file://\(work)/profile", "--headless"]
        if readingCSV { arguments.append("--infilter=CSV:59,34,76,1,,1044") }
        arguments += ["--convert-to", "csv:Text - txt - csv (StarCalc):\(separator),34,76,1,,0,true", "--outdir", work + "/out"] + files
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["LC_ALL": locale, "HOME": work]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var converted: [String: String] = [:]
        for file in files {
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            converted[name] = try String(contentsOfFile: work + "/out/" + name + ".csv", encoding: .utf8)
        }
        return converted
    }
}

/// One cell of a sheet's XML: its `t` (type) and `s` (style) and its value or inline text.
struct SheetValue: Equatable {
    let type: String?
    let style: String?
    let value: String
}

/// An XML element as `XMLParser` read it: name (without prefix), attributes, text within, children.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [XMLTree] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Parses `data`; a test fails when it is not well-formed XML.
    static func parse(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        #expect(parser.parse(), "\(String(describing: parser.parserError))", sourceLocation: sourceLocation)
        return try #require(builder.root, sourceLocation: sourceLocation)
    }

    /// This element and every one within it, in document order.
    var all: [XMLTree] { [self] + children.flatMap(\.all) }

    /// Every element within named `name`.
    func elements(_ name: String) -> [XMLTree] { all.filter { $0.name == name } }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var open: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            let element = XMLTree(name: name.split(separator: ":").last.map(String.init) ?? name, attributes: attributes)
            open.last?.children.append(element)
            if root == nil { root = element }
            open.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let element = open.removeLast()
            open.last?.text += element.text
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            open.last?.text += string
        }
    }
}

/// The cells of the workbook's one sheet, by reference (`B7`).
func sheetCells(_ parts: [String: Data]) throws -> [String: SheetValue] {
    let sheet = try XMLTree.parse(try #require(parts["xl/worksheets/sheet1.xml"]))
    var cells: [String: SheetValue] = [:]
    for cell in sheet.elements("c") {
        let reference = try #require(cell.attributes["r"])
        cells[reference] = SheetValue(type: cell.attributes["t"], style: cell.attributes["s"], value: cell.text)
    }
    return cells
}

/// A column's letters, as a spreadsheet names it: 0 is `A`.
func column(_ index: Int) -> String {
    String(UnicodeScalar(UInt8(ascii: "A") + UInt8(index)))
}

/// The entries of a zip file, by path.
func zipParts(_ path: String) throws -> [String: Data] {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    var parts: [String: Data] = [:]
    for entry in archive {
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        parts[entry.path] = data
    }
    return parts
}
