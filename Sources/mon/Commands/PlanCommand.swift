import ArgumentParser
import Portfolio

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The strategic business plan: focus areas, goals and strategies.",
        subcommands: [Show.self, Coverage.self]
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

        @Option(help: "The plan's id (default: the newest plan).")
        var plan: Int64?

        func run() throws {
            let outline = try PlanRepository(global.open()).outline(planID: plan)
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

        func run() throws {
            let items = try ProjectRepository(global.open()).coverage()
            output.print(items, .uncovered)
        }
    }
}
