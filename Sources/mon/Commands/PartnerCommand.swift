import ArgumentParser
import Portfolio

struct PartnerCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "partner",
            abstract: Help.text("help.partner.abstract"),
            subcommands: [Add.self, List.self, Show.self, Update.self, Merge.self]
        )
    }

    /// The fields `add` and `update` share.
    struct Fields: ParsableArguments {
        @Option(help: Help.argument("help.partner.orgnr"))
        var orgnr: String?

        @Option(help: Help.argument("help.partner.kind"))
        var kind: String?

        @Option(help: Help.argument("help.partner.municipality"))
        var municipality: String?

        @Option(help: Help.argument("help.partner.group"))
        var group: String?
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add",
                abstract: Help.text("help.partner.add.abstract"),
                discussion: Help.text("help.partner.add.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.partner.add.name")) var name: String
        @OptionGroup var fields: Fields

        func run() throws {
            let db = try global.open()
            let id = try PartnerRepository(db).add(
                name: name,
                orgnr: try fields.orgnr.map(OrganisationNumber.init(parsing:)),
                kind: try fields.kind.map(PartnerKind.init(parsing:)) ?? .company,
                municipality: fields.municipality, group: fields.group)
            output.printID(id)
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "update",
                abstract: Help.text("help.partner.update.abstract"),
                discussion: Help.text("help.partner.update.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.partner.which")) var partner: String
        @Option(help: Help.argument("help.new_name")) var name: String?
        @OptionGroup var fields: Fields

        func run() throws {
            let orgnr = try fields.orgnr.map { $0.isEmpty ? nil : try OrganisationNumber(parsing: $0) }
            let kind = try fields.kind.map(PartnerKind.init(parsing:))
            try PartnerRepository(global.open()).update(partner) { partner in
                if let name { partner.name = name }
                if let orgnr { partner.orgnr = orgnr }
                if let kind { partner.kind = kind }
                if let municipality = fields.municipality { partner.municipality = municipality }
                if let group = fields.group { partner.group = group }
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list",
                abstract: Help.text("help.partner.list.abstract"),
                discussion: Help.text("help.partner.list.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.partner.list.kind")) var kind: String?
        @Option(help: Help.argument("help.partner.list.group")) var group: String?

        func run() throws {
            let partners = try PartnerRepository(global.open()).list(kind: try kind.map(PartnerKind.init(parsing:)), group: group)
            output.print(partners, .partner)
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "show",
                abstract: Help.text("help.partner.show.abstract"),
                discussion: Help.text("help.partner.show.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.partner.which")) var partner: String

        func run() throws {
            output.printRecord(try PartnerRepository(global.open()).detail(partner), .partnerRecord)
        }
    }
}
