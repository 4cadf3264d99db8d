import ArgumentParser
import Portfolio

struct PartnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner",
        abstract: "Companies, public bodies, research, associations and funding agencies.",
        subcommands: [Add.self, List.self, Show.self, Update.self, Merge.self]
    )

    /// The fields `add` and `update` share.
    struct Fields: ParsableArguments {
        @Option(help: "Organisation number: 9 digits with a valid check digit (spaces allowed).")
        var orgnr: String?

        @Option(help: "company, public, research, association or funding.")
        var kind: String?

        @Option(help: "The municipality it is registered in (Vefsn for local businesses).")
        var municipality: String?

        @Option(help: "A group of companies it belongs to: they count as one undertaking for state aid.")
        var group: String?
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Register a partner; prints its id.",
            discussion: """
                Example:
                  mon partner add "Vefsn kommune" --orgnr "974 760 673" --kind public --municipality Vefsn
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: "The partner's name.") var name: String
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
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Change a partner's name, organisation number, kind, municipality or group.",
            discussion: """
                An empty value clears --orgnr, --municipality or --group.

                Example:
                  mon partner update 974760673 --municipality Vefsn --group "Vefsn kommune-konsernet"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The partner: its id, organisation number or name.") var partner: String
        @Option(help: "A new name.") var name: String?
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
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List partners by name.",
            discussion: """
                Example:
                  mon partner list --kind company --format csv
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: "Only partners of this kind.") var kind: String?
        @Option(help: "Only partners of this group.") var group: String?

        func run() throws {
            let partners = try PartnerRepository(global.open()).list(kind: try kind.map(PartnerKind.init(parsing:)), group: group)
            output.print(partners, .partner)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a partner, its group and its roles in projects.",
            discussion: """
                Example:
                  mon partner show "974 760 673"
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: "The partner: its id, organisation number or name.") var partner: String

        func run() throws {
            output.printRecord(try PartnerRepository(global.open()).detail(partner), .partnerRecord)
        }
    }
}
