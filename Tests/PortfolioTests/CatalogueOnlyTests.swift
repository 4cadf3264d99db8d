import Foundation
import Testing
import TestSupport

/// The catalogues are the only place for words: no failure in the sources is
/// written as an English string literal, which would read the same in every language.
@Suite struct CatalogueOnlyTests {
    /// A failure made from a string literal: `PortfolioError.refused("…")`, `.storage(.full, "…")`.
    static let literalFailure = try! NSRegularExpression(
        pattern: #"\.(refused|notFound|invalidInput)\(\s*"|\.storage\(\s*\.[A-Za-z]+\s*,\s*""#)

    static func literalFailures(in text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, line in
            let line = String(line)
            let range = NSRange(line.startIndex..., in: line)
            return literalFailure.firstMatch(in: line, range: range) == nil ? nil : "\(number + 1): \(line.trimmingCharacters(in: .whitespaces))"
        }
    }

    @Test func theScanFindsAFailureWrittenAsALiteral() {
        #expect(Self.literalFailures(in: #"throw PortfolioError.refused("there is no fund")"#).count == 1)
        #expect(Self.literalFailures(in: #"return .storage(.busy, "another program is writing")"#).count == 1)
        #expect(Self.literalFailures(in: #"throw PortfolioError.notFound(Message("fund.not_found", ["wanted": .text(name)]))"#).isEmpty)
    }

    @Test func noFailureInTheSourcesIsWrittenAsALiteral() throws {
        let sources = repositoryRoot() + "/Sources"
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50)
        for file in files.sorted() {
            let found = Self.literalFailures(in: try String(contentsOfFile: sources + "/" + file, encoding: .utf8))
            #expect(found.isEmpty, "\(file) names a failure in English text, not by a catalogue key: \(found)")
        }
    }
}
