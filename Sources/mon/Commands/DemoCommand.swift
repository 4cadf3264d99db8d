import ArgumentParser
import Foundation
import Portfolio

struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "demo",
            abstract: Help.text("help.demo.abstract"),
            discussion: Help.text("help.demo.discussion")
        )
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Flag(help: Help.argument("help.demo.synthetic")) var synthetic = false
    // These two state their bounds, which the catalogues place as {low} and {high}.
    @Option(help: Bounds.syntheticProjects.help("help.demo.projects")) var projects = 1_000
    @Option(help: Bounds.syntheticGrants.help("help.demo.grants")) var grants = 10_000
    @Option(help: Help.argument("help.demo.seed")) var seed: UInt64 = 1

    func run() throws {
        try Bounds.syntheticProjects.check(projects)
        try Bounds.syntheticGrants.check(grants)
        let db = try global.db == nil ? PortfolioDatabase.inMemory(actor: global.actorName()) : global.create()
        if synthetic {
            let portfolio = try SyntheticPortfolio(projects: projects, grants: grants, seed: seed)
            let bar = ProgressBar(label: Message("demo.progress").description)
            try portfolio.load(into: db, progress: bar.show)
            bar.finish()
            output.print(try SyntheticPortfolio.tableSizes(in: db).map { TableSize(table: $0.table, rows: $0.rows) }, .tableSize)
            return
        }
        try DemoPortfolio.load(into: db)
        output.printRecord(DemoSummary(plan: try PlanRepository(db).plan().name, ranking: try ScoringRepository(db).proposals(asOf: Day.today(), includeFunded: true),
                                       funds: try FundRepository(db).status()), .demo)
    }
}
