import Foundation
import Testing
import TestSupport
@testable import Portfolio

/// `--help` is read from the catalogues, whole, in the reader's language: every
/// help entry exists in both languages, and no command of Sources/mon writes its
/// help as an English string literal or pieces a help key together.
@Suite struct HelpCatalogueTests {
    /// Help written as a literal: `help: "…"`, `abstract: "…"`, `discussion: """…`,
    /// `ArgumentHelp("…")`, or `Help.text`/`Help.argument`/`Message` given anything
    /// but one whole `help.…` key (a literal that is not a help key, or a key joined from parts).
    static let literalHelp = try! NSRegularExpression(pattern: [
        #"\b(help|abstract|discussion)\s*:\s*""#,
        #"\bArgumentHelp\(\s*""#,
        #"\bHelp\.(text|argument)\((?!\s*"help\.[a-z0-9_.]+"\s*[,)])"#,
        #"\bMessage\(\s*"help\.[a-z0-9_.]*"\s*\+"#,
    ].joined(separator: "|"))

    /// The help keys a source names, as `Help.text("help.…")`, `Help.argument("help.…")` or `Message("help.…")`.
    static let helpKey = try! NSRegularExpression(pattern: #"\b(?:Help\.(?:text|argument)|Message)\(\s*"(help\.[a-z0-9_.]+)""#)

    static func literalHelps(in text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return literalHelp.matches(in: text, range: range).map { match in
            let start = Range(match.range, in: text)!.lowerBound
            let line = text[..<start].filter { $0 == "\n" }.count + 1
            let rest = text[start...].prefix { $0 != "\n" }
            return "\(line): \(rest)"
        }
    }

    static func helpKeys(in text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return helpKey.matches(in: text, range: range).map { String(text[Range($0.range(at: 1), in: text)!]) }
    }

    /// Each source of Sources/mon, its comment lines blanked: a doc comment may show a call with any key.
    static func monSources() throws -> [(file: String, text: String)] {
        let sources = repositoryRoot() + "/Sources/mon"
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources).filter { $0.hasSuffix(".swift") }.sorted()
        return try files.map { file in
            let lines = try String(contentsOfFile: sources + "/" + file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            return (file, lines.map { $0.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : String($0) }.joined(separator: "\n"))
        }
    }

    @Test func theScanFindsHelpWrittenAsALiteral() {
        let literal = #"""
            @Option(help: "The fund's name.") var name: String
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the funds.")
            discussion: """
            @Option(help: ArgumentHelp("Stop after this many seconds.", valueName: "seconds"))
            @Flag(help: Help.argument("Replace the file.")) var force = false
            abstract: Help.text("help.grant." + name + ".abstract")
            ArgumentHelp(Message("help.demo." + which, limits).description)
            """#
        #expect(Self.literalHelps(in: literal).map { $0.prefix(2) } == ["1:", "2:", "3:", "4:", "5:", "6:", "7:"])
        let keyed = #"""
            @Option(help: Help.argument("help.fund.add.name")) var name: String
            CommandConfiguration(commandName: "list", abstract: Help.text("help.fund.list.abstract"))
            @Option(help: Help.argument("help.sql.timeout", valueName: "seconds")) var timeout = 60
            @Option(name: .long, help: ArgumentHelp(Help.text("help.global.db"), discussion: Help.text("help.global.db.discussion"), valueName: "path"))
            @Option(help: ArgumentHelp(Message("help.demo.projects", Bounds.syntheticProjects.limits).description)) var projects = 1_000
            """#
        #expect(Self.literalHelps(in: keyed).isEmpty)
        #expect(Self.helpKeys(in: keyed) == ["help.fund.add.name", "help.fund.list.abstract", "help.sql.timeout",
                                             "help.global.db", "help.global.db.discussion", "help.demo.projects"])
    }

    @Test func everyHelpEntryHasTextInBothLanguages() {
        let english = Catalogue.entries(.english).filter { $0.key.rawValue.hasPrefix("help.") }
        let bokmal = Catalogue.entries(.bokmal).filter { $0.key.rawValue.hasPrefix("help.") }
        #expect(english.count > 100)
        #expect(Set(english.keys) == Set(bokmal.keys),
                "help missing in one language: \(Set(english.keys).symmetricDifference(bokmal.keys).map(\.rawValue).sorted())")
        for (key, text) in english {
            #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(key.rawValue) is empty in English")
            #expect(!(bokmal[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(key.rawValue) is empty in bokmål")
            #expect(bokmal[key] != text || text.allSatisfy { !$0.isLetter }, "\(key.rawValue) is not translated")
        }
    }

    /// argument-parser wraps help at 80 columns, and a wrapped example loses its indent and
    /// breaks inside a quoted value: every indented line (an example) fits on one.
    @Test func everyExampleLineFitsTheHelpWidth() {
        for language in [Language.english, .bokmal] {
            for (key, text) in Catalogue.entries(language) where key.rawValue.hasPrefix("help.") {
                for line in text.split(separator: "\n") where line.hasPrefix(" ") {
                    #expect(line.count <= 80, "\(key.rawValue) (\(language)): \(line.count) columns: \(line)")
                }
            }
        }
    }

    /// Fails while a command file still writes its help in English (until every
    /// command is converted), naming each file and line.
    @Test func noHelpInSourcesMonIsALiteralAndEveryKeyExists() throws {
        let sources = try Self.monSources()
        #expect(sources.count > 20)
        let english = Catalogue.entries(.english)
        let bokmal = Catalogue.entries(.bokmal)
        for (file, text) in sources {
            let found = Self.literalHelps(in: text)
            #expect(found.isEmpty, "\(file) writes help as a literal, not by a whole help.… key: \(found)")
            for key in Self.helpKeys(in: text).map(Message.Key.init(rawValue:)) {
                #expect(english[key] != nil && bokmal[key] != nil, "\(file) names \(key.rawValue), which is not in both catalogues")
            }
        }
    }
}
