import Foundation
import Testing
import TestSupport

/// Bad input of every kind: each is refused with exit status 1, exactly one
/// `error:` line saying why, nothing on standard output, and the database file
/// left byte for byte as it was.
@Suite struct RefusalTests {
    static let cases: [(arguments: [String], reason: String)] = [
        // Partners and their organisation numbers
        (["partner", "add", "X AS", "--orgnr", "974760674"], "check digit is wrong"),
        (["partner", "add", "X AS", "--orgnr", "97476067"], "has 8 digits, not 9"),
        (["partner", "add", "X AS", "--orgnr", "9747606731"], "has 10 digits, not 9"),
        (["partner", "add", "X AS", "--orgnr", "97476067A"], "must be 9 digits"),
        (["partner", "add", "Dublett", "--orgnr", "974760673"], "already registered, to Vefsn kommune (partner 1)"),
        (["partner", "add", "X AS", "--kind", "bank"], "'bank' is not a partner kind"),
        (["partner", "add", "   "], "a partner needs a name"),
        (["partner", "update", "99", "--name", "Y"], "there is no partner 99"),
        (["partner", "update", "Ingen AS", "--name", "Y"], "there is no partner named 'Ingen AS'"),
        (["partner", "update", "2", "--orgnr", "974760673"], "already registered"),
        (["partner", "show", "923609017"], "check digit is wrong"),
        (["partner", "list", "--kind", "bank"], "not a partner kind"),
        // Projects
        (["project", "add", "X", "--goal", "9.9"], "there is no goal '9.9'"),
        (["project", "add", "X"], "a project must serve at least one goal"),
        (["project", "add", "X", "--goal", "1.1", "--strategy", "1.1z"], "there is no strategy '1.1z'"),
        (["project", "add", "X", "--goal", "1.1", "--status", "paused"], "'paused' is not a project status"),
        (["project", "add", "X", "--goal", "1.1", "--start", "2024-05-01", "--end", "2024-04-30"], "cannot end (2024-04-30) before it starts (2024-05-01)"),
        (["project", "add", "X", "--goal", "1.1", "--start", "2023-02-30"], "'2023-02-30' is not a date: 2023-02 has no day 30"),
        (["project", "add", "X", "--goal", "1.1", "--start", "30/01/2023"], "is not a date"),
        (["project", "add", "X", "--goal", "1.1", "--budget", "12,3,4"], "'12,3,4' is not an amount"),
        (["project", "add", "X", "--goal", "1.1", "--budget", "1e6"], "'1e6' is not an amount"),
        (["project", "add", "X", "--goal", "1.1", "--budget=-5"], "'-5' is not an amount"),
        (["project", "add", "X", "--goal", "1.1", "--budget", "1.000.00"], "is not an amount"),
        (["project", "add", "X", "--goal", "1.1", "--budget", "1.250"], "'1.250' is not a clear amount: it may be 1 250 kr or 1,25 kr"),
        (["project", "add", "   ", "--goal", "1.1"], "a project needs a name"),
        (["project", "status", "2", "active"], "cannot move from completed to active: nothing leaves completed"),
        (["project", "status", "3", "planned"], "cannot move from cancelled to planned: nothing leaves cancelled"),
        (["project", "status", "1", "planned"], "goes back from active to planned (on hold) only with a reason"),
        (["project", "status", "1", "finished"], "'finished' is not a project status"),
        (["project", "status", "99", "active"], "there is no project 99"),
        (["project", "update", "99", "--name", "Y"], "there is no project 99"),
        (["project", "update", "1", "--end", "2021-12-31"], "cannot end (2021-12-31) before it starts (2022-01-10)"),
        (["project", "update", "1", "--goal", "3.9"], "there is no goal '3.9'"),
        (["project", "partner", "1", "99", "--role", "owner"], "there is no partner 99"),
        (["project", "partner", "99", "1", "--role", "owner"], "there is no project 99"),
        (["project", "partner", "1", "1", "--role", "sponsor"], "'sponsor' is not a role"),
        (["project", "partner", "1", "1", "--role", "funder", "--contribution", "ti tusen"], "is not an amount"),
        (["project", "list", "--goal", "7.7"], "there is no goal '7.7'"),
        (["project", "show", "99"], "there is no project 99"),
        // History, export
        (["history", "--table", "nosuch"], "there is no table 'nosuch'"),
        (["history", "--id", "1"], "--id needs --table"),
        (["history", "--since", "2024-13-01"], "is not a date"),
        (["export", "budsjett"], "nothing to export named 'budsjett'"),
        // Import: every file is refused whole
        (["import", "projects", "{dir}/missing-column.csv"], "line 1: the column 'goals' is missing"),
        (["import", "projects", "{dir}/unknown-column.csv"], "line 1: unknown column 'colour'"),
        (["import", "projects", "{dir}/broken-quote.csv"], "line 2: a quoted field is never closed"),
        (["import", "projects", "{dir}/stray-quote.csv"], "line 2: a quote (\") inside a field"),
        (["import", "projects", "{dir}/short-row.csv"], "line 2: 2 fields, but the header has 3"),
        (["import", "projects", "{dir}/latin1.csv"], "line 2: the text is not UTF-8"),
        (["import", "projects", "{dir}/bad-date.csv"], "line 2, column start_date: '2023-02-30' is not a date"),
        (["import", "projects", "{dir}/bad-goal.csv"], "line 2: there is no goal '9.1'"),
        (["import", "projects", "{dir}/row-900.csv"], "line 901, column budget: '12,3,4' is not an amount"),
        (["import", "partners", "{dir}/duplicate-orgnr.csv"], "line 2: organisation number 923609016 is already registered"),
        (["import", "partners", "{dir}/empty.csv"], "is empty: it needs a header row"),
        (["import", "partners", "{dir}/no-such-file.csv"], "cannot read"),
        (["import", "budgets", "{dir}/empty.csv"], "cannot import 'budgets'"),
    ]

    @Test func thereAreAtLeastFortyOfThem() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func isRefusedAndWritesNothing(arguments: [String], reason: String) throws {
        let db = try Fixture.copy()
        let before = try fileBytes(db)
        expectRefused(try mon(arguments.map { $0.replacingOccurrences(of: "{dir}", with: Fixture.folder) } + ["--db", db]), reason)
        #expect(try fileBytes(db) == before)
    }

    @Test func aBadRowLateInAnImportLeavesNoRowImported() throws {
        let db = try Fixture.copy()
        #expect(try mon(["import", "projects", Fixture.folder + "/row-900.csv", "--db", db]).status == 1)
        let count = try mon(["sql", "SELECT count(*) AS n FROM project", "--format", "csv", "--db", db])
        #expect(count.stdout == "n\r\n3\r\n")
    }
}
