import Foundation
import Testing
import TestSupport

@Suite struct ProjectCommandTests {
    let db: String

    init() throws {
        db = try Fixture.copy()
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> MonRun {
        let run = try mon(arguments + ["--db", db], environment: environment)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run
    }

    @Test func addPrintsTheNewIdAsTextOrJSON() throws {
        #expect(try run(["project", "add", "Godsterminal", "--goal", "1.5"]).stdout == "4\n")
        #expect(try run(["partner", "add", "Mosjøen Næringsforening", "--kind", "association", "--format", "json"]).stdout
                == "{\n  \"id\": 3\n}\n")
    }

    @Test func everyChangeOfAProjectIsInItsHistory() throws {
        let id = try run(["project", "add", "Smartby Mosjøen", "--goal", "3.3", "--budget", "100 000", "--actor", "kari"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try run(["project", "update", id, "--budget", "250 000", "--description", "Sensorer i sentrum"],
                    environment: ["MON_ACTOR": "ola"])
        _ = try run(["project", "status", id, "active", "--note", "Styrevedtak 12/24", "--actor", "kari"])
        _ = try run(["project", "partner", id, "974760673", "--role", "funder", "--contribution", "50 000", "--actor", "kari"])
        let history = try #require(try run(["history", "--table", "project", "--id", id, "--format", "json"]).json() as? [[String: Any]])
        #expect(history.map { $0["table"] as? String } == ["project", "project_goal", "project", "project", "project_partner"])
        #expect(history.map { $0["action"] as? String } == ["insert", "insert", "update", "update", "insert"])
        #expect(history.map { $0["actor"] as? String } == ["kari", "kari", "ola", "kari", "kari"])
        let update = history[2]
        #expect((update["old_values"] as? [String: Any])?["budget_ore"] as? Int == 10_000_000)
        #expect((update["new_values"] as? [String: Any])?["budget_ore"] as? Int == 25_000_000)
        #expect((update["new_values"] as? [String: Any])?["description"] as? String == "Sensorer i sentrum")
        let status = history[3]
        #expect((status["old_values"] as? [String: Any])?["status"] as? String == "idea")
        #expect((status["new_values"] as? [String: Any])?["status"] as? String == "active")
        #expect((status["new_values"] as? [String: Any])?["status_note"] as? String == "Styrevedtak 12/24")
        #expect((history[4]["new_values"] as? [String: Any])?["contribution_ore"] as? Int == 5_000_000)
        let table = try run(["history", "--table", "project", "--id", id]).stdout
        #expect(table.contains("status: idea → active"))
        #expect(table.contains("budget_ore: 10000000 → 25000000"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func historyCannotBeChangedFromTheSQLiteShell() throws {
        let before = try run(["history", "--format", "csv"]).stdout
        for statement in ["UPDATE history SET actor = 'someone'", "DELETE FROM history", "DELETE FROM history WHERE id = 1"] {
            let shell = try mon([db, statement], binary: "/usr/bin/sqlite3")
            #expect(shell.status != 0)
            #expect(shell.stderr.contains("history is append-only"))
        }
        // A write from the shell is recorded, under the name of no mon actor.
        #expect(try mon([db, "UPDATE project SET responsible = 'Per' WHERE id = 1"], binary: "/usr/bin/sqlite3").status == 0)
        let after = try run(["history", "--format", "csv"]).stdout
        #expect(after.hasPrefix(before))
        #expect(after.dropFirst(before.count).contains(",outside mon,project,1,update,responsible=Per"))
    }

    @Test func listShowAndCoverage() throws {
        let listed = try #require(try run(["project", "list", "--status", "active", "--format", "json"]).json() as? [[String: Any]])
        #expect(listed.map { $0["name"] as? String } == ["Mulighetsanalyse Vefsn ByLab"])
        #expect(listed.first?["budget"] as? Int == 450_000)
        #expect(listed.first?["area"] as? Int == 3)
        let shown = try #require(try run(["project", "show", "1", "--format", "json"]).json() as? [String: Any])
        #expect((shown["goals"] as? [[String: Any]])?.first?["code"] as? String == "3.4")
        #expect((shown["strategies"] as? [[String: Any]])?.first?["text"] as? String
                == "Etablere prosjektgruppe og gjennomføre mulighetsanalyse for å etablere en ByLab eller lignende initiativ i Vefsn.")
        let coverage = try run(["plan", "coverage", "--format", "csv"]).stdout
        #expect(!coverage.contains("\r\n3.4,goal,") && !coverage.contains("\r\n3.4a,strategy,"))
        #expect(coverage.contains("\r\n3.4b,strategy,"))
        // Completed and cancelled projects do not cover their goals.
        #expect(coverage.contains("\r\n2.5,goal,") && coverage.contains("\r\n2.6,goal,"))
    }

    @Test func partnerShowHasGroupAndRoles() throws {
        _ = try run(["partner", "add", "Helgeland Industri Eiendom AS", "--group", "Helgeland-konsernet"])
        _ = try run(["project", "partner", "1", "Helgeland Industri AS", "--role", "partner", "--contribution", "75 000,50"])
        let shown = try #require(try run(["partner", "show", "923 609 016", "--format", "json"]).json() as? [String: Any])
        #expect(shown["group"] as? String == "Helgeland-konsernet")
        #expect((shown["group_members"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Helgeland Industri Eiendom AS"])
        #expect((shown["projects"] as? [[String: Any]])?.first?["contribution"] as? Double == 75_000.5)
    }
}

@Suite struct ExchangeCommandTests {
    let folder: String
    let db: String

    init() throws {
        db = try Fixture.copy()
        folder = (db as NSString).deletingLastPathComponent
        for step in [
            ["partner", "add", "Ærlig & \"Ødegård\" <AS>", "--orgnr", "817654320", "--kind", "company", "--municipality", "Hattfjelldal"],
            ["partner", "add", "=HYPERLINK(\"http://x\")"],
            ["project", "add", "=HYPERLINK(\"http://x\")", "--goal", "1.1"],
            ["project", "add", "Studentpraksis, sommer", "--goal", "2.4", "1.4", "--strategy", "2.4a", "--budget", "1 250 000,50",
             "--description", "Linje én\nLinje to med \"sitat\""],
        ] {
            let run = try mon(step + ["--db", db])
            #expect(run.status == 0, "\(step): \(run.stderr)")
        }
    }

    @Test(arguments: [false, true])
    func exportImportExportGivesIdenticalFiles(excel: Bool) throws {
        let fresh = folder + "/fresh-\(excel).sqlite"
        #expect(try mon(["init", "--db", fresh]).status == 0)
        for name in ["partners", "projects"] {
            let first = folder + "/\(name)-1-\(excel).csv"
            let second = folder + "/\(name)-2-\(excel).csv"
            #expect(try mon(["export", name, "-o", first, "--db", db] + (excel ? ["--excel"] : [])).status == 0)
            let imported = try mon(["import", name, first, "--db", fresh])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(try mon(["export", name, "-o", second, "--db", fresh] + (excel ? ["--excel"] : [])).status == 0)
            #expect(try fileBytes(first) == fileBytes(second), "\(name)")
        }
    }

    @Test func exportNeutralisesFormulasAndQuotesText() throws {
        let csv = try mon(["export", "projects", "--db", db]).stdout
        #expect(csv.hasPrefix("id,name,status,goals,strategies,start_date,end_date,budget,responsible,description\r\n"))
        #expect(csv.contains("\r\n4,\"'=HYPERLINK(\"\"http://x\"\")\",idea,1.1,,,,,,\r\n"))
        #expect(csv.contains("\r\n5,\"Studentpraksis, sommer\",idea,2.4;1.4,2.4a,,,1250000.5,,\"Linje én\nLinje to med \"\"sitat\"\"\"\r\n"))
        let excel = try mon(["export", "projects", "--excel", "--db", db]).stdout
        #expect(excel.hasPrefix("\u{FEFF}id;name;status;goals;"))
        #expect(excel.contains(";1250000,5;"))
    }

    @Test func exportsAnyTableOrView() throws {
        let strategies = try mon(["export", "plan_strategy", "--db", db]).stdout
        #expect(strategies.split(separator: "\r\n").count == 52)
        let projects = try mon(["export", "project", "--excel", "--db", db]).stdout
        #expect(projects.contains(";125000050;"))
    }

    @Test func aDryRunChecksEverythingAndWritesNothing() throws {
        let file = folder + "/partners.csv"
        try Data("name,orgnr,kind\nNordland fylkeskommune,964982953,public\nInnovasjon Norge,,funding\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let before = try fileBytes(db)
        let dry = try mon(["import", "partners", file, "--dry-run", "--format", "json", "--db", db])
        #expect(dry.stdout == "{\n  \"kind\": \"partners\",\n  \"rows\": 2,\n  \"dry_run\": true\n}\n")
        #expect(try fileBytes(db) == before)
        #expect(try mon(["import", "partners", file, "--db", db]).stdout == "imported 2 partners\n")
        let listed = try mon(["partner", "list", "--kind", "funding", "--format", "csv", "--db", db]).stdout
        #expect(listed == "id,name,orgnr,kind,municipality,group\r\n6,Innovasjon Norge,,funding,,\r\n")
    }

    /// Norwegian Excel opens the file directly: LibreOffice, reading it as Excel would,
    /// keeps æøå, reads amounts as numbers and the formula-like name as text.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), "needs LibreOffice (soffice)"))
    func anExcelExportOpensAsASpreadsheet() throws {
        let csv = folder + "/prosjekter.csv"
        #expect(try mon(["export", "projects", "--excel", "-o", csv, "--db", db]).status == 0)
        let convert = try mon(["--headless", "-env:UserInstallation=file://\(folder)/lo-profile",
                               "--infilter=CSV:59,34,76,1,,1044", "--convert-to", "xlsx", "--outdir", folder, csv],
                              binary: "/usr/bin/soffice")
        #expect(convert.status == 0, "\(convert.stderr)")
        let cells = try spreadsheetCells(folder + "/prosjekter.xlsx")
        // The guard character stays visible, and the cell is text, never a formula.
        #expect(cells["B5"] == .text("'=HYPERLINK(\"http://x\")"))
        #expect(!cells.values.contains { if case .formula = $0 { return true } else { return false } })
        #expect(cells["H6"] == .number(1_250_000.5))
        #expect(cells["B2"] == .text("Mulighetsanalyse Vefsn ByLab"))
        #expect(cells["H2"] == .number(450_000))
        #expect(cells["J6"] == .text("Linje én\nLinje to med \"sitat\""))
    }
}

enum SpreadsheetCell: Equatable {
    case text(String)
    case number(Double)
    case formula(String)
}

/// The cells of an .xlsx file's first sheet, read with Python's standard library.
func spreadsheetCells(_ path: String) throws -> [String: SpreadsheetCell] {
    let script = """
        import json, sys, zipfile, xml.etree.ElementTree as ET
        ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
        z = zipfile.ZipFile(sys.argv[1])
        shared = [''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns)] if 'xl/sharedStrings.xml' in z.namelist() else []
        cells = {}
        for c in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter('{%s}c' % ns['m']):
            f, v, t = c.find('m:f', ns), c.find('m:v', ns), c.get('t')
            if f is not None: cells[c.get('r')] = ['formula', f.text]
            elif t == 's': cells[c.get('r')] = ['text', shared[int(v.text)]]
            elif t == 'inlineStr': cells[c.get('r')] = ['text', ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m']))]
            elif v is not None: cells[c.get('r')] = ['number', float(v.text)]
        print(json.dumps(cells))
        """
    let run = try mon(["-c", script, path], binary: "/usr/bin/python3")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [Any]])
    return object.compactMapValues { pair in
        switch (pair[0] as? String, pair[1]) {
        case ("text", let text as String): return .text(text)
        case ("number", let number as Double): return .number(number)
        case ("formula", let text as String): return .formula(text)
        default: return nil
        }
    }
}
