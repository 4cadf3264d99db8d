import ArgumentParser
import Portfolio

struct ProjectCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "project",
            abstract: Help.text("help.project.abstract"),
            subcommands: [Add.self, List.self, Show.self, Update.self, Status.self, Partner.self]
        )
    }

    /// The fields `add` and `update` share. Values are parsed in `run`, so a bad one is a refusal (exit 1).
    struct Fields: ParsableArguments {
        @Option(name: .customLong("goal"), parsing: .upToNextOption,
                help: Help.argument("help.project.goal", valueName: "code"))
        var goals: [String] = []

        @Option(name: .customLong("strategy"), parsing: .upToNextOption,
                help: Help.argument("help.project.strategy", valueName: "code"))
        var strategies: [String] = []

        @Option(help: Help.argument("help.project.start")) var start: String?
        @Option(help: Help.argument("help.project.end")) var end: String?
        @Option(help: Help.argument("help.project.budget")) var budget: String?
        @Option(help: Help.argument("help.project.responsible")) var responsible: String?
        @Option(help: Help.argument("help.project.description")) var description: String?

        /// Applies the given fields to `project`; an empty value clears an optional one.
        func apply(to project: inout Project) throws {
            if !goals.isEmpty { project.goals = goals }
            if !strategies.isEmpty { project.strategies = strategies }
            if let start { project.startDate = start.isEmpty ? nil : try Day(parsing: start) }
            if let end { project.endDate = end.isEmpty ? nil : try Day(parsing: end) }
            if let budget { project.budget = budget.isEmpty ? nil : try Money(parsing: budget) }
            if let responsible { project.responsible = responsible }
            if let description { project.description = description }
        }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add",
                abstract: Help.text("help.project.add.abstract"),
                discussion: Help.text("help.project.add.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.project.add.name")) var name: String
        @OptionGroup var fields: Fields
        @Option(help: Help.argument("help.project.add.status")) var status: String?

        func run() throws {
            var project = Project(name: name, status: try status.map(ProjectStatus.init(parsing:)) ?? .idea, goals: [])
            try fields.apply(to: &project)
            output.printID(try ProjectRepository(global.open()).add(project))
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "update",
                abstract: Help.text("help.project.update.abstract"),
                discussion: Help.text("help.project.update.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.project.id")) var id: Int64
        @Option(help: Help.argument("help.new_name")) var name: String?
        @OptionGroup var fields: Fields
        @Option(help: Help.argument("help.project.update.plan")) var plan: Int64?

        func run() throws {
            try ProjectRepository(global.open()).update(id, plan: plan) { project in
                if let name { project.name = name }
                try fields.apply(to: &project)
            }
        }
    }

    struct Status: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "status",
                abstract: Help.text("help.project.status.abstract"),
                discussion: Help.text("help.project.status.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.project.id")) var id: Int64
        @Argument(help: Help.argument("help.project.status.status")) var status: String
        @Option(help: Help.argument("help.project.status.note")) var note: String?
        @Option(help: Help.argument("help.project.status.reason")) var reason: String?

        func run() throws {
            guard note == nil || reason == nil else { throw PortfolioError.invalidInput(Message("project.note_or_reason")) }
            try ProjectRepository(global.open()).setStatus(id, try ProjectStatus(parsing: status), note: reason ?? note)
        }
    }

    struct Partner: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "partner",
                abstract: Help.text("help.project.partner.abstract"),
                discussion: Help.text("help.project.partner.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.project.id")) var id: Int64
        @Argument(help: Help.argument("help.partner.which")) var partner: String
        @Option(help: Help.argument("help.project.partner.role")) var role: String?
        @Option(help: Help.argument("help.project.partner.contribution")) var contribution: String?
        @Flag(help: Help.argument("help.project.partner.remove")) var remove = false

        func run() throws {
            let projects = try ProjectRepository(global.open())
            let role = try role.map(PartnerRole.init(parsing:))
            if remove {
                guard contribution == nil else { throw PortfolioError.invalidInput(Message("project.remove_takes_no_contribution")) }
                return try projects.removePartner(id, partner: partner, role: role)
            }
            guard let role else { throw PortfolioError.invalidInput(Message("project.partner_needs_role")) }
            // No --contribution keeps the one the role has; an empty one clears it.
            let change: ContributionChange = try contribution.map { $0.allSatisfy(\.isWhitespace) ? .clear : .set(try Money(parsing: $0)) } ?? .keep
            try projects.setPartner(id, partner: partner, role: role, contribution: change)
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list",
                abstract: Help.text("help.project.list.abstract"),
                discussion: Help.text("help.project.list.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.project.list.status")) var status: String?
        @Option(help: Help.argument("help.project.list.goal")) var goal: String?
        @Option(help: Help.argument("help.project.list.area")) var area: Int?

        func run() throws {
            let projects = try ProjectRepository(global.open())
                .list(status: try status.map(ProjectStatus.init(parsing:)), goal: goal, area: area)
            output.print(projects, .project)
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "show",
                abstract: Help.text("help.project.show.abstract"),
                discussion: Help.text("help.project.show.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.project.id")) var id: Int64

        func run() throws {
            let db = try global.openReadOnly()
            output.printRecord(ProjectRecord(detail: try ProjectRepository(db).detail(id),
                                             grants: try GrantRepository(db).list(GrantRepository.Filter(projectID: id))), .projectRecord)
        }
    }
}
