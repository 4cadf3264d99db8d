import ArgumentParser
import Portfolio

/// `mon grant letter ID`: the decision letter (tilsagnsbrev or avslag), in bokmål.
struct LetterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "letter", abstract: Help.text("help.grant.letter.abstract"),
                             discussion: Help.text("help.grant.letter.discussion"))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: Help.argument("help.grant.id")) var id: Int64
    @Option(help: Help.argument("help.grant.letter.format")) var format: LetterRenderer.Format = .markdown
    @OptionGroup var file: OutputFile

    func run() throws {
        let db = try global.openReadOnly()
        try file.write(try LetterRenderer.render(try LetterRepository(db).letter(for: id), as: format), sparing: db.path)
    }
}
