import ArgumentParser
import Portfolio

extension PartnerCommand {
    /// `mon partner merge KEEP DUPLICATE --reason T`: a duplicate partner retired into the one kept.
    struct Merge: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "merge", abstract: Help.text("help.partner.merge.abstract"),
                                 discussion: Help.text("help.partner.merge.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.partner.merge.keep")) var keep: String
        @Argument(help: Help.argument("help.partner.merge.duplicate")) var duplicate: String
        @Option(help: Help.argument("help.correction.reason")) var reason: String

        func run() throws {
            try PartnerRepository(global.open()).merge(keep: keep, duplicate: duplicate, reason: reason)
        }
    }
}
