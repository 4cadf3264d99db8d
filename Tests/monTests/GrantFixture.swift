import Foundation
import TestSupport

/// A fund of 20 000 000 kr for 2024 and grants in every state, made once through
/// the binary; each test works on a copy. The de minimis partners stand EUR
/// 100 000 (1 000 000 kr at 10 NOK per EUR) below their 300 000 ceiling.
enum GrantFixture {
    static let folder = buildDatabase(steps)

    static func copy() throws -> String {
        try copyDatabase(in: folder)
    }

    /// Grant ids by what the fixture did with them.
    enum Grant: Int64 {
        case rejected = 1, lapsed, withdrawn, closed, paid, partlyPaid, pending, intensity76, intensity60
        case deMinimisSoFar, deMinimisOneKroneOver, deMinimisOverThroughGroup, deMinimisOverThroughDeclared, deMinimisNoRate
        case overAvailable

        var id: String { String(rawValue) }
    }

    private static let steps: [[String]] = [
        ["partner", "add", "Nordlaks Vefsn AS", "--orgnr", "910000004", "--group", "Nordlaks-konsernet", "--municipality", "Vefsn"],
        ["partner", "add", "Nordlaks Settefisk AS", "--orgnr", "910000012", "--group", "Nordlaks-konsernet", "--municipality", "Vefsn"],
        ["partner", "add", "Sjøgata Kafé AS", "--orgnr", "910000020", "--municipality", "Vefsn"],
        ["partner", "add", "Mosjøen Mek AS", "--orgnr", "910000039", "--municipality", "Vefsn"],
        ["fund", "allocate", "--year", "2024", "20 000 000", "--reference", "KS-sak 12/24"],
        // 1 rejected · 2 lapsed · 3 withdrawn · 4 closed by a final payment · 5 paid · 6 partly paid · 7 pending
        ["grant", "apply", "--applicant", "910000020", "--amount", "100 000", "--total-cost", "400 000", "--received", "2024-01-10", "--basis", "not-aid"],
        ["grant", "reject", "1", "--date", "2024-02-01"],
        ["grant", "apply", "--applicant", "910000020", "--amount", "100 000", "--total-cost", "400 000", "--received", "2024-01-10", "--basis", "not-aid"],
        ["grant", "approve", "2", "--date", "2024-02-01", "--deadline", "2024-06-01"],
        ["grant", "lapse", "2", "--date", "2024-06-02"],
        ["grant", "apply", "--applicant", "910000020", "--amount", "100 000", "--total-cost", "400 000", "--received", "2024-01-10", "--basis", "not-aid"],
        ["grant", "withdraw", "3", "--date", "2024-02-01"],
        ["grant", "apply", "--applicant", "910000020", "--amount", "100 000", "--total-cost", "400 000", "--received", "2024-01-10", "--basis", "not-aid"],
        ["grant", "approve", "4", "--date", "2024-02-01"],
        ["grant", "pay", "4", "50 000", "--date", "2024-03-01", "--final"],
        ["grant", "apply", "--applicant", "910000020", "--amount", "100 000", "--total-cost", "400 000", "--received", "2024-01-10", "--basis", "not-aid"],
        ["grant", "approve", "5", "--date", "2024-02-01"],
        ["grant", "pay", "5", "100 000", "--date", "2024-03-01"],
        ["grant", "apply", "--applicant", "910000020", "--amount", "200 000", "--total-cost", "800 000", "--received", "2024-01-10", "--basis", "not-aid"],
        ["grant", "approve", "6", "--date", "2024-02-01", "--deadline", "2024-12-31"],
        ["grant", "pay", "6", "50 000", "--date", "2024-03-01"],
        ["grant", "apply", "--applicant", "910000039", "--amount", "10 000", "--total-cost", "40 000", "--received", "2024-01-10", "--basis", "not-aid"],
        // 8 and 9: support intensity 76 % and 60 %.
        ["grant", "apply", "--applicant", "910000039", "--amount", "76 000", "--total-cost", "100 000", "--received", "2024-01-10", "--basis", "not-aid"],
        ["grant", "apply", "--applicant", "910000039", "--amount", "60 000", "--total-cost", "100 000", "--received", "2024-01-10", "--basis", "not-aid"],
        // 10: EUR 200 000 of de minimis aid to Nordlaks Vefsn AS; 11 and 12 would each take the group one krone over.
        ["grant", "apply", "--applicant", "910000004", "--amount", "2 000 000", "--total-cost", "5 000 000", "--received", "2024-02-01"],
        ["grant", "approve", "10", "--date", "2024-03-01", "--eur-rate", "10"],
        ["grant", "apply", "--applicant", "910000004", "--amount", "1 000 001", "--total-cost", "3 000 000", "--received", "2024-03-02"],
        ["grant", "apply", "--applicant", "910000012", "--amount", "1 000 001", "--total-cost", "3 000 000", "--received", "2024-03-02"],
        // 13: EUR 250 000 declared from another giver; 500 001 kr more would be one krone over.
        ["deminimis", "declare", "910000039", "2 500 000", "--date", "2024-01-15", "--giver", "Innovasjon Norge", "--eur-rate", "10"],
        ["grant", "apply", "--applicant", "910000039", "--amount", "500 001", "--total-cost", "2 000 000", "--received", "2024-03-02"],
        // 14: de minimis, to be approved without a rate. 15: more than the fund has.
        ["grant", "apply", "--applicant", "910000020", "--amount", "10 000", "--total-cost", "40 000", "--received", "2024-03-02"],
        ["grant", "apply", "--applicant", "910000039", "--amount", "18 000 000", "--total-cost", "40 000 000", "--received", "2024-03-02", "--basis", "not-aid"],
    ]
}
