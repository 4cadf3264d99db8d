import Foundation
import TestSupport

/// A database with a few partners and projects, made once through the binary
/// itself, and CSV files of every kind of broken; each test works on a copy.
enum Fixture {
    /// The folder holding `mon.sqlite` and the CSV files.
    static let folder = buildDatabase([
        ["partner", "add", "Vefsn kommune", "--orgnr", "974 760 673", "--kind", "public", "--municipality", "Vefsn"],
        ["partner", "add", "Helgeland Industri AS", "--orgnr", "923609016", "--group", "Helgeland-konsernet", "--municipality", "Vefsn"],
        ["project", "add", "Mulighetsanalyse Vefsn ByLab", "--goal", "3.4", "--strategy", "3.4a", "--status", "active",
         "--start", "2022-01-10", "--end", "2023-12-31", "--budget", "450 000"],
        ["project", "add", "Laksetrapper i Vefsna", "--goal", "2.5", "--status", "completed"],
        ["project", "add", "Kulturnæringshage", "--goal", "2.6", "--status", "cancelled"],
    ], files: writeBrokenFiles)

    /// A fresh copy of the fixture database, in a folder of its own.
    static func copy() throws -> String {
        try copyDatabase(in: folder)
    }

    private static func writeBrokenFiles(to folder: String) throws {
        func file(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        try file("missing-column.csv", "name,status\nByLab,idea\n")
        try file("unknown-column.csv", "name,goals,colour\nByLab,3.4,blue\n")
        try file("broken-quote.csv", "name,goals\n\"ByLab,3.4\nSmartby,3.3\n")
        try file("stray-quote.csv", "name,goals\nBy\"Lab,3.4\n")
        try file("short-row.csv", "name,goals,status\nByLab,3.4\n")
        try file("bad-date.csv", "name,goals,start_date\nByLab,3.4,2023-02-30\n")
        try file("bad-goal.csv", "name,goals\nByLab,3.4;9.1\n")
        try file("duplicate-orgnr.csv", "name,orgnr\nA AS,923609016\n")
        try file("empty.csv", "")
        try Data("name,goals\nSj\u{F8}gata,2.1\n".unicodeScalars.map { UInt8($0.value) })
            .write(to: URL(fileURLWithPath: folder + "/latin1.csv"))
        var thousand = "name,goals,budget\n"
        for row in 1...1_000 {
            thousand += "Prosjekt \(row),1.\(row % 5 + 1),\(row == 900 ? "12,3,4" : "\(row * 1000)")\n"
        }
        try file("row-900.csv", thousand.replacingOccurrences(of: "12,3,4", with: "\"12,3,4\""))
    }
}
