import ArgumentParser
import Portfolio

extension Bound {
    /// An option's help that states this bound's ends, in the reader's language: the
    /// catalogue entry places them as `{low}` and `{high}`.
    ///
    ///     @Option(help: Bounds.runs.help("help.rank.runs")) var runs = 1000
    func help(_ key: String) -> ArgumentHelp {
        ArgumentHelp(Message(Message.Key(rawValue: key), helpLimits).description)
    }

    /// This bound's ends for help, which argument-parser wraps at spaces: an end of several groups of
    /// digits (`10 000 000`) is written with no-break spaces, so that it is never split across lines.
    var helpLimits: [String: Message.Argument] {
        limits.mapValues { end in
            guard case .text(let text) = end else { return end }
            return .text(String(text.map { $0 == " " ? "\u{A0}" : $0 }))
        }
    }
}
