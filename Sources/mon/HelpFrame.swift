import Foundation
import Portfolio

/// argument-parser frames every help page and usage error with words of its own, in
/// English (`USAGE:`, `OPTIONS:`, `Show help information.`, `(default: 0.2)`,
/// `Error: Missing expected argument`). Our own help comes from the catalogues; this
/// puts the frame in the reader's language too, so that a page reads whole in bokmål.
/// The phrases are argument-parser's fixed words, each replaced where it stands.
///
///     print(HelpFrame.translated(Mon.fullMessage(for: error)))
enum HelpFrame {
    /// Section headings, alone on their line.
    private static let headings = ["help.frame.arguments", "help.frame.options", "help.frame.subcommands"]
    /// Words that open a line.
    private static let openings = ["help.frame.overview", "help.frame.usage", "help.frame.error", "help.frame.usage_line",
                                   "help.frame.help_line", "help.frame.see"]
    /// Phrases anywhere in a line (a wrapped default is split after its opening, never inside it).
    private static let phrases = ["help.frame.help", "help.frame.version", "help.frame.detailed_help", "help.frame.more_information",
                                  "help.frame.default", "help.frame.values", "help.frame.values_default", "help.frame.missing_argument",
                                  "help.frame.missing_value", "help.frame.unexpected_argument", "help.frame.unknown_option",
                                  "help.frame.the_value", "help.frame.is_invalid_for", "help.frame.provide_one_of", "help.frame.or", "help.frame.and",
                                  // After detailed_help, which names the placeholder in a sentence of its own.
                                  "help.frame.subcommand", "help.frame.default_subcommand", "help.frame.did_you_mean",
                                  "help.frame.options_placeholder"]

    /// `text`, a help page or a usage error, in the reader's language; unchanged in English.
    static func translated(_ text: String) -> String {
        guard Language.current != .english else { return text }
        return text.components(separatedBy: "\n").map(translatedLine).joined(separator: "\n")
    }

    private static func translatedLine(_ line: String) -> String {
        if let heading = headings.first(where: { line == english($0) }) { return words(heading) }
        var line = line
        if let opening = openings.first(where: { line.hasPrefix(english($0)) }) {
            // USAGE's continuation lines are indented to its width: a shorter word keeps that width.
            let width = opening == "help.frame.usage" ? english(opening).count : 0
            line = words(opening).padding(toLength: max(words(opening).count, width), withPad: " ", startingAt: 0)
                + line.dropFirst(english(opening).count)
        }
        // The default subcommand's mark is padded to the column of its abstract, or ends the line when the
        // abstract goes below: a space at the end lets one phrase, which takes a space of that padding, match both.
        line += " "
        for phrase in phrases {
            line = line.replacingOccurrences(of: english(phrase), with: words(phrase))
        }
        if line.hasSuffix(" ") { line.removeLast() }
        // `(values: a, b; default: a)` wrapped after its `;` opens the next line with the default.
        let indent = line.prefix { $0 == " " }
        if !indent.isEmpty, line.dropFirst(indent.count).hasPrefix(english("help.frame.wrapped_default")) {
            line = indent + words("help.frame.wrapped_default") + line.dropFirst(indent.count + english("help.frame.wrapped_default").count)
        }
        return line
    }

    private static func english(_ key: String) -> String {
        Message(Message.Key(rawValue: key)).text(in: .english)
    }

    private static func words(_ key: String) -> String {
        Message(Message.Key(rawValue: key)).description
    }
}
