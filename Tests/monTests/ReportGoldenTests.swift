import Foundation
import Testing
import TestSupport

/// The board report of one rich file, byte for byte as it was before the report was built
/// from set queries: a change in how the report is read must not change a word of it.
///
/// The file is the demo with a hostile partner and project, a grant approved on it and
/// results on eight projects. Its history's chain head differs from file to file (it seals
/// the moment each row was written) and is masked. To renew the expected texts after a
/// wanted change of the report, write each `rendered(format)` to `Tests/Golden/`.
@Suite struct ReportGoldenTests {
    static let steps: [[String]] = [
        ["demo"],
        ["partner", "add", "Ærlig & \"Ødegård\" <AS>", "--orgnr", "910000101", "--municipality", "Vefsn"],
        ["project", "add", "<script>alert(1)</script>", "--goal", "3.3", "--status", "planned"],
        ["assess", "22", "--date", "2024-01-15", "--direct-jobs", "3", "--feasibility", "3", "--green", "2", "--request", "120 000"],
        ["grant", "apply", "--applicant", "910000101", "--amount", "120 000", "--total-cost", "400 000", "--project", "22",
         "--received", "2024-04-01", "--purpose", "<b>fet</b> & \"sitert\""],
        ["grant", "approve", "14", "--date", "2024-05-01", "--eur-rate", "11.6"],
    ] + (1...8).map { ["result", "record", "\($0)", "--date", "2024-06-30", "--jobs", "2,5", "--priority-jobs", "1", "--completed"] }

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")

    let db: String

    init() throws {
        db = try makeTemporaryFolder() + "/rich.sqlite"
        for step in Self.steps {
            let run = try mon(step + ["--db", db])
            #expect(run.status == 0, "\(step): \(run.stderr)")
        }
    }

    /// The report of 2024 in `format`, with the history's chain head masked.
    func rendered(_ format: String) throws -> String {
        let run = try mon(["report", "--year", "2024", "--format", format, "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try mon(["report", "--year", "2024", "--format", "json", "--db", db]).json() as? [String: Any]
        let head = try #require((json?["history_head"] as? [String: Any])?["hash"] as? String)
        return run.stdout.replacingOccurrences(of: head, with: "HEAD")
    }

    @Test(arguments: [("markdown", "md"), ("html", "html"), ("json", "json")])
    func reportIsByteForByteAsBefore(format: String, suffix: String) throws {
        let expected = try String(contentsOf: Self.golden.appendingPathComponent("report-2024.\(suffix)"), encoding: .utf8)
        let actual = try rendered(format)
        #expect(actual == expected, "the \(format) report changed; first differing line: \(Self.firstDifference(actual, expected))")
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let (left, right) = (a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false))
        for (index, pair) in zip(left, right).enumerated() where pair.0 != pair.1 {
            return "\(index + 1): \(pair.0) ≠ \(pair.1)"
        }
        return "lengths \(left.count) ≠ \(right.count)"
    }
}
