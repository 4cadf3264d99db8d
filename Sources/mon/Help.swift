import ArgumentParser
import Portfolio

/// Help text in the reader's language, read from the catalogues when the help is shown.
///
///     static var configuration: CommandConfiguration {
///         CommandConfiguration(commandName: "approve", abstract: Help.text("help.grant.approve.abstract"))
///     }
enum Help {
    /// The text of a help entry in the current language.
    static func text(_ key: String) -> String {
        Message(Message.Key(rawValue: key)).description
    }

    /// An option's or argument's help in the current language; the value name stays English.
    static func argument(_ key: String, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text(key), valueName: valueName)
    }
}
