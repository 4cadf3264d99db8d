import ArgumentParser
import Portfolio

struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plan",
            abstract: Help.text("help.plan.abstract"),
            subcommands: [Show.self, Coverage.self]
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

        func run() throws {
            let outline = try PlanRepository(global.open()).outline(planID: plan)
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

        func run() throws {
            let items = try ProjectRepository(global.open()).coverage()
            output.print(items, .uncovered)
        }
    }
}
