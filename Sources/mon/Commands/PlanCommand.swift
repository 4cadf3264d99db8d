import ArgumentParser
import Portfolio

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The strategic business plan: focus areas, goals and strategies.",
        subcommands: [Show.self, Coverage.self, List.self, Import.self, Export.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the plan with how many projects serve each goal and strategy.",
            discussion: """
                Examples:
                  mon plan show
                  mon plan show --format json
                """
        )

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
        static let configuration = CommandConfiguration(
            commandName: "coverage",
            abstract: "Goals and strategies of the plan that no planned or active project serves.",
            discussion: """
                Example:
                  mon plan coverage --format markdown
                """
        )

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
