import ArgumentParser
import Portfolio

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Projects: what they are, which goals they serve, where they stand, who takes part.",
        subcommands: [Add.self, List.self, Show.self, Update.self, Status.self, Partner.self]
    )

    /// The fields `add` and `update` share. Values are parsed in `run`, so a bad one is a refusal (exit 1).
    struct Fields: ParsableArguments {
        @Option(name: .customLong("goal"), parsing: .upToNextOption,
                help: ArgumentHelp("Goals it serves (`1.1 2.4`), the primary goal first.", valueName: "code"))
        var goals: [String] = []

        @Option(name: .customLong("strategy"), parsing: .upToNextOption,
                help: ArgumentHelp("Strategies it serves (`1.1a`); each brings its goal.", valueName: "code"))
        var strategies: [String] = []

        @Option(help: "Start date (2024-03-15 or 15.03.2024).") var start: String?
        @Option(help: "End date, not before the start.") var end: String?
        @Option(help: "Budget in kroner (1 250 000 or 1250000,50).") var budget: String?
        @Option(help: "The person responsible.") var responsible: String?
        @Option(help: "What the project does.") var description: String?

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
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Register a project; prints its id.",
            discussion: """
                A project serves at least one goal of the plan; the first --goal is its primary goal.

                Example:
                  mon project add "Mulighetsanalyse Vefsn ByLab" --goal 3.4 3.3 --strategy 3.4a \\
                      --status planned --start 2022-01-10 --budget "450 000" --responsible "Kari Nordmann"
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: "The project's name.") var name: String
        @OptionGroup var fields: Fields
        @Option(help: "idea (default), planned, active, completed or cancelled.") var status: String?

        func run() throws {
            var project = Project(name: name, status: try status.map(ProjectStatus.init(parsing:)) ?? .idea, goals: [])
            try fields.apply(to: &project)
            output.printID(try ProjectRepository(global.open()).add(project))
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Change a project's name, goals, strategies, dates, budget, responsible or description.",
            discussion: """
                --goal and --strategy replace the lists; an empty value clears --start, --end, --budget, \
                --responsible or --description. The status changes with `mon project status`.

                Example:
                  mon project update 7 --end 2025-06-30 --budget "1 200 000"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's id.") var id: Int64
        @Option(help: "A new name.") var name: String?
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
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Move a project along idea → planned → active → completed, or to cancelled.",
            discussion: """
                A step may be skipped; nothing moves back, and nothing leaves completed or cancelled.

                Example:
                  mon project status 7 active --note "Finansiering på plass"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's id.") var id: Int64
        @Argument(help: "planned, active, completed or cancelled.") var status: String
        @Option(help: "Why; kept in the history.") var note: String?

        func run() throws {
            try ProjectRepository(global.open()).setStatus(id, try ProjectStatus(parsing: status), note: note)
        }
    }

    struct Partner: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "partner",
            abstract: "Give a partner a role in a project, with an optional contribution.",
            discussion: """
                Giving the same role again changes its contribution.

                Example:
                  mon project partner 7 "974 760 673" --role funder --contribution "200 000"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project's id.") var id: Int64
        @Argument(help: "The partner: its id, organisation number or name.") var partner: String
        @Option(help: "owner, partner, funder or supplier.") var role: String
        @Option(help: "What it contributes, in kroner.") var contribution: String?

        func run() throws {
            try ProjectRepository(global.open()).setPartner(
                id, partner: partner, role: try PartnerRole(parsing: role),
                contribution: try contribution.map(Money.init(parsing:)))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List projects, by status, goal or focus area.",
            discussion: """
                Examples:
                  mon project list --status active
                  mon project list --goal 2.4 --format json
                  mon project list --area 3
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: "Only projects with this status.") var status: String?
        @Option(help: "Only projects serving this goal (`2.4`).") var goal: String?
        @Option(help: "Only projects whose primary goal is in this focus area (1–3).") var area: Int?

        func run() throws {
            let projects = try ProjectRepository(global.open())
                .list(status: try status.map(ProjectStatus.init(parsing:)), goal: goal, area: area)
            output.print(projects, .project)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a project with its goals, strategies and partners.",
            discussion: """
                Example:
                  mon project show 7 --format json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: "The project's id.") var id: Int64

        func run() throws {
            let db = try global.openReadOnly()
            output.printRecord(ProjectRecord(detail: try ProjectRepository(db).detail(id),
                                             grants: try GrantRepository(db).list(GrantRepository.Filter(projectID: id))), .projectRecord)
        }
    }
}
