import Foundation
import Testing
import TestSupport

/// The board report, from the demo plus a project and a partner whose names try to be markup.
@Suite struct ReportTests {
    static let hostileProject = "<script>alert(1)</script>"
    static let hostilePartner = "Ærlig & \"Ødegård\" <AS>"

    let db: String
    let folder: String

    init() throws {
        folder = try makeTemporaryFolder()
        db = folder + "/demo.sqlite"
        for step in [
            ["demo"],
            ["partner", "add", Self.hostilePartner, "--orgnr", "910000101", "--municipality", "Vefsn"],
            ["project", "add", Self.hostileProject, "--goal", "3.3", "--status", "planned"],
            ["assess", "22", "--date", "2024-01-15", "--direct-jobs", "30", "--feasibility", "5", "--green", "5", "--request", "120 000"],
            ["grant", "apply", "--applicant", "910000101", "--amount", "120 000", "--total-cost", "400 000", "--project", "22",
             "--received", "2024-04-01", "--purpose", "<b>fet</b> & \"sitert\""],
            ["grant", "approve", "14", "--date", "2024-05-01", "--eur-rate", "11.6"],
        ] {
            let run = try mon(step + ["--db", db])
            #expect(run.status == 0, "\(step): \(run.stderr)")
        }
    }

    func inspect(_ html: String) throws -> [String: Any] {
        try Self.inspect(html, in: folder)
    }

    /// What Python's XML parser reads in the page: whether it is well-formed, every
    /// src and href, every element with data-figure, and the charts.
    static func inspect(_ html: String, in folder: String) throws -> [String: Any] {
        let path = folder + "/report.html"
        try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        let script = """
            import json, sys, xml.etree.ElementTree as ET
            text = open(sys.argv[1], encoding='utf-8').read().replace('<!DOCTYPE html>', '', 1)
            root = ET.fromstring(text)
            links = [v for e in root.iter() for k, v in e.attrib.items() if k in ('src', 'href')]
            figures = [dict(e.attrib, text=''.join(e.itertext())) for e in root.iter() if 'data-figure' in e.attrib]
            svgs = [{'role': s.get('role'), 'title': ''.join(s.find('title').itertext()) if s.find('title') is not None else None,
                     'desc': ''.join(s.find('desc').itertext()) if s.find('desc') is not None else None}
                    for s in root.iter('svg')]
            scripts = len(list(root.iter('script')))
            body = ' '.join(''.join(e.itertext()) for e in root.iter('td'))
            print(json.dumps({'links': links, 'figures': figures, 'svgs': svgs, 'scripts': scripts, 'cells': body}))
            """
        let run = try mon(["-c", script, path], binary: "/usr/bin/python3")
        #expect(run.status == 0, "not well-formed: \(run.stderr)")
        return try #require(try run.json() as? [String: Any])
    }

    @Test func hostileNamesAreTextInMarkdown() throws {
        let markdown = try mon(["report", "--db", db]).stdout
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("Ærlig \\& \"Ødegård\" \\<AS\\>"))
        #expect(!markdown.contains("<AS>") && !markdown.contains("<b>"))
    }

    @Test func hostileNamesAreTextInHTML() throws {
        let html = try mon(["report", "--format", "html", "--db", db]).stdout
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Ærlig &amp; &quot;Ødegård&quot; &lt;AS&gt;"))
        #expect(html.contains("&lt;b&gt;fet&lt;/b&gt; &amp; &quot;sitert&quot;"))
        let page = try inspect(html)
        #expect(page["scripts"] as? Int == 0)
        let cells = try #require(page["cells"] as? String)
        #expect(cells.contains(Self.hostileProject))
        #expect(cells.contains(Self.hostilePartner))
    }

    @Test func theHTMLIsOneFileWithAccessibleChartsAndAPrintStylesheet() throws {
        let html = try mon(["report", "--format", "html", "--db", db]).stdout
        let page = try inspect(html)
        #expect((page["links"] as? [String])?.isEmpty == true)
        for forbidden in ["http:", "https:", "src=\"//", "href=\"//", "url(http", "@import"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let svgs = try #require(page["svgs"] as? [[String: Any]])
        // Three charts, and the line of the one indicator with values (the population).
        #expect(svgs.count == 4)
        for svg in svgs {
            #expect(svg["role"] as? String == "img")
            #expect((svg["title"] as? String)?.isEmpty == false)
            #expect((svg["desc"] as? String)?.isEmpty == false)
        }
        #expect(html.contains("@media print") && html.contains("size: A4"))
        #expect(html.filter { $0 == "<" }.count > 100)
    }

    @Test func everyNumberEqualsTheFundAndTheRanking() throws {
        let page = try inspect(try mon(["report", "--format", "html", "--db", db]).stdout)
        let figures = try #require(page["figures"] as? [[String: String]])
        // The funds year by year: the position at each year's end is `mon fund status --year`'s available.
        let fundCells = figures.filter { $0["data-year"] != nil }
        #expect(fundCells.count == 4 * 6)
        for year in 2021...2024 {
            let status = try #require((try mon(["fund", "status", "--year", "\(year)", "--format", "json", "--db", db]).json()
                as? [[String: Any]])?.first)
            let cell = try #require(fundCells.first { $0["data-year"] == "\(year)" && $0["data-figure"] == "available_end" })
            #expect(Double(cell["data-value"]!) == (status["available"] as? NSNumber)?.doubleValue, "\(year)")
            #expect(cell["text"] == Self.kroner(status["available"]), "\(year)")
        }
        // The top 20 of the ranking and every criterion of its top five, as `mon rank --include-funded --format json`
        // gives them: the board sees the best assessed projects, funded or not, and where the rest are.
        let ranking = try #require(try mon(["rank", "--include-funded", "--format", "json", "--db", db]).json() as? [[String: Any]])
        #expect(ranking.count > 20)
        #expect(figures.filter { $0["data-figure"] == "score" && $0["data-criterion"] == nil }.count == 20)
        let note = "De 20 høyest rangerte av \(ranking.count) prosjekter. Hele rangeringen: mon rank --include-funded."
        #expect(try mon(["report", "--format", "html", "--db", db]).stdout.contains("<p class=\"note\" id=\"ranking-shown\">\(note)</p>"))
        for project in ranking.prefix(20) {
            let id = "\(project["project_id"]!)"
            for figure in ["score", "request", "jobs_total", "population_effect"] {
                let cell = try #require(figures.first { $0["data-project"] == id && $0["data-figure"] == figure && $0["data-criterion"] == nil })
                let expected = try #require((project[figure] as? NSNumber)?.doubleValue)
                #expect(abs(Double(cell["data-value"]!)! - expected) < 1e-9, "project \(id) \(figure)")
            }
            guard let rank = project["rank"] as? Int, rank <= 5 else { continue }
            let breakdown = try #require(project["breakdown"] as? [String: [String: Double]])
            for (criterion, parts) in breakdown {
                for (figure, expected) in parts {
                    let cell = try #require(figures.first { $0["data-project"] == id && $0["data-criterion"] == criterion && $0["data-figure"] == figure })
                    #expect(abs(Double(cell["data-value"]!)! - expected) < 1e-9, "project \(id) \(criterion) \(figure)")
                }
            }
        }
    }

    @Test func aYearsReportTakesThatYearsGrantsAndStopsAtItsEnd() throws {
        let html = try mon(["report", "--format", "html", "--year", "2022", "--db", db]).stdout
        let page = try inspect(html)
        let figures = try #require(page["figures"] as? [[String: String]])
        #expect(Set(figures.compactMap { $0["data-year"] }) == ["2021", "2022"])
        // Approved in 2022: 300 000 kr (Sjøgata Design) and 300 000 kr (Vefsna Regionalpark).
        #expect(figures.filter { $0["data-grant"] != nil && $0["data-figure"] == "granted" }.map { $0["data-value"]! } == ["300000", "300000"])
        #expect(figures.first { $0["data-figure"] == "granted" && $0["data-goal"] == nil && $0["data-area"] == nil && $0["data-grant"] == nil
            && $0["data-year"] == nil }?["data-value"] == "600000")
        let markdown = try mon(["report", "--year", "2022", "--db", db]).stdout
        #expect(markdown.contains("Året 2022. Anslag, rangering og fond per 31.12.2022."))
    }

    @Test func theReportWritesDaysDecimalCommasAndCountsTheNorwegianWay() throws {
        let html = try mon(["report", "--format", "html", "--year", "2022", "--db", db]).stdout
        #expect(html.contains("Anslag, rangering og fond per 31.12.2022. Laget av mon."))
        // A day for a person, and the same day for a program.
        #expect(html.contains(#"<time datetime="2022-02-01">01.02.2022</time>"#))
        #expect(!html.contains(": 1 prosjekter<"))
        // The chart's marks write a score as its table does: 54,29, not 54.29.
        let ranked = try mon(["report", "--format", "html", "--db", db]).stdout
        // In 2022 each goal had one project on record; by now 1.4 has two.
        #expect(html.contains("<title>Mål 1.4: 1 prosjekt</title>"))
        #expect(ranked.contains("<title>Mål 1.1: 1 prosjekt</title>") && ranked.contains("<title>Mål 1.4: 2 prosjekter</title>"))
        #expect(ranked.range(of: #"<title>1\. [^<]*: [0-9]+,[0-9]{2} poeng, søknad [0-9 ]+ kr</title>"#, options: .regularExpression) != nil)
        #expect(ranked.range(of: #"[0-9]\.[0-9]{2} poeng"#, options: .regularExpression) == nil)
        let markdown = try mon(["report", "--year", "2022", "--db", db]).stdout
        #expect(markdown.contains(" | 01.02.2022 | sak 2022/102 |  |\n"))
    }

    @Test func writesToAFile() throws {
        let path = folder + "/rapport.md"
        #expect(try mon(["report", "-o", path, "--db", db]).stdout.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Resultatrapport: Strategisk næringsplan"))
        let refused = try mon(["report", "-o", folder + "/no/such/folder/rapport.md", "--db", db])
        #expect(refused.status == 1 && refused.stderr.hasPrefix("error: cannot write"))
    }

    /// A figure in kroner as the page writes it: `1 250 000 kr`.
    static func kroner(_ value: Any?) -> String {
        kroner(ore: Int64((((value as? NSNumber)?.doubleValue ?? 0) * 100).rounded()))
    }

    /// An amount in øre as the page writes it: `1 250 000,50 kr`.
    static func kroner(ore: Int64) -> String {
        var digits = String(ore / 100)
        var grouped = ""
        while digits.count > 3 {
            grouped = " " + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        let rest = ore % 100
        return digits + grouped + (rest == 0 ? "" : String(format: ",%02d", rest)) + " kr"
    }
}
