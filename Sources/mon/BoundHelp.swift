import ArgumentParser
import Portfolio

extension Bound {
    /// An option's help that states this bound's ends, in the reader's language: the
    /// catalogue entry places them as `{low}` and `{high}`.
    ///
    ///     @Option(help: Bounds.runs.help("help.rank.runs")) var runs = 1000
    func help(_ key: String) -> ArgumentHelp {
        ArgumentHelp(Help.sentence(Message(Message.Key(rawValue: key), limits)))
    }
}
