import ArgumentParser
import Portfolio

struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plan",
            abstract: Help.text("help.plan.abstract"),
            subcommands: [Show.self, Coverage.self, List.self, Import.self, Export.self]
        )
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "show",
                abstract: Help.text("help.plan.show.abstract"),
                discussion: Help.text("help.plan.show.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        @Option(help: Help.argument("help.plan.show.plan"))
        var plan: Int64?
        @Option(help: Help.argument("help.plan.as_of")) var asOf: String?

        func run() throws {
            let day = try asOf.map(Day.init(parsing:)) ?? Day.today()
            let plans = PlanRepository(try global.open())
            let outline = try plans.outline(planID: try plans.chosen(plan, on: day).id)
            output.print(outline, .planTree, rows: OutlineLine.lines(outline), .outlineLine)
        }
    }

    struct Coverage: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "coverage",
                abstract: Help.text("help.plan.coverage.abstract"),
                discussion: Help.text("help.plan.coverage.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.plan.coverage.plan")) var plan: Int64?
        @Option(help: Help.argument("help.plan.as_of")) var asOf: String?

        func run() throws {
            let day = try asOf.map(Day.init(parsing:)) ?? Day.today()
            let db = try global.open()
            let items = try ProjectRepository(db).coverage(planID: try PlanRepository(db).chosen(plan, on: day).id)
            output.print(items, .uncovered)
        }
    }
}
